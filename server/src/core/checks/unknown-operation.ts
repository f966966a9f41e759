/**
 * `unknown-operation`: under `use openapi`, a request whose path the spec does not have, or whose
 * method the spec does not have for that path. URLs that a variable stands for are not checked.
 */
import type { Check } from './check';
import { boundOpenApi, requestTarget } from './schema-binding';

export const unknownOperation: Check = {
  meta: { code: 'unknown-operation', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a request path the spec does not have, or a method it does not have for the path.' },
  create(ctx) {
    return {
      Request(request) {
        const spec = boundOpenApi(ctx);
        if (!spec) return;
        const target = requestTarget(spec, request);
        if (target.kind !== 'unknown') return;
        if (target.methods.length > 0) {
          ctx.report({
            span: request.methodSpan,
            message: `The spec has no ${request.method} operation for ${target.path}; it has ${target.methods.join(', ')}`,
            ...(target.methods.length === 1 ? { fix: { span: request.methodSpan, text: target.methods[0], title: `Change to ${target.methods[0]}` } } : {}),
          });
        } else {
          ctx.report({ span: request.url.span, message: `The spec has no path that matches ${target.path}`, hint: 'Paths are matched without the servers\' base path; `{{var}}` stands for a path parameter.' });
        }
      },
    };
  },
};
