/**
 * Positions in spec text for error messages: where JSON.parse or a YAML parser stopped, as a 0-based
 * line and column.
 */
import type { SpecLocation } from './types';

/** The 0-based line and column of character `offset` in `text`. */
export function positionAt(file: string, text: string, offset: number): SpecLocation {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, col: Math.max(0, offset - lineStart) };
}

/** Where JSON.parse stops in `text`: at the position its message gives, else found by bisection. */
export function jsonErrorLocation(file: string, text: string, message: string): SpecLocation | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return positionAt(file, text, Number(at[1]));
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { file, line: Number(lineCol[1]) - 1, col: Number(lineCol[2]) - 1 };
  if (/^Unexpected end/.test(message)) return positionAt(file, text, text.trimEnd().length);
  return positionAt(file, text, firstBadCharacter(text));
}

/**
 * V8 does not always say where ("Unexpected token '}', ... is not valid JSON"): the bad character ends
 * the shortest prefix that fails for another reason than ending early.
 */
function firstBadCharacter(text: string): number {
  let low = 1;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsBeforeEnd(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (at) return Number(at[1]) < prefix.length;
    return !/^Unexpected end|Unterminated string/.test(message);
  }
}
