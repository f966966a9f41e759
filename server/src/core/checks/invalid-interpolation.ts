/** `invalid-interpolation`: a `{{...}}` that names no variable, e.g. `{{}}` or `{{ 1 }}`. */
import type { Check } from './check';

export const invalidInterpolation: Check = {
  meta: { code: 'invalid-interpolation', severity: 'error', scope: 'item', description: 'A `{{...}}` without a variable name in it.' },
  create(ctx) {
    return {
      Interp(interp) {
        if (interp.root !== '') return;
        ctx.report({ span: interp.span, message: 'Expected a variable name inside `{{ }}`, like `{{baseUrl}}`, `{{user.id}}` or `{{$uuid}}`' });
      },
    };
  },
};
