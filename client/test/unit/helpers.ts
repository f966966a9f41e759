/**
 * Helpers for the client's unit tests: real run events from the bundled CLI (`assay run --reporter
 * ndjson`, as the language server runs it) against the sample API, and the tests of a file as the
 * language server lists them. Build the bundles first: `node scripts/build.mjs`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunnerEvent, TestItem } from '../../../server/src/lsp/protocol';

const ROOT = resolve(__dirname, '../../..');

interface SampleApi {
  url: string;
  close(): Promise<void>;
}

/** Starts the sample API on a free port (loaded by path: it lives outside this TypeScript project). */
export async function startApi(): Promise<SampleApi> {
  const module = (await import(join(ROOT, 'samples/api/server.ts'))) as { startSampleApi(o: { port: number }): Promise<SampleApi> };
  return module.startSampleApi({ port: 0 });
}

/** Writes `files` into a new folder and returns its path. */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-client-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Runs `args` with the bundled CLI and its ndjson reporter; the events it printed and its exit code.
 * Asynchronous, so that a sample API in this process can answer.
 */
export async function runCli(cwd: string, args: string[]): Promise<{ events: RunnerEvent[]; exitCode: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'server/bin/assay.js'), 'run', ...args, '--reporter=ndjson'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const exitCode = await new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? -1)));
  const events = stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RunnerEvent);
  return { events, exitCode };
}

/** A test as `assay/listTests` gives it, with defaults for what a case does not care about. */
export function listed(path: string, name: string, extra: Partial<TestItem> = {}): TestItem {
  const line = extra.range?.start.line ?? 0;
  return {
    id: `${path}#${name}`,
    uri: pathToFileURL(path).href,
    name,
    range: { start: { line, character: 0 }, end: { line: line + 3, character: 1 } },
    tags: [],
    skipped: false,
    rows: [],
    rowsFromFile: false,
    ...extra,
  };
}
