/** Document formatting with the core formatter: one edit replacing the whole text when it changes. */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../core';

export function formatDocument(doc: TextDocument): TextEdit[] {
  const text = doc.getText();
  const formatted = format(text);
  if (formatted === text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: formatted }];
}
