/** `unknown-type`: an `is <type>` predicate with a type the runner does not know. */
import { TYPE_NAMES } from '../semantic/vocabulary';
import { closestWord } from '../text/closest';
import { suggest, type Check } from './check';

const KNOWN: ReadonlySet<string> = new Set(TYPE_NAMES);

export const unknownType: Check = {
  meta: { code: 'unknown-type', severity: 'error', scope: 'item', description: `An \`is\` predicate with a type other than ${TYPE_NAMES.join(', ')}.` },
  create(ctx) {
    return {
      Condition(cond) {
        const p = cond.predicate;
        if (p.kind !== 'Is' || KNOWN.has(p.type)) return;
        const message = `Unknown type \`${p.type}\`: expected ${TYPE_NAMES.join(', ')}`;
        const guess = closestWord(p.type, TYPE_NAMES);
        ctx.report(guess ? { span: p.typeSpan, message, ...suggest(p.typeSpan, guess) } : { span: p.typeSpan, message });
      },
    };
  },
};
