/**
 * Helpers for runner tests: the sample API (loaded by path, as it lives outside this TypeScript project),
 * an in-memory workspace host, and `run`, which runs files and collects the events.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runFiles, type RunOptions } from '../../src/core/runner';
import type { RunEvent, RunSummary } from '../../src/core/runner/events';
import type { WorkspaceHost } from '../../src/core/workspace/host';

export interface SampleApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The repository's `samples/` folder. */
export const SAMPLES = path.resolve(__dirname, '../../../samples');

/** Starts the sample API on a free port. */
export async function startApi(): Promise<SampleApi> {
  const module = (await import(path.join(SAMPLES, 'api/server.ts'))) as { startSampleApi(o?: { port?: number }): Promise<SampleApi> };
  return module.startSampleApi({ port: 0 });
}

/** The workspace root of in-memory hosts. */
export const ROOT = path.resolve('/workspace');

/** A host over in-memory files, keyed by path relative to `/workspace`. */
export function memoryHost(files: Record<string, string | Uint8Array>): WorkspaceHost {
  const abs = new Map(Object.entries(files).map(([k, v]) => [path.resolve(ROOT, k), v]));
  return {
    root: ROOT,
    readFile: (p) => {
      const v = abs.get(p);
      return v === undefined ? undefined : typeof v === 'string' ? v : Buffer.from(v).toString('utf8');
    },
    readBytes: (p) => {
      const v = abs.get(p);
      return v === undefined ? undefined : typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
    },
    exists: (p) => abs.has(p),
  };
}

/** A host over the real disk rooted at `root`. */
export function diskHost(root: string): WorkspaceHost {
  const read = (p: string): Buffer | undefined => {
    try {
      return fs.readFileSync(p);
    } catch {
      return undefined;
    }
  };
  return { root, readFile: (p) => read(p)?.toString('utf8'), readBytes: read, exists: (p) => fs.existsSync(p) };
}

export interface RunResult {
  events: RunEvent[];
  summary: RunSummary;
  /** Test ends by test name. */
  tests: Map<string, Extract<RunEvent, { type: 'test-end' }> & { name: string }>;
}

/** Runs `files` (paths relative to the host root) with `baseUrl` given as a --var; collects every event. */
export async function run(host: WorkspaceHost, files: string[], options: Partial<RunOptions> = {}): Promise<RunResult> {
  const events: RunEvent[] = [];
  const summary = await runFiles(
    { files: files.map((f) => path.resolve(host.root, f)), host, vars: {}, env: {}, jobs: 1, bail: false, timeoutMs: 5000, ...options },
    (e) => events.push(e),
  );
  const names = new Map<string, string>();
  const tests: RunResult['tests'] = new Map();
  for (const e of events) {
    if (e.type === 'test-start') names.set(e.testId, e.name);
    if (e.type === 'test-end') tests.set(names.get(e.testId) ?? e.testId, { ...e, name: names.get(e.testId) ?? '' });
  }
  return { events, summary, tests };
}

/** Runs one in-memory file `main.assay` whose text is `text`, against `baseUrl`. */
export function runText(text: string, baseUrl: string, extra: Record<string, string | Uint8Array> = {}, options: Partial<RunOptions> = {}): Promise<RunResult> {
  return run(memoryHost({ 'main.assay': text, ...extra }), ['main.assay'], { vars: { baseUrl }, ...options });
}

/** The assertion events of a result. */
export function assertions(result: RunResult): Array<Extract<RunEvent, { type: 'assertion' }>> {
  return result.events.filter((e): e is Extract<RunEvent, { type: 'assertion' }> => e.type === 'assertion');
}
