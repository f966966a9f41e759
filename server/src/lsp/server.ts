/**
 * The Assay language server: wires the features (one per file under features/) to a connection. Any
 * transport works: stdio for `assay lsp --stdio`, IPC for the VS Code extension, a stream pair in tests.
 * Every handler runs inside a guard, so a bug in one request answers with an error, never a crash.
 */
import { ErrorCodes, ResponseError, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import type { Feature, ServerContext } from './feature';
import { codeActionFeature } from './features/code-actions';
import { codeLensFeature } from './features/code-lens';
import { completionFeature } from './features/completion';
import { definitionFeature } from './features/definition';
import { filesFeature } from './features/files';
import { generateTestsFeature } from './features/generate-tests';
import { hoverFeature } from './features/hover';
import { outlineFeature } from './features/outline';
import { referencesFeature } from './features/references';
import { renameFeature } from './features/rename';
import { runFeature } from './features/run';
import { schemaDiagnosticsFeature } from './features/schema-diagnostics';
import { semanticTokensFeature } from './features/semantic-tokens';
import { stepAtFeature } from './features/step-at';
import { syncFeature } from './features/sync';
import { testsFeature } from './features/tests';
import { workspaceSymbolsFeature } from './features/workspace-symbols';
import { pathOf, Workspace } from './workspace';

const FEATURES: Feature[] = [
  syncFeature,
  schemaDiagnosticsFeature,
  outlineFeature,
  completionFeature,
  hoverFeature,
  codeActionFeature,
  filesFeature,
  definitionFeature,
  referencesFeature,
  renameFeature,
  workspaceSymbolsFeature,
  semanticTokensFeature,
  codeLensFeature,
  testsFeature,
  runFeature,
  stepAtFeature,
  generateTestsFeature,
];

export interface ServerOptions {
  /** Absolute path of the CLI used to run tests (defaults to the bundled bin next to the server). */
  cliPath: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  let ctx: ServerContext | undefined;
  connection.onInitialize((params): InitializeResult => {
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    const root = rootUri ? pathOf(rootUri) : process.cwd();
    ctx = { connection: guarded(connection), workspace: new Workspace(root), cliPath: options.cliPath };
    for (const feature of FEATURES) feature.register(ctx);
    const capabilities: ServerCapabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities));
    return { capabilities, serverInfo: { name: 'assay', version: '0.1.0' } };
  });
  connection.listen();
}

/**
 * A view of the connection whose `on...` registrations wrap each handler: an exception becomes a
 * logged message and, for requests, an InternalError response.
 */
function guarded(connection: Connection): Connection {
  return new Proxy(connection, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !key.startsWith('on') || typeof value !== 'function') return value;
      return (handler: unknown, ...rest: unknown[]) => {
        if (typeof handler !== 'function') return value.call(target, handler, ...rest);
        const safe = (...args: unknown[]) => {
          try {
            const result = handler(...args);
            return result instanceof Promise ? result.catch((e: unknown) => fail(target, key, e)) : result;
          } catch (e) {
            return fail(target, key, e);
          }
        };
        return value.call(target, safe, ...rest);
      };
    },
  });
}

function fail(connection: Connection, handler: string, e: unknown): ResponseError<void> {
  const message = e instanceof Error ? e.message : String(e);
  connection.console.error(`assay: ${handler} failed: ${message}${e instanceof Error && e.stack ? `\n${e.stack}` : ''}`);
  return new ResponseError(ErrorCodes.InternalError, `assay: ${message}`);
}
