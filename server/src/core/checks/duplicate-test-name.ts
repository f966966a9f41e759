/** `duplicate-test-name`: two tests of one file with the same name (for parameterized tests, the same template). */
import type { Check } from './check';

export const duplicateTestName: Check = {
  meta: { code: 'duplicate-test-name', severity: 'error', scope: 'file', description: 'Two tests in one file with the same name.' },
  create(ctx) {
    const seen = new Set<string>();
    return {
      Test(test) {
        const name = test.name.value;
        if (!seen.has(name)) {
          seen.add(name);
          return;
        }
        ctx.report({
          span: test.name.span,
          message: `A test named "${name}" is already declared in this file: expected a unique name`,
          hint: 'Reports and the editor tell tests apart by name; rename one of them.',
        });
      },
    };
  },
};
