/**
 * Where a chunk nests brackets deepest. The parser matches nested values by recursion, so a chunk with
 * brackets nested some hundreds deep (never written by hand, but generated or pasted) runs out of call
 * stack; the chunk parser then reports this place instead of throwing.
 */

/** The offset of the opening bracket that reaches the deepest nesting in `text`, and that depth. */
export function deepestBracket(text: string): { offset: number; depth: number } {
  let depth = 0;
  let deepest = { offset: 0, depth: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = endOfString(text, i);
    else if (c === '#') i = lineEnd(text, i);
    else if (c === '[' || c === '{' || c === '(') {
      depth++;
      if (depth > deepest.depth) deepest = { offset: i, depth };
    } else if ((c === ']' || c === '}' || c === ')') && depth > 0) depth--;
  }
  return deepest;
}

/** The offset of the closing quote of the one-line string opened at `start` (or of its line's end). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"' || c === '\n') return i;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}
