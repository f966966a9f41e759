/**
 * `unreadable-data-file`: a file a test reads (`with file` rows, a `file` body, a multipart `file` part)
 * that does not exist or cannot be read, or a rows file that gives no rows.
 */
import { displayPath } from '../semantic/paths';
import type { Check } from './check';

export const unreadableDataFile: Check = {
  meta: {
    code: 'unreadable-data-file',
    severity: 'error',
    scope: 'item',
    description: 'A data, body or upload file that cannot be read, a CSV without header, or a JSON file that is not an array of objects.',
  },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.dataFiles) {
          const path = link.node.path;
          if (link.problem) {
            ctx.report({ span: path.span, message: link.problem });
          } else if (!link.found) {
            const shown = displayPath(ctx.host.root, link.target);
            const message = ctx.host.exists(link.target) ? `Cannot read \`${path.value}\` (${shown})` : `Cannot find \`${path.value}\`: expected a file at ${shown}`;
            ctx.report({ span: path.span, message, hint: 'File paths are relative to this file.' });
          }
        }
      },
    };
  },
};
