/**
 * An in-process language-server harness: the real server and a plain LSP client talk JSON-RPC over a
 * pair of streams. Tests open documents (with a `█` cursor marker), send requests and wait for
 * published diagnostics.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../src/lsp/server';

export const CURSOR = '█';

export interface LspSession {
  client: ProtocolConnection;
  root: string;
  capabilities: InitializeResult['capabilities'];
  /** Writes a file into the workspace folder and returns its URI. */
  write(relativePath: string, text: string): string;
  /** Opens a document (removing a `█` marker) and returns its URI and the marker's position. */
  open(relativePath: string, text: string): Promise<{ uri: string; cursor: Position }>;
  /** Replaces a range of an open document. */
  change(uri: string, version: number, range: { start: Position; end: Position }, text: string): void;
  /** The next diagnostics published for `uri` (with a version at least `minVersion`). */
  diagnostics(uri: string, minVersion?: number): Promise<Diagnostic[]>;
  close(): void;
}

export async function startSession(files: Record<string, string> = {}): Promise<LspSession> {
  const root = mkdtempSync(join(tmpdir(), 'assay-lsp-'));
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
    cliPath: join(__dirname, '..', '..', 'bin', 'assay.js'),
  });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    waiters.splice(0).forEach((w) => w());
  });
  client.listen();

  const write = (relativePath: string, text: string): string => {
    const path = join(root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return pathToFileURL(path).href;
  };
  for (const [name, text] of Object.entries(files)) write(name, text);

  const init = await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'test' }],
  });
  await client.sendNotification(InitializedNotification.type, {});

  return {
    client,
    root,
    capabilities: init.capabilities,
    write,
    async open(relativePath, marked) {
      const cursorAt = marked.indexOf(CURSOR);
      const text = marked.replace(CURSOR, '');
      const uri = write(relativePath, text);
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'assay', version: 1, text } });
      return { uri, cursor: positionAt(text, cursorAt < 0 ? 0 : cursorAt) };
    },
    change(uri, version, range, text) {
      void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    async diagnostics(uri, minVersion = 0) {
      for (;;) {
        const found = [...published].reverse().find((p) => p.uri === uri && (p.version ?? 0) >= minVersion);
        if (found) return found.diagnostics;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close() {
      client.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
