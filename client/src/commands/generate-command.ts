/**
 * "Generate Tests from Spec...": asks for an OpenAPI/Swagger document or a GraphQL schema and a folder,
 * then runs the bundled `assay generate` on them (the same generator and output as the CLI) and opens
 * what it wrote. Adding tests for the operations a file does not cover yet is the server's code action
 * on a `use` line.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { CommandFactory } from './context';

/** Asks for the spec and the folder, unless they are given (as the tests and other extensions do). */
export const generateTestsFromSpec: CommandFactory = (ctx) => async (givenSpec?: vscode.Uri, givenOut?: vscode.Uri) => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const [spec] = givenSpec ? [givenSpec] :
    (await vscode.window.showOpenDialog({
      title: 'Assay: the spec to generate tests from',
      defaultUri: folder?.uri,
      filters: { 'OpenAPI, Swagger or GraphQL': ['yaml', 'yml', 'json', 'graphql', 'gql'] },
    })) ?? [];
  if (!spec) return;
  const [out] = givenOut ? [givenOut] :
    (await vscode.window.showOpenDialog({ title: 'Assay: the folder to write the tests into', defaultUri: folder?.uri, canSelectFiles: false, canSelectFolders: true })) ?? [];
  if (!out) return;
  const kind = await specKind(spec.fsPath);
  const cli = vscode.Uri.joinPath(ctx.extensionUri, 'server', 'dist', 'cli.js').fsPath;
  const args = [cli, 'generate', kind, spec.fsPath, '-o', out.fsPath];
  ctx.log.info(`assay ${args.slice(1).join(' ')}`);
  const result = await new Promise<{ failed: boolean; output: string }>((resolve) =>
    execFile(process.execPath, args, { cwd: out.fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, stdout, stderr) =>
      resolve({ failed: error !== null, output: `${stdout}${stderr}`.trim() }),
    ),
  );
  if (result.output) ctx.log.info(result.output);
  if (result.failed) {
    void vscode.window.showErrorMessage(`Assay: could not generate tests from ${vscode.workspace.asRelativePath(spec)}. See the Assay output.`, 'Show Output').then((choice) => choice && ctx.log.show(true));
    return false;
  }
  void vscode.window.showInformationMessage(`Assay: tests generated into ${vscode.workspace.asRelativePath(out)}.`);
  void vscode.commands.executeCommand('revealInExplorer', out);
  return true;
};

/** GraphQL for SDL files and introspection JSON (`__schema`), OpenAPI/Swagger otherwise. */
async function specKind(file: string): Promise<'openapi' | 'graphql'> {
  if (/\.(graphql|gql)$/i.test(file)) return 'graphql';
  if (!/\.json$/i.test(file)) return 'openapi';
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.includes('"__schema"') ? 'graphql' : 'openapi';
}
