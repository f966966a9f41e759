/** `duplicate-definition`: a file var or component declared twice in one file, or a parameter listed twice. */
import type { Ident } from '../ast';
import type { Check } from './check';

export const duplicateDefinition: Check = {
  meta: { code: 'duplicate-definition', severity: 'error', scope: 'file', description: 'A var or component declared twice in one file, or a component parameter listed twice.' },
  create(ctx) {
    const vars = new Set<string>();
    const components = new Set<string>();
    const once = (seen: Set<string>, name: Ident, what: string): void => {
      if (!seen.has(name.name)) {
        seen.add(name.name);
        return;
      }
      ctx.report({ span: name.span, message: `${what} \`${name.name}\` is already declared: expected each name once`, hint: 'Rename or remove one of them.' });
    };
    return {
      Var(v) {
        once(vars, v.name, 'The var');
      },
      Component(c) {
        once(components, c.name, 'The component');
        const params = new Set<string>();
        for (const p of c.params) once(params, p, 'The parameter');
      },
    };
  },
};
