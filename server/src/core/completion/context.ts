/**
 * Reads the cursor's context from the text alone. Input: the document and an offset. Output: the token
 * being typed and what the grammar expects where it starts, or undefined where nothing can be completed
 * (a comment, a `"""` block). Past a URL's start, the whole URL typed so far is the token.
 *
 * The expected set comes from Ohm: the top-level chunk around the cursor is matched up to the token with
 * the start rule `Chunk`, and the rightmost failures name what could come next. A failure on an earlier
 * line (a broken statement above) is blanked out and the match tried again, as the chunk parser does.
 */
import type * as ohm from 'ohm-js';
import { HTTP_METHODS } from '../ast';
import { assayGrammar } from '../grammar/grammar';
import { STATEMENT_KEYWORDS } from '../syntax/parse-errors';
import { scanChunks } from '../syntax/scan';
import type { CompletionContext, CompletionSources, Token, TokenKind } from './types';

/** Earlier broken lines skipped before giving up on the expected set. */
const MAX_RECOVERIES = 4;
/** Chunk text longer than this is cut to its head and its last statements before matching. */
const WINDOW = 8000;

const HEADER_LINE = /^[ \t]*[A-Za-z0-9_.-]+:[ \t]*([^\n]*)$/;
const REQUEST_URL = new RegExp(`^[ \\t]*(?:${HTTP_METHODS.join('|')})[ \\t]+(\\S+)$`);
const JSONPATH = /(?:^|[\s(,[])(\$[^\s]*)$/;
const OPERATOR = /(?:^|\s)([=!<>]+)$/;
const WORD = /[A-Za-z0-9_-]*$/;
const WORD_AFTER = /^[A-Za-z0-9_-]*/;
const BOUNDARY = /[\s(,@[]/;

/** The completion context at `offset` in `text`, or undefined where nothing can be completed. */
export function completionContext(text: string, offset: number, sources: CompletionSources = {}): CompletionContext | undefined {
  const cursor = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const line = text.slice(lineStart, cursor);
  const chunkStart = sources.chunkStart?.(cursor) ?? chunkStartBefore(text, cursor);
  if (insideTripleString(text.slice(chunkStart, lineStart))) return undefined;
  const lexical = lexicalToken(line, true);
  if (!lexical) return undefined;
  let token = toToken(text, lineStart, cursor, lexical);
  if (token.start < chunkStart) return undefined;
  let before = text.slice(chunkStart, token.start);
  let expected = token.kind === 'interp' ? new Set<string>() : expectedAt(before);
  if (token.kind === 'headerValue' && !expected.has('a header name')) {
    // Not a header after all (an object entry `name: value`, say): read the line without that reading.
    const other = lexicalToken(line, false);
    if (!other) return undefined;
    token = toToken(text, lineStart, cursor, other);
    before = text.slice(chunkStart, token.start);
    expected = expectedAt(before);
  }
  return { text, offset: cursor, token, expected, before, sources };
}

/** The start of the top-level chunk that holds `offset` (or would, for text typed at column 0). */
function chunkStartBefore(text: string, offset: number): number {
  const { chunks } = scanChunks(text, 0, (start) => start > offset);
  const last = chunks[chunks.length - 1];
  return last && last.start <= offset ? last.start : offset;
}

function insideTripleString(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('"""'); i >= 0; i = text.indexOf('"""', i + 3)) count++;
  return count % 2 === 1;
}

interface Lexical {
  kind: TokenKind;
  /** Where the token starts in the line. */
  at: number;
}

/** Classifies the end of `line` (the cursor's line up to the cursor); `header` allows a header value. */
function lexicalToken(line: string, header: boolean): Lexical | undefined {
  const strings = stringState(line);
  if (strings.comment) return undefined;
  const open = line.lastIndexOf('{{');
  if (open >= 0 && open > line.lastIndexOf('}}')) {
    let at = open + 2;
    while (line[at] === ' ') at++;
    return { kind: 'interp', at };
  }
  const value = header ? HEADER_LINE.exec(line) : null;
  if (value) return { kind: 'headerValue', at: line.length - value[1].length };
  if (strings.openQuote >= 0) return { kind: 'string', at: strings.openQuote };
  const path = JSONPATH.exec(line);
  if (path) return { kind: 'jsonpath', at: line.length - path[1].length };
  const op = OPERATOR.exec(line);
  if (op) return { kind: 'operator', at: line.length - op[1].length };
  return wordToken(line) ?? urlToken(line);
}

function wordToken(line: string): Lexical | undefined {
  const at = line.length - (WORD.exec(line)?.[0].length ?? 0);
  return at === 0 || BOUNDARY.test(line[at - 1]) ? { kind: 'word', at } : undefined;
}

/** The URL of a request line, when the cursor is past its start (within it, a word has no boundary). */
function urlToken(line: string): Lexical | undefined {
  const url = REQUEST_URL.exec(line);
  return url ? { kind: 'url', at: line.length - url[1].length } : undefined;
}

/** Where an unclosed string opens on the line (-1 if none), and whether the line ends in a comment. */
function stringState(line: string): { openQuote: number; comment: boolean } {
  let openQuote = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (openQuote >= 0) {
      if (c === '\\') i++;
      else if (c === '"') openQuote = -1;
    } else if (c === '"') {
      openQuote = i;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return { openQuote: -1, comment: true };
    }
  }
  return { openQuote, comment: false };
}

function toToken(text: string, lineStart: number, cursor: number, lexical: Lexical): Token {
  const start = lineStart + lexical.at;
  const after = lexical.kind === 'word' || lexical.kind === 'interp' ? (WORD_AFTER.exec(text.slice(cursor, cursor + 200))?.[0].length ?? 0) : 0;
  return { kind: lexical.kind, start, end: cursor + after, text: text.slice(start, cursor) };
}

/**
 * What the grammar expects at the end of `before` (a chunk's text up to the token); nothing when the
 * text cannot be matched at all (brackets nested too deep for the parser's recursion).
 */
export function expectedAt(before: string): Set<string> {
  try {
    return expectedAfter(before);
  } catch {
    return new Set();
  }
}

function expectedAfter(before: string): Set<string> {
  const grammar = assayGrammar();
  let attempt = windowed(before);
  for (let round = 0; round <= MAX_RECOVERIES; round++) {
    const match = grammar.match(attempt, 'Chunk');
    if (match.succeeded()) {
      // A complete item: what follows it on a fresh line is a new top-level item.
      const tail = attempt.slice(attempt.lastIndexOf('\n') + 1);
      return attempt.includes('\n') && tail.trim() === '' ? expectedAt('') : new Set();
    }
    const pos = (match as ohm.FailedMatchResult).getRightmostFailurePosition();
    if (attempt.slice(pos).trim() === '') return expectedItems(match);
    // A failure before the token: only an earlier line can be skipped.
    if (pos >= attempt.lastIndexOf('\n') + 1) return new Set();
    attempt = blankLine(attempt, pos);
  }
  return new Set();
}

function expectedItems(match: ohm.MatchResult): Set<string> {
  const failures = (match as unknown as { getRightmostFailures(): { type: string; getText(): string }[] }).getRightmostFailures();
  const expected = new Set<string>();
  for (const f of failures) if (f.type === 'string' || f.type === 'description') expected.add(f.getText());
  return expected;
}

/** Replaces the line around `pos` with spaces. */
function blankLine(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

const STATEMENT_START = new RegExp(`\\n[ \\t]+(?:${[...HTTP_METHODS, ...STATEMENT_KEYWORDS].join('|')})[ \\t]`, 'g');

/**
 * Keeps a long chunk quick to match: its head (up to the line that opens its block) and its text from
 * the first statement that starts within the window; the statements in between cannot change what the
 * block expects next.
 */
function windowed(before: string): string {
  if (before.length <= WINDOW) return before;
  const opener = /\{[ \t]*(?:#[^\n]*)?\n/.exec(before);
  if (!opener) return before;
  const headEnd = opener.index + opener[0].length;
  STATEMENT_START.lastIndex = Math.max(headEnd, before.length - WINDOW);
  const from = STATEMENT_START.exec(before)?.index ?? -1;
  return from > headEnd ? before.slice(0, headEnd) + before.slice(from) : before;
}
