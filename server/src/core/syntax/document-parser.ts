/**
 * Parsing for an editor. A `DocumentParser` keeps the chunks of the last text it parsed; after an edit
 * it rescans only from the chunk before the edit until the chunk boundaries line up with the old ones
 * again, re-parses only the chunks whose text changed, and moves the rest by the edit's length.
 *
 * Moving is lazy: a moved chunk records how far its spans lag behind the text and applies that when its
 * item is read (`settle`, or the `ast` and `errors` of a result), so an edit near the top of a large file
 * does not walk every span below it. Readers of a result always see exact spans. The chunks are kept as
 * a table of dense arrays (`ChunkTable`), so that moving them reads no chunk object either, spliced in
 * place after an edit, and the parser says which chunks an update replaced (`ChunkChange`), for callers
 * that keep data per chunk.
 *
 * After an edit the text is read only around it (`TextSource.slice`), so that an editor may keep a large
 * text in pieces and never join it into one string while typing.
 *
 * `parse(text)` is the one-shot form. Neither throws on any text: a broken chunk yields errors and the
 * others are unaffected.
 */
import type { AssayFile, Span, TopItem } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { ownCopy } from '../text/own-copy';
import { parseChunk, type ParsedChunk } from './chunk-parser';
import { replaceRange } from './replace-range';
import { scanChunks, type Chunk } from './scan';

/**
 * What parsing gives. `ast` and `errors` are computed on first read (settling every chunk) and stay
 * valid until the parser's next update, which may move their spans; a first read after that throws.
 */
export interface ParseResult {
  readonly ast: AssayFile;
  readonly errors: Diagnostic[];
}

/** A text the parser can read in parts; a string is one. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** How much text after an edit is read first to find where the chunks line up again; doubled until they do. */
const SCAN_WINDOW = 16_384;

/** An edit, in offsets: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The chunks of the current text, as parallel arrays indexed by chunk (comment-only chunks included).
 * Dense arrays, so that a pass over all chunks reads no item: on large files that is what costs.
 */
export interface ChunkTable {
  /** Each chunk's item; undefined for a comment-only chunk. */
  readonly items: readonly (TopItem | undefined)[];
  /** Each chunk's parse errors; undefined when it has none. */
  readonly errors: readonly (readonly Diagnostic[] | undefined)[];
  /** Where each chunk starts and ends in the current text; always exact. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** How far the spans in each chunk's item and errors lag behind the text, until it is settled. */
  readonly lags: readonly number[];
}

/** What the last update replaced: chunks `[at, at + removed)` of the old table are `[at, at + added)` of the new one. */
export interface ChunkChange {
  at: number;
  removed: number;
  added: number;
}

/** A chunk's text and what parsing it gave; where it is lives in the table. */
interface Entry {
  text: string;
  parsed?: ParsedChunk;
}

/** The table with the entries behind it. */
interface Table extends ChunkTable {
  readonly entries: Entry[];
  readonly items: (TopItem | undefined)[];
  readonly errors: (Diagnostic[] | undefined)[];
  readonly starts: number[];
  readonly ends: number[];
  readonly lags: number[];
}

export class DocumentParser {
  private table: Table = { entries: [], items: [], errors: [], starts: [], ends: [], lags: [] };
  /** Counts updates: a result knows whether it is still the current one. */
  private version = 0;
  private change: ChunkChange = { at: 0, removed: 0, added: 0 };
  private length = 0;

  /**
   * Parses `text`; with `edit`, reuses everything the edit did not touch and reads the text only around
   * it. Without one, chunks whose text is unchanged anywhere in the file are reused too (a whole-text
   * update, or a file read again).
   */
  update(text: TextSource, edit?: TextEdit): ParseResult {
    if (edit && this.table.entries.length > 0) this.reparse(text, edit);
    else {
      const whole = typeof text === 'string' ? text : text.slice(0, text.length);
      const added = this.tableFor(whole, 0, scanChunks(whole).chunks, this.table.entries.map((_, i) => i));
      this.change = { at: 0, removed: this.table.entries.length, added: added.entries.length };
      this.table = added;
    }
    this.length = text.length;
    this.version++;
    return this.result();
  }

  /** The items and errors of the current text, without parsing anything again; built when first read. */
  result(): ParseResult {
    const table = this.table;
    const length = this.length;
    const version = this.version;
    let built: { ast: AssayFile; errors: Diagnostic[] } | undefined;
    const build = (): { ast: AssayFile; errors: Diagnostic[] } => {
      if (built) return built;
      // Settling an old table would move spans that the current one still counts as lagging.
      if (version !== this.version) throw new Error('A parse result was first read after a later update of its parser');
      const items: TopItem[] = [];
      const errors: Diagnostic[] = [];
      for (let i = 0; i < table.entries.length; i++) {
        const parsed = table.entries[i].parsed;
        if (!parsed) continue;
        settle(table, i);
        items.push(parsed.item);
        for (const e of parsed.errors) errors.push(e);
      }
      built = { ast: { kind: 'File', span: { start: 0, end: length }, items }, errors };
      return built;
    };
    return {
      get ast() {
        return build().ast;
      },
      get errors() {
        return build().errors;
      },
    };
  }

  /** The chunks of the current text; an update changes them (in place after an edit). */
  chunks(): ChunkTable {
    return this.table;
  }

  /** Which chunks the last update replaced. */
  lastChange(): ChunkChange {
    return this.change;
  }

