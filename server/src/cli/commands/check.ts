/** `assay check [paths...]`: parses and checks files, prints their diagnostics, exits 1 on errors. */
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args';
import { checkFiles, hasErrors } from '../check-files';
import { formatJson, formatText, summary } from '../diagnostics-output';
import { findAssayFiles } from '../files';
import { diskHost } from '../fs-host';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io';

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    root: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not '${values.format}'`);
  const host = diskHost(resolve(io.cwd, String(values.root ?? '.')));
  const results = await checkFiles(findAssayFiles(positionals, io.cwd), host);
  if (values.format === 'json') io.out(formatJson(results, io.cwd));
  else {
    io.out(formatText(results, io.cwd));
    io.err(summary(results));
  }
  return hasErrors(results) ? EXIT_FAILED : EXIT_OK;
}
