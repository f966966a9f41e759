/**
 * Language server benchmark over the real stdio server (`node server/dist/server.js --stdio`, the bundle
 * editors start; run `node scripts/build.mjs` first), driven by a plain LSP client:
 * - open: didOpen of a generated 1 MB and 10 MB file to its first publishDiagnostics;
 * - edit: one-character didChange to the publishDiagnostics of that version (median of 15 edits);
 * - completion after `expect ` and hover on `{{token}}`, in the middle of the file (median of 15);
 * - format: a formatting request on the whole file;
 * - rssMb: the server's resident memory (/proc/PID/status VmRSS) after opening and editing the file
 *   (before the queries and formatting);
 * - indexing: a fresh server on a workspace of 200 files (5 MB), from spawning it to the answer of
 *   `assay/listTests` sent right after initialize (indexMs; the initialize answer comes first).
 *
 * Run: npm run bench -- lsp   (or: node --import tsx bench/lsp.ts [MB ...])
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ListTests } from '../server/src/lsp/protocol';
import { median, reportTable, saveResults, type Row } from './lib/report';
import { generateSuite } from './lib/synthetic-suite';

const SERVER = join(__dirname, '..', 'server', 'dist', 'server.js');
/** File sizes, in MB from the command line (`bench/lsp.ts 1`), else 1 and 10 MB. */
const SIZES = (process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 10]).map((mb) => mb * 1_000_000);
const EDITS = 15;
const QUERIES = 15;
/** Time between keystrokes, as a fast typist: lets the server's debounced work run between them. */
const KEYSTROKE_GAP_MS = 200;
const INDEX_FILES = 200;
const INDEX_BYTES = 5_000_000;

const AUTH = `vars {
  adminUser = "admin"
}

component authenticate(user) {
  POST {{baseUrl}}/auth
  json { "user": "{{user}}" }
  capture authToken = $.token
}
`;

interface Server {
  child: ChildProcess;
  client: ProtocolConnection;
  /** Resolves with the next diagnostics published for `uri` at `version` or later. */
  published(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function startServer(root: string): Promise<Server> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Array<{ uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === params.uri && (params.version ?? 0) >= w.version) {
        waiters.splice(i, 1);
        w.resolve(params);
      }
    }
  });
  client.listen();
  const rootUri = pathToFileURL(root).href;
  await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
  await client.sendNotification(InitializedNotification.type, {});
  return {
    child,
    client,
    published: (uri, version = 0) => new Promise((resolve) => waiters.push({ uri, version, resolve })),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
      await exited;
      client.dispose();
    },
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The line/character of `offset` in `text`. */
function positionAt(text: string, offset: number): Position {
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - before - 1 };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function measureFile(size: number): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), 'assay-bench-lsp-'));
  writeFileSync(join(root, 'auth.assay'), AUTH);
  let text = generateSuite(size);
  const path = join(root, 'suite.assay');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const server = await startServer(root);
  try {
    const opened = server.published(uri);
    const [openMs, first] = await timed(async () => {
      await server.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'assay', version: 1, text } });
      return opened;
    });

    const editTimes: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      await sleep(KEYSTROKE_GAP_MS);
      const at = text.indexOf('"pet-', Math.floor(((i + 0.5) / EDITS) * text.length)) + 2;
      const position = positionAt(text, at);
      const version = i + 2;
      const done = server.published(uri, version);
      const [ms] = await timed(async () => {
        await server.client.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
        });
        return done;
      });
      editTimes.push(ms);
      text = text.slice(0, at) + 'x' + text.slice(at);
    }

    await sleep(KEYSTROKE_GAP_MS);
    const rss = rssMb(server.child.pid!);

    const middle = Math.floor(text.length / 2);
    const expectAt = text.indexOf('expect status', middle) + 'expect '.length;
    const tokenAt = text.indexOf('{{token}}', middle) + 3;
    const completionTimes: number[] = [];
    const hoverTimes: number[] = [];
    let completionCount = 0;
    let hoverFound = false;
    for (let i = 0; i < QUERIES; i++) {
      const [c, items] = await timed(() => server.client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAt(text, expectAt) }));
      completionTimes.push(c);
      completionCount = Array.isArray(items) ? items.length : (items?.items.length ?? 0);
      const [h, hover] = await timed(() => server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(text, tokenAt) }));
      hoverTimes.push(h);
      hoverFound = hover !== null;
    }
    const [formatMs] = await timed(() => server.client.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }));
    return {
      size: `${(text.length / 1e6).toFixed(1)} MB`,
      openMs,
      openDiagnostics: first.diagnostics.length,
      editMs: median(editTimes),
      editMaxMs: Math.max(...editTimes),
      completionMs: median(completionTimes),
      completionItems: completionCount,
      hoverMs: median(hoverTimes),
      hoverFound: String(hoverFound),
      formatMs,
      rssMb: rss,
    };
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function measureIndexing(): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), 'assay-bench-index-'));
  writeFileSync(join(root, 'auth.assay'), AUTH);
  const perFile = Math.floor(INDEX_BYTES / INDEX_FILES);
  let bytes = 0;
  for (let i = 0; i < INDEX_FILES; i++) {
    const dir = join(root, `area-${i % 10}`);
    mkdirSync(dir, { recursive: true });
    const text = generateSuite(perFile).replace('import "./auth.assay"', 'import "../auth.assay"');
    writeFileSync(join(dir, `suite-${i}.assay`), text);
    bytes += text.length;
  }
  const spawned = performance.now();
  const [initializeMs, server] = await timed(() => startServer(root));
  try {
    const [listTestsMs, result] = await timed(() => server.client.sendRequest(ListTests.method, {}) as Promise<ListTests.Result>);
    const tests = result.files.reduce((n, f) => n + f.tests.length, 0);
    const indexMs = performance.now() - spawned;
    return { files: INDEX_FILES + 1, mb: bytes / 1e6, initializeMs, listTestsMs, indexMs, tests, rssMb: rssMb(server.child.pid!) };
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measureFile(size));
  reportTable('lsp', rows, [
    'Targets: edit to diagnostics < 30 ms (1 MB) and < 80 ms (10 MB); completion < 30 ms; hover < 15 ms;',
    'server memory after opening the 10 MB file < 400 MB.',
  ]);
  const index = await measureIndexing();
  reportTable('lsp indexing', [index], ['Target: indexing a workspace of 200 files (5 MB) < 5 s.']);
  saveResults('lsp', [...rows, index]);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
