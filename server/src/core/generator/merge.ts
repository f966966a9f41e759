/**
 * Regeneration that keeps the user's work. Input: a file as it is now and the same file as the
 * generator writes it today. Output: the merged text and what happened to each generated test.
 *
 * Generated tests and the file's head (header comment, `use`, `vars`) carry `@generated` markers
 * (markers.ts) with the hash of the text the generator wrote. For each marked part of the current file:
 * - the generator writes the same text as before (same hash): the part stays exactly as it is, edited
 *   or not, so regenerating from an unchanged spec changes nothing;
 * - the generator writes something new (the spec changed): the new text replaces the part, unless the
 *   user edited it (its text no longer hashes to its marker); then it stays and is reported as a
 *   conflict (`overwriteEdited` replaces it anyway);
 * - the generator no longer writes it (the operation is gone): it is dropped, or kept and reported
 *   when the user edited it.
 * Parts without a marker (the user's own tests, components) stay where they are. Tests for new
 * operations are added at the end.
 */
import { scanChunks } from '../syntax/scan';
import { readMarker, regionHash, type Marker } from './markers';

export interface MergeReport {
  text: string;
  added: string[];
  replaced: string[];
  removed: string[];
  /** Edited by the user and changed by the spec: kept as the user wrote them. */
  conflicts: string[];
  /** Edited by the user, for an operation the spec no longer has: kept. */
  orphans: string[];
}

interface Part {
  text: string;
  marker?: Marker;
  /** The file's head: everything before its first test, component, setup or teardown. */
  head?: boolean;
}

/** The key of the file head's marker. */
export const HEAD_KEY = 'file';

export function mergeGenerated(current: string, generated: string, options: { overwriteEdited?: boolean } = {}): MergeReport {
  const report: MergeReport = { text: '', added: [], replaced: [], removed: [], conflicts: [], orphans: [] };
  const now = parts(current);
  const next = parts(generated);
  const nextByKey = new Map(next.filter((p) => p.marker).map((p) => [p.marker!.key, p]));
  const used = new Set<string>();
  const out: string[] = [];
  for (const part of now) {
    if (!part.marker) {
      // A head without its marker is the user's now, and still the file's head.
      if (part.head) used.add(HEAD_KEY);
      out.push(part.text);
      continue;
    }
    const key = part.marker.key;
    const edited = regionHash(withoutMarker(part.text)) !== part.marker.hash;
    const replacement = nextByKey.get(key);
    if (!replacement) {
      if (edited) {
        out.push(part.text);
        report.orphans.push(key);
      } else report.removed.push(key);
      continue;
    }
    used.add(key);
    if (replacement.marker!.hash === part.marker.hash) out.push(part.text);
    else if (!edited || options.overwriteEdited) {
      out.push(replacement.text);
      report.replaced.push(key);
    } else {
      out.push(part.text);
      report.conflicts.push(key);
    }
  }
  for (const part of next) {
    if (!part.marker || used.has(part.marker.key)) continue;
    if (part.marker.key === HEAD_KEY) out.unshift(part.text);
    else out.push(part.text);
    report.added.push(part.marker.key);
  }
  report.text = out.length > 0 ? `${out.join('\n\n')}\n` : '';
  return report;
}

/** The file head (everything before the first test, component, setup or teardown) and the chunks after it. */
function parts(text: string): Part[] {
  const chunks = scanChunks(text).chunks;
  const bodyStart = chunks.findIndex((c) => !c.trivia && !isHead(text.slice(c.start, c.end)));
  const headEnd = bodyStart < 0 ? chunks.length : bodyStart;
  const result: Part[] = [];
  if (headEnd > 0) {
    const head = text.slice(chunks[0].start, chunks[headEnd - 1].end);
    result.push({ text: head, marker: markerIn(head), head: true });
  }
  for (const c of chunks.slice(headEnd)) {
    const chunk = text.slice(c.start, c.end);
    result.push({ text: chunk, marker: c.trivia ? undefined : markerIn(chunk) });
  }
  return result;
}

/** True for a chunk of the file head: an `import`, `use` or `vars` item, or only comments. */
function isHead(chunk: string): boolean {
  const code = chunk.split('\n').find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return code === undefined || /^(import|use|vars)\b/.test(code);
}

function markerIn(chunk: string): Marker | undefined {
  for (const line of chunk.split('\n')) {
    if (!line.startsWith('#')) continue;
    const marker = readMarker(line);
    if (marker) return marker;
  }
  return undefined;
}

function withoutMarker(chunk: string): string {
  return chunk
    .split('\n')
    .filter((l) => !readMarker(l))
    .join('\n');
}
