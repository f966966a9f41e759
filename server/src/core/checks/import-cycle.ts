/** `import-cycle`: an `import` whose file imports this one back, directly or through others. */
import { displayPath } from '../semantic/paths';
import type { Check } from './check';

export const importCycle: Check = {
  meta: { code: 'import-cycle', severity: 'error', scope: 'file', description: 'An `import` that leads back to the importing file.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.imports) {
          if (!link.cycle) continue;
          const chain = link.cycle.map((p) => displayPath(ctx.host.root, p)).join(' → ');
          ctx.report({
            span: link.decl.path.span,
            message: `Import cycle: ${chain}; expected imports that never lead back to this file`,
            hint: 'Move what the files share into a file that imports neither of them.',
          });
        }
      },
    };
  },
};
