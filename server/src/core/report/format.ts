/** Small text helpers shared by the reporters: durations, values, paths and body previews. */
import { show } from '../assertions/show';
import type { SourceLocation } from '../runner/events';

const MAX_VALUE_CHARS = 500;
const MAX_PREVIEW_LINES = 12;
const MAX_PREVIEW_CHARS = 800;

/** `12 ms` below a second, `1.23 s` from there on. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A value as it would be written in an expectation: JSON, `nothing` for undefined, cut when long. */
export function formatValue(value: unknown): string {
  return show(value, MAX_VALUE_CHARS);
}

/** `file:line:col` with the file shown by `displayPath`. */
export function formatLocation(location: SourceLocation, displayPath: (file: string) => string): string {
  return `${displayPath(location.file)}:${location.line}:${location.column}`;
}

/** The first lines of a body: JSON indented when it parses, cut to a dozen lines; `…` marks a cut. */
export function previewBody(body: string, truncated: boolean): string[] {
  let text = body;
  if (!truncated) {
    try {
      text = JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      // Not JSON: shown as it is.
    }
  }
  let cut = truncated;
  if (text.length > MAX_PREVIEW_CHARS) {
    text = text.slice(0, MAX_PREVIEW_CHARS);
    cut = true;
  }
  let lines = text.split(/\r?\n/);
  if (lines.length > MAX_PREVIEW_LINES) {
    lines = lines.slice(0, MAX_PREVIEW_LINES);
    cut = true;
  }
  if (cut) lines.push('…');
  return lines;
}

/** Singular or plural: `1 test`, `2 tests`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
