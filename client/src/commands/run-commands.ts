/**
 * Commands that run tests: the test at the cursor, a file (the editor's or one picked in the
 * Explorer), a test by id (the code lenses' Run and Debug), the last run again, the failed tests again.
 */
import * as vscode from 'vscode';
import type { RunKind } from '../testing/test-runner';
import type { CommandContext, CommandFactory } from './context';

export const runTestAtCursor: CommandFactory = (ctx) => async () => {
  const editor = vscode.window.activeTextEditor;
  const item = editor && ctx.explorer.testAt(editor.document.uri, editor.selection.active.line);
  if (!item) {
    void vscode.window.showInformationMessage('Assay: the cursor is not in a test.');
    return;
  }
  await ctx.runner.runItems([item], 'run');
};

export const runFile: CommandFactory = (ctx) => async (uri?: vscode.Uri) => {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const item = target && ctx.explorer.item(target.toString());
  if (!item) {
    void vscode.window.showInformationMessage('Assay: this file has no tests.');
    return;
  }
  await ctx.runner.runItems([item], 'run');
};

export const runTest: CommandFactory = (ctx) => (testId: string) => runById(ctx, testId, 'run');

export const debugTest: CommandFactory = (ctx) => (testId: string) => runById(ctx, testId, 'debug');

export const rerunLastRun: CommandFactory = (ctx) => () => ctx.runner.rerunLast();

export const rerunFailed: CommandFactory = (ctx) => () => ctx.runner.rerunFailed();

async function runById(ctx: CommandContext, testId: string, kind: RunKind): Promise<void> {
  const item = ctx.explorer.item(testId);
  if (!item) {
    void vscode.window.showWarningMessage(`Assay: no test ${testId}.`);
    return;
  }
  await ctx.runner.runItems([item], kind);
}
