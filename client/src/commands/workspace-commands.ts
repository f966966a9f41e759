/**
 * Commands around runs: the last response of the step at the cursor, the environment to run with,
 * the language reference, the output, restarting the language server.
 */
import * as vscode from 'vscode';
import { StepAt } from '../../../server/src/lsp/protocol';
import { environmentsIn } from '../environments';
import { currentRunOptions, setEnvironment } from '../settings';
import type { CommandFactory } from './context';

export const showLastResponse: CommandFactory = (ctx) => async () => {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'assay') return;
  const { line, character } = editor.selection.active;
  const at = await ctx.client.sendRequest<StepAt.Result>(StepAt.method, { uri: editor.document.uri.toString(), position: { line, character } } satisfies StepAt.Params);
  const exchange = at ? ctx.steps.last(at.blockId, at.step) : undefined;
  const title = at ? `${at.blockId.slice(at.blockId.indexOf('#') + 1)} step ${at.step + 1}` : '';
  if (!at) void vscode.window.showInformationMessage('Assay: the cursor is not in a step.');
  else if (!exchange || !(await ctx.responses.show(exchange, title))) void vscode.window.showInformationMessage(`Assay: no response yet for ${title}: run its test first.`);
};

export const selectEnvironment: CommandFactory = (ctx) => async () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const entries = folder ? await vscode.workspace.fs.readDirectory(folder.uri) : [];
  const names = environmentsIn(entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name));
  const current = currentRunOptions().env ?? '';
  const none = { label: 'No environment', description: 'only .env', env: '' };
  const items = [none, ...names.map((env) => ({ label: env, description: `.env.${env}`, env }))].map((item) => (item.env === current ? { ...item, detail: 'current' } : item));
  const picked = await vscode.window.showQuickPick(items, { title: 'Assay: environment to run tests with', placeHolder: names.length === 0 ? 'No .env.NAME files at the workspace root' : 'Reads .env, then .env.NAME' });
  if (!picked) return;
  await setEnvironment(picked.env);
  ctx.status.setEnvironment(picked.env === '' ? undefined : picked.env);
};

export const openLanguageReference: CommandFactory = (ctx) => () =>
  vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'language.md'));

export const showOutput: CommandFactory = (ctx) => () => ctx.log.show(true);

export const restartServer: CommandFactory = (ctx) => () => ctx.client.restart();
