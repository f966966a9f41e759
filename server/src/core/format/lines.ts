/**
 * Output lines. Printers build `Line[]` relative to their own indentation; the enclosing block adds its
 * indentation. A raw line continues a multi-line string (or a chunk kept as written) and is emitted
 * exactly: it never gets indentation added, because that would change the string.
 */

export interface Line {
  text: string;
  raw: boolean;
}

/** One ordinary line. */
export function one(text: string): Line[] {
  return [{ text, raw: false }];
}

/** Text as written: the first line is ordinary, the lines after it are raw. */
export function verbatim(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: t, raw: i > 0 }));
}

/** `a` followed by `b` on the same line: `b`'s first line continues `a`'s last. */
export function join(a: Line[], b: Line[], separator = ''): Line[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const last = a[a.length - 1];
  return [...a.slice(0, -1), { text: last.text + separator + b[0].text, raw: last.raw }, ...b.slice(1)];
}

/** The pieces in order on one line, separated by `separator`. */
export function joinAll(pieces: Line[][], separator: string): Line[] {
  return pieces.reduce<Line[]>((acc, piece, i) => (i === 0 ? piece : join(acc, piece, separator)), []);
}

/** Indents every ordinary, non-empty line by `prefix`. */
export function indent(lines: Line[], prefix: string): Line[] {
  return lines.map((l) => (l.raw || l.text === '' ? l : { text: prefix + l.text, raw: false }));
}

/** Appends text to the line at `index`. */
export function appendTo(lines: Line[], index: number, text: string): Line[] {
  return lines.map((l, i) => (i === index ? { text: l.text + text, raw: l.raw } : l));
}
