/** `data-file-outside-workspace`: a data, body or upload file outside the workspace root. */
import type { Check } from './check';

export const dataFileOutsideWorkspace: Check = {
  meta: { code: 'data-file-outside-workspace', severity: 'error', scope: 'item', description: 'A data, body or upload file outside the workspace.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.dataFiles) {
          if (link.inside) continue;
          ctx.report({
            span: link.node.path.span,
            message: `\`${link.node.path.value}\` is outside the workspace: expected a file under ${ctx.host.root}`,
            hint: 'Copy the file into the workspace.',
          });
        }
      },
    };
  },
};
