/** `secret-literal`: a `secret` var whose value is written in the file instead of read with `env(...)`. */
import type { Check } from './check';

const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;

export const secretLiteral: Check = {
  meta: { code: 'secret-literal', severity: 'warning', scope: 'item', description: 'A `secret` var given a literal value instead of `env("NAME")`.' },
  create(ctx) {
    return {
      Var(v) {
        if (!v.secret || v.value.kind === 'Env' || v.value.kind === 'Interp') return;
        const name = v.name.name.replace(CAMEL_HUMP, '$1_$2').toUpperCase();
        ctx.report({
          span: v.value.span,
          message: `The secret \`${v.name.name}\` is written in the file: expected \`env("${name}")\` so it stays out of the file`,
          hint: `Put the value in the environment or a .env file and write \`${v.name.name} = secret env("${name}")\`.`,
        });
      },
    };
  },
};
