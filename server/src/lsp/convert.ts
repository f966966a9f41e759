/** Conversions between core data (offset spans, diagnostics) and LSP types, through a TextDocument. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Span } from '../core';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: toRange(doc, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'assay',
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    ...(d.fix ? { data: { fix: { range: toRange(doc, d.fix.span), text: d.fix.text, title: d.fix.title } } } : {}),
  };
}
