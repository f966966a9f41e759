/** `invalid-data-row`: an inline row of a parameterized test that is not an object, or a `with []` without rows. */
import type { Check } from './check';

export const invalidDataRow: Check = {
  meta: { code: 'invalid-data-row', severity: 'error', scope: 'item', description: 'An inline test row that is not an object like `{ id: 1 }`, or an empty row list.' },
  create(ctx) {
    return {
      Test(test) {
        if (test.data?.kind !== 'Rows') return;
        if (test.data.rows.length === 0) {
          ctx.report({ span: test.data.span, severity: 'warning', message: 'The test has no rows, so it never runs: expected at least one row like `{ id: 1 }`' });
        }
        for (const row of test.data.rows) {
          if (row.kind === 'Object' || row.kind === 'Interp') continue;
          ctx.report({ span: row.span, message: 'A row must be an object of named values: expected `{ name: value, ... }`' });
        }
      },
    };
  },
};
