/** What the commands work with: the parts of the running extension. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AssayLog } from '../log';
import type { ResponseView } from '../response-view';
import type { StepMemory } from '../runs/step-memory';
import type { StatusBar } from '../status';
import type { TestExplorer } from '../testing/test-explorer';
import type { TestRunner } from '../testing/test-runner';

export interface CommandContext {
  extensionUri: vscode.Uri;
  client: LanguageClient;
  log: AssayLog;
  status: StatusBar;
  explorer: TestExplorer;
  runner: TestRunner;
  steps: StepMemory;
  responses: ResponseView;
}

/** A command: made from the context, called with VS Code's arguments. */
export type CommandFactory = (ctx: CommandContext) => (...args: never[]) => unknown;
