/** `undefined-variable`: a `{{name}}` that nothing in scope defines (see semantic/unresolved.ts for the policy). */
import { BUILTIN_NAMES } from '../semantic/builtins';
import { visibleAt } from '../semantic/queries';
import type { Definition, Reference } from '../semantic/symbols';
import { classifyUnresolved } from '../semantic/unresolved';
import { closestWord } from '../text/closest';
import type { Check, Report } from './check';

export const undefinedVariable: Check = {
  meta: { code: 'undefined-variable', severity: 'error', scope: 'item', description: 'A `{{variable}}` that no var, capture, parameter, row key or built-in defines.' },
  create(ctx) {
    return {
      File() {
        for (const ref of ctx.model.references) {
          switch (classifyUnresolved(ref, ctx.model)) {
            case 'unknown-builtin': {
              const guess = closestWord(ref.name, BUILTIN_NAMES);
              const message = `Unknown built-in \`${ref.name}\`: expected one of ${BUILTIN_NAMES.join(', ')}`;
              if (guess) ctx.report({ span: ref.span, message, ...renameFix(ref, guess) });
              else if (ref.name === '$env') ctx.report({ span: ref.span, message, hint: 'Read environment variables in a `vars` block: `name = env("NAME")`.' });
              else ctx.report({ span: ref.span, message });
              break;
            }
            case 'undefined': {
              const names = visibleAt(ctx.model, ref.span.start).map((d) => d.name);
              const guess = closestWord(ref.name, names);
              const message = `\`${ref.name}\` is not defined: expected a var, a capture, a component parameter or a row key`;
              if (guess) ctx.report({ span: ref.span, message, ...renameFix(ref, guess) });
              else ctx.report({ span: ref.span, message, hint: `Declare it in a \`vars\` block (e.g. \`${ref.name} = env("${ref.name.toUpperCase()}")\`) or capture it in an earlier step.` });
              break;
            }
            case 'defined-elsewhere': {
              const def = ctx.model.definedAnywhere.get(ref.name);
              ctx.report({
                span: ref.span,
                severity: 'warning',
                message: `\`${ref.name}\` is not set here: it is ${where(def)}`,
                hint: 'Unless it is given at run time (`--var`), define it where it is read.',
              });
              break;
            }
          }
        }
      },
    };
  },
};

/** Where a definition out of scope lives, in words. */
function where(def: Definition | undefined): string {
  switch (def?.kind) {
    case 'capture':
      return "captured in another test or component; a capture is visible after it in its own block, a component's after `use`, setup's in every test";
    case 'param':
      return 'a parameter of a component, visible only in its body';
    case 'row':
      return 'a row key of another test';
    default:
      return 'defined in another scope';
  }
}

/** A hint and fix that replace the name a reference reads, keeping the rest of its `{{...}}`. */
function renameFix(ref: Reference, guess: string): Pick<Report, 'hint' | 'fix'> {
  const hint = `Did you mean \`${guess}\`?`;
  const title = `Change to \`${guess}\``;
  const interp = ref.interp;
  if (!interp || ref.span.end - ref.span.start === ref.name.length) return { hint, fix: { span: { ...ref.span }, text: guess, title } };
  return { hint, fix: { span: { ...interp.span }, text: `{{${guess}${interp.expr.slice(interp.root.length)}}}`, title } };
}
