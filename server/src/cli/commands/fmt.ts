/**
 * `assay fmt [--check] [paths...]`: rewrites files in their canonical layout, or with --check lists
 * the files that would change and exits 1 if any would. Blocks with parse errors are left as written.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { format } from '../../core';
import { parseCommandArgs } from '../args';
import { findAssayFiles, readTextFile } from '../files';
import { EXIT_FAILED, EXIT_OK, type CliIo } from '../io';

export async function fmtCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { check: { type: 'boolean', default: false } });
  let changed = 0;
  for (const path of findAssayFiles(positionals, io.cwd)) {
    const text = readTextFile(path);
    const formatted = format(text);
    if (formatted === text) continue;
    changed++;
    const name = relative(io.cwd, path) || path;
    if (values.check) io.out(`${name}\n`);
    else {
      writeFileSync(path, formatted);
      io.err(`formatted ${name}\n`);
    }
  }
  if (values.check && changed > 0) {
    io.err(`${changed} file${changed === 1 ? '' : 's'} would be reformatted\n`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
