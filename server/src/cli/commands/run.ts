/**
 * `assay run [paths...]`: one run of the files (run-once.ts), or with --watch a run after every change
 * (run-watch.ts). Exit codes as run-once.ts says.
 */
import { parse } from '../../core';
import { SchemaRegistry } from '../../core/schema';
import { diskHost } from '../fs-host';
import type { CliIo } from '../io';
import { parseRunArgs } from '../run-args';
import { runOnce, type RunSession } from '../run-once';
import { watchRuns } from '../run-watch';

export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const settings = parseRunArgs(args, io.cwd);
  const host = diskHost(settings.root);
  const session: RunSession = { host, schemas: new SchemaRegistry(host), parseText: (_path, text) => parse(text) };
  return settings.watch ? watchRuns(settings, io, session) : runOnce(settings, io, session);
}
