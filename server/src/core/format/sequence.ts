/**
 * Lays out a sequence of elements (statements of a block, fields, rows, the decorators and item of a
 * chunk) together with the comments around them. Input: elements with their source spans, printed
 * relative to the sequence, and the region `[start, end)` they sit in. Output: the lines.
 *
 * - A comment alone on its line stays on its own line, before the element that follows it.
 * - A comment after an element on the same line stays at the end of that element's line (its first
 *   line if the element was written on one line, else its last), two spaces after it.
 * - A comment on the region's first line with nothing before it in the region (`test "x" { # ...`)
 *   is handed back as `opening`, for the line that opens the region.
 * - Blank lines between units are kept, at most one in a row; none at the start or the end.
 * - Comments inside an element that prints on one line move to their own lines above it (`lead`).
 */
import { appendTo, indent, join, one, type Line } from './lines';
import type { Comment, Source } from './source';

export interface Element {
  start: number;
  end: number;
  /** Comments that were inside the element, printed on their own lines above it. */
  lead: Comment[];
  lines: Line[];
  /** `always`: a blank line before it (and its comments), unless it comes first; `never`: none. */
  blank?: 'always' | 'never';
  /**
   * For `name = value` lines: the name, padded so that the `=` of consecutive such lines line up
   * (a blank line or a comment line ends the run), and `lines` hold what follows it.
   */
  key?: string;
}

/** An element over `[start, end)`; comments inside it that no inner printer took become its `lead`. */
export function element(src: Source, start: number, end: number, lines: Line[], blank?: Element['blank']): Element {
  return { start, end, lead: src.take(start, end), lines, blank };
}

interface Unit {
  start: number;
  end: number;
  element?: Element;
  comment?: Comment;
  trailing?: Comment;
  blank: boolean;
}

export interface Sequence {
  lines: Line[];
  opening?: string;
}

export function printSequence(src: Source, elements: Element[], start: number, end: number): Sequence {
  const units: Unit[] = elements.map((e) => ({ start: e.start, end: e.end, element: e, blank: false }));
  let opening: string | undefined;
  for (const c of src.take(start, end)) {
    const lineStart = src.text.lastIndexOf('\n', c.start - 1) + 1;
    const alone = src.text.slice(lineStart, c.start).trim() === '';
    const before = alone ? undefined : lastUnitBefore(units, c.start);
    if (before?.element && src.sameLine(before.end, c.start)) {
      before.trailing = c;
      before.end = c.end;
    } else if (!alone && opening === undefined && src.sameLine(start, c.start)) {
      opening = c.text;
    } else {
      units.push({ start: c.start, end: c.end, comment: c, blank: false });
    }
  }
  units.sort((a, b) => a.start - b.start);
  units.forEach((u, i) => {
    if (i > 0) u.blank = u.element?.blank !== 'never' && src.hasBlankLine(units[i - 1].end, u.start);
  });
  units.forEach((u, i) => {
    if (u.element?.blank !== 'always') return;
    let first = i;
    while (first > 0 && units[first - 1].comment && !units[first].blank) first--;
    if (first > 0) units[first].blank = true;
  });
  const widths = keyWidths(units);
  const lines: Line[] = [];
  units.forEach((u, i) => {
    if (u.blank) lines.push(...one(''));
    lines.push(...unitLines(src, u, widths[i]));
  });
  return opening === undefined ? { lines } : { lines, opening };
}

/** For each unit with a key, the width of the longest key in its run of keyed units. */
function keyWidths(units: Unit[]): number[] {
  const widths = units.map(() => 0);
  let runStart = 0;
  units.forEach((u, i) => {
    const key = u.element?.key;
    if (key === undefined || u.blank || u.element?.lead.length || units[i - 1]?.element?.key === undefined) runStart = i;
    if (key === undefined) return;
    const width = Math.max(i > runStart ? widths[i - 1] : 0, key.length);
    for (let j = runStart; j <= i; j++) widths[j] = width;
  });
  return widths;
}

function unitLines(src: Source, u: Unit, keyWidth: number): Line[] {
  if (u.comment) return one(u.comment.text);
  const e = u.element as Element;
  let lines = e.key === undefined ? e.lines : join(one(e.key.padEnd(keyWidth)), e.lines);
  if (u.trailing) lines = appendTo(lines, src.sameLine(e.start, e.end) ? 0 : lines.length - 1, `  ${u.trailing.text}`);
  return [...e.lead.flatMap((c) => one(c.text)), ...lines];
}

/** A `{ ... }` block: the elements indented by two spaces between the braces, or `{}` when empty. */
export function printBlock(src: Source, elements: Element[], open: number, close: number): Line[] {
  return bracketed(src, elements, open, close, '{', '}');
}

/** Elements between two brackets at `open` and `close`, one per line, indented by two spaces. */
export function bracketed(src: Source, elements: Element[], open: number, close: number, left: string, right: string): Line[] {
  const { lines, opening } = printSequence(src, elements, open + 1, close);
  if (lines.length === 0 && opening === undefined) return one(left + right);
  const head = opening === undefined ? left : `${left}  ${opening}`;
  return [...one(head), ...indent(lines, '  '), ...one(right)];
}

function lastUnitBefore(units: Unit[], pos: number): Unit | undefined {
  let found: Unit | undefined;
  for (const u of units) if (u.end <= pos && (!found || u.end > found.end)) found = u;
  return found;
}
