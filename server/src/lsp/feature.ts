/** The shape of a language-server feature: the capabilities it announces and the handlers it registers. */
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { Workspace } from './workspace';

export interface ServerContext {
  connection: Connection;
  workspace: Workspace;
  /** Absolute path of the bundled CLI (`server/bin/assay.js`), for running tests in a child process. */
  cliPath: string;
}

export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
