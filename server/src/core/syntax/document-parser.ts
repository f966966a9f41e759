/**
 * Parsing for an editor. A `DocumentParser` keeps the chunks of the last text it parsed; after an edit
 * it rescans only from the chunk before the edit until the chunk boundaries line up with the old ones
 * again, re-parses only the chunks whose text changed, and moves the rest by the edit's length.
 *
 * `parse(text)` is the one-shot form. Neither ever throws: a broken chunk yields errors and the others
 * are unaffected.
 */
import type { AssayFile, TopItem } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { parseChunk, type ParsedChunk } from './chunk-parser';
import { scanChunks, type Chunk } from './scan';

export interface ParseResult {
  ast: AssayFile;
  errors: Diagnostic[];
}

/** An edit, in offsets: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** A chunk of the current text and what parsing it gave, at the offsets its spans now use. */
interface Entry extends Chunk {
  text: string;
  parsed?: ParsedChunk;
}

export class DocumentParser {
  private entries: Entry[] = [];
  private text = '';

  /** Parses `text`; with `edit`, reuses everything the edit did not touch. */
  update(text: string, edit?: TextEdit): ParseResult {
    this.entries = edit && this.entries.length > 0 ? this.reparse(text, edit) : this.entriesFor(text, scanChunks(text).chunks, []);
    this.text = text;
    return this.result();
  }

  /** The items and errors of the current text, without parsing anything again. */
  result(): ParseResult {
    const items: TopItem[] = [];
    const errors: Diagnostic[] = [];
    for (const entry of this.entries) {
      if (!entry.parsed) continue;
      items.push(entry.parsed.item);
      for (const e of entry.parsed.errors) errors.push(e);
    }
    return { ast: { kind: 'File', span: { start: 0, end: this.text.length }, items }, errors };
  }

  private reparse(text: string, edit: TextEdit): Entry[] {
    const old = this.entries;
    const delta = edit.newEnd - edit.oldEnd;
    const touched = Math.max(0, firstEndingAtOrAfter(old, edit.start) - 1);
    const from = touched === 0 ? 0 : old[touched].start;

    // Old chunks that start after the edit are still chunks of the new text, moved by `delta`.
    const firstAfter = firstStartingAtOrAfter(old, edit.oldEnd);
    let resumeAt = -1;
    const stopAt = (offset: number): boolean => {
      if (offset < edit.newEnd) return false;
      const i = indexOfStart(old, offset - delta, firstAfter);
      if (i >= 0) resumeAt = i;
      return i >= 0;
    };
    const scanned = scanChunks(text, from, stopAt).chunks;
    const replaced = old.slice(touched, resumeAt >= 0 ? resumeAt : old.length);
    const kept = resumeAt >= 0 ? old.slice(resumeAt) : [];
    for (const entry of kept) move(entry, delta);
    return [...old.slice(0, touched), ...this.entriesFor(text, scanned, replaced), ...kept];
  }

  /** Entries for freshly scanned chunks, reusing the parse of any old chunk with the same text. */
  private entriesFor(text: string, chunks: Chunk[], candidates: Entry[]): Entry[] {
    const byText = new Map<string, Entry>();
    for (const c of candidates) if (c.parsed) byText.set(c.text, c);
    return chunks.map((chunk) => {
      const chunkText = text.slice(chunk.start, chunk.end);
      const reused = byText.get(chunkText);
      if (reused) {
        byText.delete(chunkText);
        move(reused, chunk.start - reused.start);
        return reused;
      }
      const entry: Entry = { ...chunk, text: chunkText };
      if (!chunk.trivia) entry.parsed = parseChunk(chunkText, chunk.start);
      return entry;
    });
  }
}

/** Parses a whole document once. */
export function parse(text: string): ParseResult {
  return new DocumentParser().update(text);
}

function move(entry: Entry, delta: number): void {
  if (delta === 0) return;
  entry.start += delta;
  entry.end += delta;
  const spans = entry.parsed?.spans;
  if (!spans) return;
  for (let i = 0; i < spans.length; i++) {
    spans[i].start += delta;
    spans[i].end += delta;
  }
}

function firstEndingAtOrAfter(entries: Entry[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstStartingAtOrAfter(entries: Entry[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index (not below `from`) of the entry starting exactly at `offset`, or -1. */
function indexOfStart(entries: Entry[], offset: number, from: number): number {
  const i = firstStartingAtOrAfter(entries, offset);
  return i >= from && i < entries.length && entries[i].start === offset ? i : -1;
}
