/**
 * One run of `assay run`: checks the files first (any error: print them as `assay check` does, exit 2),
 * then runs their tests with the selected options, sending every event to the reporters. Returns the
 * exit code: 0 when everything passed, 1 when a test failed or errored (or a file's setup or teardown
 * did), 130 when cancelled with Ctrl+C (the run is aborted, teardowns still run and the partial results
 * are reported).
 */
import { relative } from 'node:path';
import type { ParseResult } from '../core';
import { runFiles } from '../core/runner';
import type { RunEvent } from '../core/runner/events';
import type { SchemaRegistry } from '../core/schema';
import { checkFiles, hasErrors } from './check-files';
import { formatText, summary as checkSummary } from './diagnostics-output';
import { loadEnvironment } from './environment';
import { findAssayFiles } from './files';
import type { DiskHost } from './fs-host';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { proxySettings } from './proxy-settings';
import { openReportOutputs } from './report-outputs';
import type { RunSettings } from './run-args';

/** What one run reads through; `assay run --watch` keeps it between runs. */
export interface RunSession {
  host: DiskHost;
  schemas: SchemaRegistry;
  parseText(path: string, text: string): ParseResult;
}

/** Checks and runs the files once; returns the exit code. */
export async function runOnce(settings: RunSettings, io: CliIo, session: RunSession): Promise<number> {
  // The first Ctrl+C cancels the run: before its tests start, or with its requests in flight (teardowns
  // still run). After that nobody listens, so a second one ends the process.
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => {
    stopListening();
    io.err('\nCancelling the run (teardowns still run; Ctrl+C again to quit at once) ...\n');
    controller.abort();
  });
  try {
    return await checkAndRun(settings, io, session, controller.signal);
  } finally {
    stopListening();
  }
}

async function checkAndRun(settings: RunSettings, io: CliIo, { host, schemas, parseText }: RunSession, signal: AbortSignal): Promise<number> {
  const files = findAssayFiles(settings.paths, io.cwd);
  const checked = await checkFiles(files, host, schemas, parseText);
  if (hasErrors(checked)) {
    io.err(formatText(checked, io.cwd) + checkSummary(checked));
    return EXIT_USAGE;
  }
  if (signal.aborted) return EXIT_INTERRUPTED;
  const env = loadEnvironment({ ...settings, cwd: io.cwd, processEnv: io.env });
  const proxy = proxySettings(settings.proxy, env);
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const outputs = openReportOutputs(settings.reporters, {
    cwd: io.cwd,
    out: io.out,
    color: settings.color && io.stdoutIsTTY && !noColorEnv,
    displayPath: (file) => relative(io.cwd, file) || file,
  });
  let fileErrors = false;
  const onEvent = (event: RunEvent) => {
    if (event.type === 'file-end' && event.errors.length > 0) fileErrors = true;
    outputs.emit(event);
  };
  const { grep, tags, vars, jobs, bail, timeoutMs, shard, validateResponses, insecure, ca, clientCertificate } = settings;
  const parsed = new Map(checked.flatMap((c) => (c.parsed ? [[c.path, c.parsed] as const] : [])));
  const options = { files, host, vars, env, grep, tags, jobs, bail, timeoutMs, shard, parsed, signal, schemas, validateResponses, insecure, ca, clientCertificate, proxy };
  const summary = await runFiles(options, onEvent);
  outputs.close(summary);
  if (signal.aborted) return EXIT_INTERRUPTED;
  return summary.failed > 0 || summary.errored > 0 || fileErrors ? EXIT_FAILED : EXIT_OK;
}
