/**
 * The `@generated` marker of a generated test: `# @generated op=<key> hash=<8 hex digits>`, the last
 * line of the test's doc comment. The hash is of the test's text as generated (doc comment, decorators
 * and block, without the marker line, trailing spaces ignored), so regeneration can tell a test the
 * user edited (its text no longer hashes to the marker) from one the spec changed (the new text hashes
 * differently from the marker).
 */
import { hashHex } from './random';

const MARKER = /^# @generated op=(\S+) hash=([0-9a-f]{8})[ \t]*$/;

export interface Marker {
  key: string;
  hash: string;
}

export function markerLine(key: string, hash: string): string {
  return `# @generated op=${key} hash=${hash}`;
}

/** The marker a line holds, if it is one. */
export function readMarker(line: string): Marker | undefined {
  const m = MARKER.exec(line);
  return m ? { key: m[1], hash: m[2] } : undefined;
}

/** The hash of a test's text (its lines without the marker). */
export function regionHash(text: string): string {
  return hashHex(
    text
      .split(/\r?\n/)
      .map((l) => l.trimEnd())
      .join('\n')
      .trim(),
  );
}
