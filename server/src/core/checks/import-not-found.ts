/** `import-not-found`: an `import` whose file does not exist or cannot be read. */
import { displayPath } from '../semantic/paths';
import type { Check } from './check';

export const importNotFound: Check = {
  meta: { code: 'import-not-found', severity: 'error', scope: 'file', description: 'An `import` of a file that does not exist or cannot be read.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.imports) {
          if (link.found) continue;
          const written = link.decl.path.value;
          const shown = displayPath(ctx.host.root, link.target);
          const exists = ctx.host.exists(link.target);
          const message = exists ? `Cannot read \`${written}\` (${shown}): expected a readable Assay file` : `Cannot find \`${written}\`: expected an Assay file at ${shown}`;
          const withExtension = `${written}.assay`;
          if (!exists && !written.endsWith('.assay') && ctx.host.exists(`${link.target}.assay`)) {
            const text = JSON.stringify(withExtension);
            ctx.report({
              span: link.decl.path.span,
              message,
              hint: `Did you mean ${text}?`,
              fix: { span: { ...link.decl.path.span }, text, title: `Change to ${text}` },
            });
          } else ctx.report({ span: link.decl.path.span, message, hint: 'Import paths are relative to this file.' });
        }
      },
    };
  },
};