  /** Makes the spans of chunk `index`'s item and errors exact. Cheap when the chunk has not moved. */
  settle(index: number): void {
    settle(this.table, index);
  }

  /**
   * Lends the parse of the chunk that starts at `start` with text `text` (undefined when there is no
   * such chunk): `use` sees its item and errors with spans counted from the chunk's start, as
   * `parseChunk(text, 0)` would give them, and must not keep them; they are put back when it returns.
   */
  lendChunk<T>(start: number, text: string, use: (parsed: ParsedChunk) => T): T | undefined {
    const i = indexOf(this.table.starts, start, 0);
    const parsed = i >= 0 ? this.table.entries[i].parsed : undefined;
    if (!parsed || this.table.entries[i].text !== text) return undefined;
    settle(this.table, i);
    shift(parsed.spans, -start);
    try {
      return use(parsed);
    } finally {
      shift(parsed.spans, start);
    }
  }

  private reparse(text: TextSource, edit: TextEdit): void {
    const old = this.table;
    const delta = edit.newEnd - edit.oldEnd;
    const touched = Math.max(0, firstAtOrAfter(old.ends, edit.start) - 1);
    const from = touched === 0 ? 0 : old.starts[touched];

    // Old chunks that start after the edit are still chunks of the new text, moved by `delta`.
    const firstAfter = firstAtOrAfter(old.starts, edit.oldEnd);
    let resumeAt = -1;
    const stopAt = (offset: number): boolean => {
      if (offset < edit.newEnd) return false;
      const i = indexOf(old.starts, offset - delta, firstAfter);
      if (i >= 0) resumeAt = i;
      return i >= 0;
    };
    // Scan a window of the text from `from`; when the chunks do not line up again inside it, the last
    // chunk may be cut short by the window's end, so scan a larger one.
    let window: string;
    let scanned: Chunk[];
    for (let size = SCAN_WINDOW; ; size *= 2) {
      const to = Math.min(text.length, edit.newEnd + size);
      window = text.slice(from, to);
      resumeAt = -1;
      const scan = scanChunks(window, 0, (offset) => stopAt(from + offset));
      scanned = scan.chunks.map((c) => ({ start: from + c.start, end: from + c.end, trivia: c.trivia }));
      if (scan.stoppedAt < window.length || to === text.length) break;
    }
    const end = resumeAt >= 0 ? resumeAt : old.entries.length;
    const candidates: number[] = [];
    for (let i = touched; i < end; i++) candidates.push(i);
    const added = this.tableFor(window, from, scanned, candidates);
    const table = this.table;
    const removed = end - touched;
    replaceRange(table.entries, touched, removed, added.entries);
    replaceRange(table.items, touched, removed, added.items);
    replaceRange(table.errors, touched, removed, added.errors);
    replaceRange(table.starts, touched, removed, added.starts);
    replaceRange(table.ends, touched, removed, added.ends);
    replaceRange(table.lags, touched, removed, added.lags);
    for (let i = touched + added.entries.length; i < table.entries.length; i++) {
      table.starts[i] += delta;
      table.ends[i] += delta;
      table.lags[i] += delta;
    }
    this.change = { at: touched, removed: end - touched, added: added.entries.length };
  }

  /**
   * A table of freshly scanned chunks, reusing the parse of any old chunk (by index) with the same text.
   * `text` is the document's text from offset `base` on, far enough to hold every chunk.
   */
  private tableFor(text: string, base: number, chunks: readonly Chunk[], candidates: readonly number[]): Table {
    const old = this.table;
    const byText = new Map<string, number>();
    for (const i of candidates) if (old.entries[i].parsed) byText.set(old.entries[i].text, i);
    const table: Table = { entries: [], items: [], errors: [], starts: [], ends: [], lags: [] };
    for (const chunk of chunks) {
      const chunkText = ownCopy(text.slice(chunk.start - base, chunk.end - base));
      const reused = byText.get(chunkText);
      let entry: Entry;
      let lag = 0;
      if (reused !== undefined) {
        byText.delete(chunkText);
        entry = old.entries[reused];
        lag = old.lags[reused] + chunk.start - old.starts[reused];
      } else {
        entry = { text: chunkText };
        if (!chunk.trivia) entry.parsed = parseChunk(chunkText, chunk.start);
      }
      table.entries.push(entry);
      table.items.push(entry.parsed?.item);
      table.errors.push(entry.parsed && entry.parsed.errors.length > 0 ? entry.parsed.errors : undefined);
      table.starts.push(chunk.start);
      table.ends.push(chunk.end);
      table.lags.push(lag);
    }
    return table;
  }
}

/** Parses a whole document once. */
export function parse(text: string): ParseResult {
  return new DocumentParser().update(text);
}

function settle(table: Table, index: number): void {
  const delta = table.lags[index];
  if (delta === 0) return;
  table.lags[index] = 0;
  const spans = table.entries[index].parsed?.spans;
  if (spans) shift(spans, delta);
}

function shift(spans: readonly Span[], delta: number): void {
  for (let i = 0; i < spans.length; i++) {
    spans[i].start += delta;
    spans[i].end += delta;
  }
}

/** The first index whose value is at or after `offset` in a sorted column. */
function firstAtOrAfter(column: readonly number[], offset: number): number {
  let lo = 0;
  let hi = column.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (column[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index (not below `from`) whose value is exactly `offset` in a sorted column, or -1. */
function indexOf(column: readonly number[], offset: number, from: number): number {
  const i = firstAtOrAfter(column, offset);
  return i >= from && i < column.length && column[i] === offset ? i : -1;
}
