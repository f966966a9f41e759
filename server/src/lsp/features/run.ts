/**
 * Running tests: `assay/runTests` starts `node <cli> run <files> --reporter ndjson` in the workspace
 * root and streams each event it prints as `assay/runEvent`, then `assay/runFinished` with the exit
 * code; `assay/cancelRun` interrupts it with SIGINT, so teardowns still run. Only the child process
 * talks HTTP: the server holds no network code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { RunEvent as CoreRunEvent } from '../../core/runner/events';
import type { Feature } from '../feature';
import { CancelRun, RunEvent, RunFinished, RunTests } from '../protocol';
import { pathOf, type Workspace } from '../workspace';
import { responseMemoryOf } from './completion';
import { testResultMemoryOf } from './hover';
import { notify } from './notify';
import { grepFor, testItems } from './test-items';

/** At most this much of the child's error stream is kept for `runFinished`. */
const MAX_MESSAGE = 64 * 1024;

/**
 * The arguments of `assay run` for a request: the files (those of the test ids, else the given files
 * and folders, else the workspace root) and options. Test ids become one anchored `--grep` of their
 * names. Undefined when test ids were given and none of them is known.
 */
export function runArguments(workspace: Workspace, params: RunTests.Params): string[] | undefined {
  const args = ['run'];
  if (params.testIds && params.testIds.length > 0) {
    const files = new Set<string>();
    const names: string[] = [];
    for (const id of params.testIds) {
      const found = resolveTestId(workspace, id);
      if (!found) continue;
      files.add(found.path);
      names.push(found.name);
    }
    if (names.length === 0) return undefined;
    args.push(...files, `--grep=${grepFor(names)}`);
  } else {
    args.push(...(params.uris && params.uris.length > 0 ? params.uris.map(pathOf) : [workspace.root]));
  }
  args.push('--reporter=ndjson');
  if (params.env) args.push(`--env=${params.env}`);
  for (const [name, value] of Object.entries(params.vars ?? {})) args.push(`--var=${name}=${value}`);
  for (const file of params.envFiles ?? []) args.push(`--env-file=${file}`);
  if (params.jobs !== undefined) args.push(`--jobs=${params.jobs}`);
  if (params.timeout) args.push(`--timeout=${params.timeout}`);
  for (const file of params.cacert ?? []) args.push(`--cacert=${file}`);
  if (params.insecure) args.push('--insecure');
  if (params.cert) args.push(`--cert=${params.cert}`);
  if (params.cert && params.key) args.push(`--key=${params.key}`);
  if (params.proxy) args.push(`--proxy=${params.proxy}`);
  return args;
}

/** The file and the name (a row's with its values) of a test id, found among the workspace's tests. */
function resolveTestId(workspace: Workspace, id: string): { path: string; name: string } | undefined {
  const path = workspace
    .filePaths()
    .filter((p) => id.startsWith(`${p}#`))
    .sort((a, b) => b.length - a.length)[0];
  const file = path === undefined ? undefined : workspace.file(path);
  if (!file) return undefined;
  for (const test of testItems(file)) {
    if (test.id === id) return { path: file.path, name: test.name };
    const row = test.rows.find((r) => r.id === id);
    if (row) return { path: file.path, name: row.label };
  }
  return undefined;
}

/** The runs in progress, by id. */
class Runs {
  private readonly children = new Map<string, ChildProcess>();
  private count = 0;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly cliPath: string,
    /** Sees every event of every run: the session's memories of responses and results read them. */
    private readonly observe: (event: CoreRunEvent) => void,
  ) {}

  start(params: RunTests.Params | undefined): RunTests.Result | ResponseError<void> {
    const args = runArguments(this.workspace, params ?? {});
    if (!args) return new ResponseError(ErrorCodes.InvalidParams, `assay: no such test: ${params?.testIds?.join(', ')}`);
    const runId = `run-${++this.count}`;
    const child = spawn(process.execPath, [this.cliPath, ...args], { cwd: this.workspace.root, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.set(runId, child);
    let message = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (message.length < MAX_MESSAGE) message += chunk;
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => this.forward(runId, line));
    const linesDone = new Promise<void>((resolve) => lines.once('close', resolve));
    const exited = new Promise<number>((resolve) => {
      child.once('error', (e) => {
        message += e.message;
        resolve(-1);
      });
      child.once('close', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
    });
    void Promise.all([exited, linesDone]).then(([exitCode]) => {
      this.children.delete(runId);
      const finished: RunFinished.Params = { runId, exitCode, ...(message.trim() ? { message: message.trim() } : {}) };
      notify(this.connection, RunFinished.method, finished);
    });
    return { runId };
  }

  /** Interrupts a run; false when no run of that id is in progress. */
  cancel(runId: string): boolean {
    const child = this.children.get(runId);
    return child ? child.kill('SIGINT') : false;
  }

  private forward(runId: string, line: string): void {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    if (event === null || typeof event !== 'object' || typeof (event as { type?: unknown }).type !== 'string') return;
    this.observe(event as CoreRunEvent);
    notify(this.connection, RunEvent.method, { runId, event } as RunEvent.Params);
  }
}

export const runFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection, workspace, cliPath } = ctx;
    const responses = responseMemoryOf(ctx);
    const results = testResultMemoryOf(ctx);
    const runs = new Runs(connection, workspace, cliPath, (event) => {
      responses.observe(event);
      results.observe(event);
    });
    connection.onRequest(RunTests.method, (params: RunTests.Params | undefined) => runs.start(params));
    connection.onRequest(CancelRun.method, (params: CancelRun.Params) => runs.cancel(params.runId));
  },
};
