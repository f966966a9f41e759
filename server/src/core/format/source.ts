/**
 * The text of one parsed chunk as the printers see it. Input: the chunk's text and its item (spans
 * relative to the chunk). Output: the comments in it, and a masked copy of the text with every comment
 * blanked out, so that searching for a keyword or a bracket between AST nodes never lands in a comment.
 *
 * Comments are found without a second grammar: every piece of text that may hold a `#` that is not a
 * comment (strings, regexes, JSONPaths, URLs, header values, JSON bodies, `{{...}}`, quoted field names)
 * is an AST node with a span. Outside those spans, a `#` always starts a comment that runs to the end
 * of the line.
 */
import type { Span, TopItem } from '../ast';

export interface Comment {
  start: number;
  end: number;
  /** The comment as written, from `#`, without trailing whitespace. */
  text: string;
}

const OPAQUE_KINDS = new Set(['String', 'Regex', 'JsonPath', 'Template', 'Interp']);
const OPAQUE_KEYS = new Set(['nameSpan', 'keySpan']);

export class Source {
  readonly masked: string;
  private readonly comments: Comment[];
  private readonly taken = new Set<Comment>();

  constructor(
    readonly text: string,
    item: TopItem,
  ) {
    this.comments = findComments(text, opaqueSpans(item));
    let masked = text;
    for (const c of this.comments) masked = masked.slice(0, c.start) + ' '.repeat(c.end - c.start) + masked.slice(c.end);
    this.masked = masked;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Hands out the comments in `[start, end)` that no printer took yet, in order. */
  take(start: number, end: number): Comment[] {
    const found = this.comments.filter((c) => c.start >= start && c.start < end && !this.taken.has(c));
    for (const c of found) this.taken.add(c);
    return found;
  }

  /** True when a comment not taken yet starts in `[start, end)`. */
  hasComments(start: number, end: number): boolean {
    return this.comments.some((c) => c.start >= start && c.start < end && !this.taken.has(c));
  }

  /** True when `[start, end)` holds no line break. */
  sameLine(start: number, end: number): boolean {
    return this.text.lastIndexOf('\n', end - 1) < start;
  }

  /** True when `[start, end)` holds a line with nothing but whitespace on it. */
  hasBlankLine(start: number, end: number): boolean {
    return /\n[ \t\r]*\n/.test(this.text.slice(start, end));
  }

  /** The offset of the last character before `pos` that is not whitespace (comments count as whitespace). */
  tokenBefore(pos: number): number {
    let i = pos - 1;
    while (i >= 0 && /\s/.test(this.masked[i])) i--;
    return i;
  }

  /** The start of `keyword`, which ends right before `pos` apart from whitespace and comments. */
  keywordBefore(pos: number, keyword: string): number {
    return this.tokenBefore(pos) + 1 - keyword.length;
  }

  /** The offset of the first `char` at or after `pos` outside comments. */
  find(char: string, pos: number): number {
    return this.masked.indexOf(char, pos);
  }
}

/** Every span in the item whose text may hold a `#` that is not a comment. */
function opaqueSpans(item: TopItem): Span[] {
  const spans: Span[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.kind === 'string' && OPAQUE_KINDS.has(record.kind)) {
      spans.push(record.span as Span);
      return;
    }
    for (const [key, value] of Object.entries(record)) {
      if (OPAQUE_KEYS.has(key)) spans.push(value as Span);
      else visit(value);
    }
  };
  visit(item);
  return spans.sort((a, b) => a.start - b.start);
}

function findComments(text: string, opaque: Span[]): Comment[] {
  const comments: Comment[] = [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < opaque.length && opaque[next].end <= i) next++;
    if (next < opaque.length && opaque[next].start <= i) {
      i = opaque[next].end - 1;
      continue;
    }
    if (text[i] !== '#') continue;
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    comments.push({ start: i, end, text: text.slice(i, end).trimEnd() });
    i = end;
  }
  return comments;
}
