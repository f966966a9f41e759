/**
 * Diagnostics: what the parser and the checks report. Each has a stable `code` (documented in
 * docs/language.md), a span in the document, a message that says what was expected, and maybe a hint.
 */
import type { Span } from './ast';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  /** A suggestion, e.g. the name that was probably meant. */
  hint?: string;
  /** A replacement that fixes the problem, when it is obvious; editors offer it as a quick fix. */
  fix?: { span: Span; text: string; title: string };
}

export function error(code: string, span: Span, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { code, severity: 'error', message, span } : { code, severity: 'error', message, span, hint };
}

export function warning(code: string, span: Span, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { code, severity: 'warning', message, span } : { code, severity: 'warning', message, span, hint };
}
