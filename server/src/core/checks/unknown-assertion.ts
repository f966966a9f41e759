/** `unknown-assertion`: an `expect` (or `retry ... until`) subject that is not a known one, e.g. `expect statuss == 200`. */
import { SUBJECT_FORMS, SUBJECT_WORDS } from '../semantic/vocabulary';
import { closestWord } from '../text/closest';
import { suggest, type Check } from './check';

const EXPECTED = `expected ${SUBJECT_WORDS.join(', ')}, ${Object.values(SUBJECT_FORMS).join(', ')}, a JSONPath like $.id or a {{variable}}`;

export const unknownAssertion: Check = {
  meta: { code: 'unknown-assertion', severity: 'error', scope: 'item', description: 'An assertion subject that is not status, duration, body, response, header, count, a JSONPath or a variable.' },
  create(ctx) {
    return {
      Condition(cond) {
        const subject = cond.subject;
        if (subject.kind !== 'UnknownSubject') return;
        const form = SUBJECT_FORMS[subject.name];
        if (form) {
          ctx.report({ span: subject.span, message: `\`${subject.name}\` needs what it reads: expected \`${form}\`` });
          return;
        }
        const message = `Unknown assertion subject \`${subject.name}\`: ${EXPECTED}`;
        const guess = closestWord(subject.name, SUBJECT_WORDS);
        ctx.report(guess ? { span: subject.span, message, ...suggest(subject.span, guess) } : { span: subject.span, message });
      },
    };
  },
};
