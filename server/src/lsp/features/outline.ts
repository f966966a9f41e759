/** The read-only document features over the syntax tree: symbols, folding ranges and formatting. */
import type { Feature } from '../feature';
import { documentSymbols } from './symbols';
import { foldingRanges } from './folding';
import { formatDocument } from './formatting';

export const outlineFeature: Feature = {
  capabilities: { documentSymbolProvider: true, foldingRangeProvider: true, documentFormattingProvider: true },
  register({ connection, workspace }) {
    connection.onDocumentSymbol(({ textDocument }) => {
      const doc = workspace.get(textDocument.uri);
      return doc ? documentSymbols(doc.text, doc.state.ast) : [];
    });
    connection.onFoldingRanges(({ textDocument }) => {
      const doc = workspace.get(textDocument.uri);
      return doc ? foldingRanges(doc.text, doc.state.ast) : [];
    });
    connection.onDocumentFormatting(({ textDocument }) => {
      const doc = workspace.get(textDocument.uri);
      return doc ? formatDocument(doc.text, doc.analysis) : [];
    });
  },
};
