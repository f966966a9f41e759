/** `empty-test`: a test without steps, which passes without checking anything. */
import type { Check } from './check';

export const emptyTest: Check = {
  meta: { code: 'empty-test', severity: 'warning', scope: 'item', description: 'A test with no steps.' },
  create(ctx) {
    return {
      Test(test) {
        if (test.steps.length > 0) return;
        ctx.report({ span: test.name.span, message: `The test "${test.name.value}" has no steps: expected a request or a \`use\` of a component` });
      },
    };
  },
};
