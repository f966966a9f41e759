/**
 * Rename of variables (vars, captures, component parameters, row keys) and components, in every file
 * of the workspace that names them. `prepareRename` answers null on anything else: built-ins, keywords,
 * unresolved names, and the columns of a `with file` data file (their name lives in that file).
 */
import { ErrorCodes, ResponseError, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import type { Workspace, WorkspaceFile } from '../workspace';
import { isExactName, occurrencesOf, targetAt, type Target } from './occurrences';

/** A name the grammar reads as an identifier. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The range of the renamable name at `offset` with the name, or undefined when nothing there can be renamed. */
export function prepareRenameAt(workspace: Workspace, file: WorkspaceFile, offset: number): { range: Range; placeholder: string } | undefined {
  const target = renamable(workspace, file, offset);
  return target && { range: toRange(file.text, target.span), placeholder: target.name };
}

/** The edits that rename the name at `offset` to `newName` everywhere; an error for an invalid name. */
export function renameAt(workspace: Workspace, file: WorkspaceFile, offset: number, newName: string): WorkspaceEdit | ResponseError<void> | null {
  const target = renamable(workspace, file, offset);
  if (!target) return null;
  if (!IDENTIFIER.test(newName)) {
    return new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a valid name: use letters, digits and _, not starting with a digit`);
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrencesOf(workspace, target)) {
    const home = workspace.file(o.path);
    if (!home || !isExactName(home.text.getText(), o.span, target.name)) continue;
    (changes[home.uri] ??= []).push({ range: toRange(home.text, o.span), newText: newName });
  }
  return { changes };
}

function renamable(workspace: Workspace, file: WorkspaceFile, offset: number): Target | undefined {
  const target = targetAt(workspace, file, offset);
  if (!target || target.definition.node?.kind === 'DataFile') return undefined;
  return isExactName(file.text.getText(), target.span, target.name) ? target : undefined;
}

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register({ connection, workspace }) {
    connection.onPrepareRename(({ textDocument, position }) => {
      const file = workspace.openFile(textDocument.uri);
      return (file && prepareRenameAt(workspace, file, file.text.offsetAt(position))) ?? null;
    });
    connection.onRenameRequest(({ textDocument, position, newName }) => {
      const file = workspace.openFile(textDocument.uri);
      return file ? renameAt(workspace, file, file.text.offsetAt(position), newName) : null;
    });
  },
};
