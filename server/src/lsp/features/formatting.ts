/**
 * Document formatting with the core formatter: one edit replacing the whole text when it changes. The
 * open document lends its parsed chunks, so formatting a large file does not parse it again.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { format, type AssayDocument } from '../../core';

export function formatDocument(doc: TextDocument, analysis?: AssayDocument): TextEdit[] {
  const text = doc.getText();
  const formatted = format(text, analysis && ((start, chunkText, use) => analysis.lendChunk(start, chunkText, use)));
  if (formatted === text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: formatted }];
}
