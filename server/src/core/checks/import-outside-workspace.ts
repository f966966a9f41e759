/** `import-outside-workspace`: an `import` of a file outside the workspace root. */
import type { Check } from './check';

export const importOutsideWorkspace: Check = {
  meta: { code: 'import-outside-workspace', severity: 'error', scope: 'file', description: 'An `import` of a file outside the workspace.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.imports) {
          if (link.inside) continue;
          ctx.report({
            span: link.decl.path.span,
            message: `\`${link.decl.path.value}\` is outside the workspace: expected a file under ${ctx.host.root}`,
            hint: 'Copy the file into the workspace, or open the folder that holds both files.',
          });
        }
      },
    };
  },
};
