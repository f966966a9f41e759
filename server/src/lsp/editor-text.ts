/**
 * The text of an open document, kept in blocks of a few thousand characters with a table of line
 * starts. An edit rewrites the blocks it touches and the line starts around it; the whole text is made
 * into one string only when a feature asks for it (`getText()`), and kept until the next edit.
 *
 * Why not one string: every version of a 10 MB document held as one string is a new 10 MB string (V8
 * flattens the concatenation on first read), garbage that only a major GC frees. Editing a large file
 * grew the server by ~11 MB a keystroke until V8 collected. The parser reads only around each edit
 * (`slice`), so typing costs no full copy of the text.
 *
 * Positions behave as `vscode-languageserver-textdocument`'s: lines end at `\n`, `\r\n` or `\r`, and no
 * position falls inside or after a line's end-of-line characters.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { replaceRange } from '../core/syntax/replace-range';
import { ownCopy } from '../core/text/own-copy';

/** Target block length; blocks stay between a quarter of it and twice it (except a short last block). */
const BLOCK = 4096;
const CR = 13;
const LF = 10;

export class EditorText implements TextDocument {
  /** The text in blocks; made from `whole` at the first edit. */
  private blocks: string[] = [];
  /** Where each block starts in the text. */
  private blockStarts: number[] = [];
  private blocksMade = false;
  /** Where each line starts; the first is 0. */
  private lines: number[] = [0];
  private size = 0;
  /** The whole text as one string, once asked for; dropped by the next edit. */
  private whole?: string;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.replace(text);
  }

  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Replaces the whole text. */
  replace(text: string): void {
    this.blocks = [];
    this.blockStarts = [];
    this.blocksMade = false;
    this.size = text.length;
    this.whole = text;
    this.lines = [0];
    this.lineStartsIn(1, text.length, this.lines);
  }

  /** Replaces `[start, end)` of the text with `text`. */
  edit(start: number, end: number, text: string): void {
    const delta = text.length - (end - start);
    if (!this.blocksMade) this.makeBlocks();
    this.editBlocks(start, end, text);
    this.size += delta;
    this.whole = undefined;
    // Line starts before `start` and after `end` depend only on characters the edit kept; the ones
    // between are found again (a `\r` before the edit may now be followed by a `\n`, and so on).
    const from = Math.max(1, firstAbove(this.lines, start - 1));
    const to = firstAbove(this.lines, end);
    const middle = this.lineStartsIn(Math.max(start, 1), start + text.length, []);
    replaceRange(this.lines, from, to - from, middle);
    if (delta !== 0) for (let i = from + middle.length; i < this.lines.length; i++) this.lines[i] += delta;
  }

  /** The text of `[start, end)`, read from the blocks it spans. */
  slice(start: number, end: number): string {
    start = Math.max(0, start);
    end = Math.min(this.size, end);
    if (end <= start) return '';
    if (this.whole !== undefined) return this.whole.slice(start, end);
    let i = this.blockAt(start);
    let out = '';
    for (let at = start; at < end; i++) {
      const blockStart = this.blockStarts[i];
      const piece = this.blocks[i].slice(at - blockStart, end - blockStart);
      out += piece;
      at += piece.length;
    }
    return out;
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    this.whole ??= this.blocks.join('');
    return this.whole;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.size));
    const line = firstAbove(this.lines, offset) - 1;
    const start = this.lines[line];
    return { line, character: this.beforeEol(offset, start) - start };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines.length) return this.size;
    if (position.line < 0) return 0;
    const start = this.lines[position.line];
    if (position.character <= 0) return start;
    return this.beforeEol(Math.min(start + position.character, this.lineEnd(position.line)), start);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= this.lines.length) {
      const last = this.lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - this.lines[last] } };
    }
    const start = this.lines[line];
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(this.lineEnd(line), start) - start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return '';
    const end = this.lineEnd(line);
    return this.slice(this.beforeEol(end, this.lines[line]), end);
  }

  /** Where line `line` ends, its end-of-line characters included. */
  private lineEnd(line: number): number {
    return line + 1 < this.lines.length ? this.lines[line + 1] : this.size;
  }

  /** `offset` moved back before any end-of-line characters, but not before `lineStart`. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private charCodeAt(offset: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(offset);
    const i = this.blockAt(offset);
    return this.blocks[i].charCodeAt(offset - this.blockStarts[i]);
  }

  /** Adds to `starts` the line starts `q` with `from <= q <= to`: `q` follows a `\n`, or a `\r` that no `\n` follows. */
  private lineStartsIn(from: number, to: number, starts: number[]): number[] {
    if (from > to) return starts;
    const base = from - 1;
    const text = this.slice(base, to + 1);
    for (let k = 0; k + base < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) starts.push(base + k + 1);
    }
    return starts;
  }

  /**
   * Cuts the whole text into blocks: not before the first edit, so a document only read needs none. The
   * blocks are views of the text as opened (no copy of it is made; it stays alive while a block has not
   * been edited), while edited blocks are strings of their own, so no later version of the text is kept.
   */
  private makeBlocks(): void {
    const text = this.whole as string;
    for (let at = 0; at < text.length; at += BLOCK) {
      this.blockStarts.push(at);
      this.blocks.push(text.slice(at, at + BLOCK));
    }
    this.blocksMade = true;
  }

  /** Rewrites the blocks that `[start, end)` touches, keeping their lengths in bounds. */
  private editBlocks(start: number, end: number, text: string): void {
    if (this.blocks.length === 0) {
      this.setBlocks(0, 0, 0, text);
      return;
    }
    let first = this.blockAt(start);
    let last = this.blockAt(Math.max(start, end - 1));
    let content = this.blocks[first].slice(0, start - this.blockStarts[first]) + text + this.blocks[last].slice(end - this.blockStarts[last]);
    // A block that became short takes in a neighbour, so that deletions do not leave many tiny blocks.
    if (content.length < BLOCK / 4 && last + 1 < this.blocks.length) content += this.blocks[++last];
    else if (content.length < BLOCK / 4 && first > 0) content = this.blocks[--first] + content;
    this.setBlocks(first, last + 1, this.blockStarts[first], content);
  }

  /** Replaces blocks `[first, end)` with `content`, which starts at `at`, cut into blocks. */
  private setBlocks(first: number, end: number, at: number, content: string): void {
    const pieces: string[] = [];
    if (content.length <= 2 * BLOCK) {
      if (content.length > 0) pieces.push(ownCopy(content));
    } else {
      for (let k = 0; k < content.length; k += BLOCK) pieces.push(ownCopy(content.slice(k, k + BLOCK)));
    }
    replaceRange(this.blocks, first, end - first, pieces);
    this.blockStarts.length = first;
    for (let i = first; i < this.blocks.length; i++) {
      this.blockStarts.push(at);
      at += this.blocks[i].length;
    }
  }

  /** The index of the block that holds `offset` (the last block for the text's length). */
  private blockAt(offset: number): number {
    return Math.max(0, Math.min(firstAbove(this.blockStarts, offset), this.blocks.length) - 1);
  }
}

/** The first index whose value is above `offset` in a sorted column. */
function firstAbove(column: readonly number[], offset: number): number {
  let lo = 0;
  let hi = column.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (column[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isEol(c: number): boolean {
  return c === CR || c === LF;
}
