/**
 * Finds `{{ expr }}` references in raw text (URLs, header values, strings, JSON bodies) and names the
 * variable each one reads: `user` for `{{user.id}}`, `$uuid` for the built-in `{{$uuid}}`.
 */
import type { Interp, Span } from '../ast';

const INTERP = /\{\{([^{}\n]*)\}\}/g;
const ROOT = /^\$?[A-Za-z_][A-Za-z0-9_]*/;

/** The variable or built-in an interpolation expression reads, or '' when it names none. */
export function interpRoot(expr: string): string {
  const m = ROOT.exec(expr);
  return m ? m[0] : '';
}

/**
 * The interpolations in `text`, which starts at document offset `base`.
 * `makeSpan` lets the caller track the spans it hands out.
 */
export function findInterps(text: string, base: number, makeSpan: (start: number, end: number) => Span): Interp[] {
  if (text.indexOf('{{') < 0) return [];
  const found: Interp[] = [];
  INTERP.lastIndex = 0;
  for (let m = INTERP.exec(text); m; m = INTERP.exec(text)) {
    const expr = m[1].trim();
    found.push({ kind: 'Interp', span: makeSpan(base + m.index, base + m.index + m[0].length), expr, root: interpRoot(expr) });
  }
  // A copy at its final size: `push` left room for 17, and a large file holds ~100k of these lists.
  return found.slice();
}
