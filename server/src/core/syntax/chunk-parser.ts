/**
 * Parses one top-level chunk. Input: the chunk's text and its offset in the document. Output: its item,
 * its errors and every span in them. Never throws.
 *
 * When the chunk does not match, the failing line is reported, blanked out, and the chunk matched again
 * (a few times at most), so one bad line costs one diagnostic and the rest of the block is still read.
 * A block whose head cannot be read becomes a `Broken` item that keeps its keyword and name. So does a
 * block the parser cannot finish at all (brackets nested too deep for its recursion, or a bug): it is
 * reported as an error on the block, never thrown.
 */
import type { BrokenItem, Span, TopItem } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { assayGrammar } from '../grammar/grammar';
import { buildChunk } from './build-ast';
import { deepestBracket } from './nesting';
import { describeFailure, MISSING_BRACE } from './parse-errors';

export interface ParsedChunk {
  item: TopItem;
  errors: Diagnostic[];
  /** Every span object in `item` and `errors`, each once: moving the chunk shifts them all. */
  spans: Span[];
}

const MAX_RECOVERIES = 8;

export function parseChunk(text: string, base: number): ParsedChunk {
  try {
    return matchChunk(text, base);
  } catch (e) {
    return unreadable(text, base, e);
  }
}

function matchChunk(text: string, base: number): ParsedChunk {
  const grammar = assayGrammar();
  const errors: Diagnostic[] = [];
  const spans: Span[] = [];
  const headEnd = endOfHeadLine(text);
  let attempt = text;
  let closedBrace = false;

  for (let round = 0; round <= MAX_RECOVERIES; round++) {
    const match = grammar.match(attempt, 'Chunk');
    if (match.succeeded()) {
      const built = buildChunk(match, base);
      for (const e of built.errors) errors.push(e);
      for (const s of built.spans) spans.push(s);
      errors.forEach((e) => registerSpans(e, spans, built.spans));
      if (closedBrace) clampTo(built.spans, base + text.length);
      if (built.item.kind === 'Test' || built.item.kind === 'Component') {
        const doc = docComment(text);
        if (doc !== undefined) built.item.doc = doc;
      }
      // `spans` at its final size: it grew by `push`, and a large file holds one per chunk.
      return { item: built.item, errors, spans: spans.slice() };
    }
    const failure = describeFailure(match, attempt, base);
    const pos = failure.span.start - base;
    if (errors.some((e) => e.span.start === failure.span.start)) break;
    errors.push(failure);
    if (!closedBrace && attempt.slice(pos).trim() === '' && failure.message === MISSING_BRACE) {
      const end = base + text.length;
      failure.fix = { span: { start: end, end }, text: '\n}', title: 'Add the missing `}`' };
      attempt += '\n}';
      closedBrace = true;
      continue;
    }
    if (pos <= headEnd) break;
    attempt = blankLine(attempt, pos);
  }
  const item = brokenItem(text, base);
  spans.push(item.span);
  errors.forEach((e) => registerSpans(e, spans, []));
  return { item, errors, spans };
}

/** A chunk the parser threw on: one error where it nests deepest (or on its first line), and a `Broken` item. */
function unreadable(text: string, base: number, e: unknown): ParsedChunk {
  const item = brokenItem(text, base);
  const deepest = deepestBracket(text);
  const tooDeep = e instanceof RangeError;
  const start = base + (tooDeep ? deepest.offset : 0);
  const span = { start, end: tooDeep ? start + 1 : base + endOfHeadLine(text) };
  const message = tooDeep
    ? `Brackets nested too deeply to read: ${deepest.depth} levels here; expected far fewer (values nested a few dozen deep are fine)`
    : `This block could not be read: ${e instanceof Error ? e.message : String(e)}`;
  return { item, errors: [{ code: 'parse-error', severity: 'error', message, span }], spans: [item.span, span] };
}

function registerSpans(e: Diagnostic, spans: Span[], alreadyRegistered: Span[]): void {
  if (!alreadyRegistered.includes(e.span)) spans.push(e.span);
  if (e.fix && e.fix.span !== e.span && !alreadyRegistered.includes(e.fix.span)) spans.push(e.fix.span);
}

/** The comment lines right above the item (and its decorators), without `#`, or undefined. */
function docComment(text: string): string | undefined {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('@')) break;
    if (line === '') lines.length = 0;
    else if (line.startsWith('#')) lines.push(line.replace(/^#+ ?/, ''));
    else break;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Keeps spans inside the chunk after a `}` was added past its end to read it. */
function clampTo(spans: Span[], end: number): void {
  for (const s of spans) {
    if (s.end > end) s.end = end;
    if (s.start > end) s.start = end;
  }
}

/** Replaces the line around `pos` with spaces, keeping every offset where it was. */
function blankLine(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** The end of the item's first line (after comments and decorators): failures there cannot be skipped. */
function endOfHeadLine(text: string): number {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trimStart();
    if (line !== '' && !line.startsWith('#') && !line.startsWith('@')) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

const HEAD = /^\s*(?:(?:#[^\n]*|@[^\n]*)\n\s*)*([A-Za-z_]+)\s*(?:"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][A-Za-z0-9_]*))?/;

function brokenItem(text: string, base: number): BrokenItem {
  const head = HEAD.exec(text);
  const item: BrokenItem = { kind: 'Broken', span: { start: base, end: base + text.length }, steps: [] };
  if (head) {
    item.keyword = head[1];
    const name = head[2] ?? head[3];
    if (name !== undefined) item.name = name;
  }
  return item;
}
