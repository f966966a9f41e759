/** A source file as the runner reports on it: its text, `file:line:column` of spans, and the text of a span. */
import type { Span } from '../ast';
import { LineIndex } from '../text/line-index';
import type { SourceLocation } from './events';

export class SourceFile {
  private readonly lines: LineIndex;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  /** The 1-based location of the start of `span`. */
  location(span: Span): SourceLocation {
    const p = this.lines.position(span.start);
    return { file: this.path, line: p.line + 1, column: p.character + 1 };
  }

  /** The source text of `span`, on one line. */
  source(span: Span): string {
    return this.text.slice(span.start, span.end).replace(/\s*\n\s*/g, ' ').trim();
  }
}
