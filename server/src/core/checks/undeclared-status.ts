/**
 * `undeclared-status`: under `use openapi`, `expect status == N` (or `in [...]`) with a status the
 * operation declares no response for (not as `N`, nor `NXX`, nor `default`).
 */
import { responseFor } from '../schema/operation-lookup';
import type { Check } from './check';
import { expectedStatuses } from './expected-statuses';
import { boundOperation } from './schema-binding';

export const undeclaredStatus: Check = {
  meta: { code: 'undeclared-status', severity: 'warning', scope: 'item', description: 'Under `use openapi`: an expected status the operation declares no response for.' },
  create(ctx) {
    return {
      Request(request) {
        const operation = boundOperation(ctx, request);
        if (!operation || operation.responses.length === 0) return;
        for (const { status, span } of expectedStatuses(request)) {
          if (responseFor(operation, status)) continue;
          ctx.report({ span, message: `${operation.method} ${operation.path} declares no response ${status}; it declares ${operation.responses.map((r) => r.status).join(', ')}` });
        }
      },
    };
  },
};
