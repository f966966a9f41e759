/** Every command of the extension by id (package.json lists the same ids under contributes.commands). */
import type * as vscode from 'vscode';
import type { CommandContext, CommandFactory } from './context';
import { generateTestsFromSpec } from './generate-command';
import { debugTest, rerunFailed, rerunLastRun, runFile, runTest, runTestAtCursor } from './run-commands';
import { openLanguageReference, restartServer, selectEnvironment, showLastResponse, showOutput } from './workspace-commands';

export const SHOW_OUTPUT = 'assay.showOutput';
export const SELECT_ENVIRONMENT = 'assay.selectEnvironment';

const COMMANDS: Record<string, CommandFactory> = {
  'assay.runTestAtCursor': runTestAtCursor,
  'assay.runFile': runFile,
  'assay.runTest': runTest,
  'assay.debugTest': debugTest,
  'assay.rerunLastRun': rerunLastRun,
  'assay.rerunFailed': rerunFailed,
  'assay.showLastResponse': showLastResponse,
  [SELECT_ENVIRONMENT]: selectEnvironment,
  'assay.openLanguageReference': openLanguageReference,
  [SHOW_OUTPUT]: showOutput,
  'assay.restartServer': restartServer,
  'assay.generateTestsFromSpec': generateTestsFromSpec,
};

export function registerCommands(ctx: CommandContext, register: (id: string, handler: (...args: never[]) => unknown) => vscode.Disposable): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => register(id, factory(ctx)));
}
