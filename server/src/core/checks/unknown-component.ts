/** `unknown-component`: `use name(...)` where no component of this file or its imports has that name. */
import { closestWord } from '../text/closest';
import { suggest, type Check } from './check';

export const unknownComponent: Check = {
  meta: { code: 'unknown-component', severity: 'error', scope: 'item', description: 'A `use name(...)` call of a component that this file does not declare or import.' },
  create(ctx) {
    return {
      File() {
        let names: string[] | undefined;
        for (const ref of ctx.model.references) {
          if (ref.role !== 'call' || ref.definition) continue;
          names ??= [...ctx.model.components.keys()];
          const guess = closestWord(ref.name, names);
          const message = `Unknown component \`${ref.name}\`: expected a component declared in this file or in an imported one`;
          if (guess) ctx.report({ span: ref.span, message, ...suggest(ref.span, guess) });
          else ctx.report({ span: ref.span, message, hint: `Declare it with \`component ${ref.name}(...) { ... }\` or import the file that does.` });
        }
      },
    };
  },
};
