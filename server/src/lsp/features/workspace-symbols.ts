/**
 * Workspace symbols: the tests and components of every `.assay` file of the workspace (open documents
 * as edited, other files as on the disk), filtered by the query's letters in order, ignoring case.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { displayPath } from '../../core';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import type { Workspace } from '../workspace';

/** At most this many symbols are answered; the editor asks again as the query grows. */
const MAX_SYMBOLS = 1000;

/** The tests and components whose names hold the query's characters in order. */
export function workspaceSymbols(workspace: Workspace, query: string): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const path of workspace.filePaths()) {
    const file = workspace.file(path);
    if (!file) continue;
    const containerName = displayPath(workspace.root, path);
    const add = (name: string, kind: SymbolKind, span: { start: number; end: number }): void => {
      if (symbols.length < MAX_SYMBOLS && matches(name, query)) symbols.push({ name, kind, containerName, location: { uri: file.uri, range: toRange(file.text, span) } });
    };
    for (const item of file.ast.items) {
      if (item.kind === 'Test') add(item.name.value, SymbolKind.Method, item.name.span);
      else if (item.kind === 'Component') add(item.name.name, SymbolKind.Function, item.name.span);
    }
  }
  return symbols;
}

/** True when the characters of `query` appear in `name` in order, ignoring case. */
function matches(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = lower.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, workspace }) {
    connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(workspace, query));
  },
};
