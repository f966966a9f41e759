/** `capture-before-set`: a variable read in a test or component before the capture that sets it there. */
import { classifyUnresolved } from '../semantic/unresolved';
import type { Check } from './check';

export const captureBeforeSet: Check = {
  meta: { code: 'capture-before-set', severity: 'error', scope: 'item', description: 'A variable read before the `capture` later in the same test or component sets it.' },
  create(ctx) {
    return {
      File() {
        for (const ref of ctx.model.references) {
          if (classifyUnresolved(ref, ctx.model) !== 'set-later') continue;
          ctx.report({
            span: ref.span,
            message: `\`${ref.name}\` is read before \`capture ${ref.name}\` sets it: a capture is visible only after it`,
            hint: 'Move this step after the capture, or capture the value in an earlier step.',
          });
        }
      },
    };
  },
};
