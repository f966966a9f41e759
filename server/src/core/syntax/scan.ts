/**
 * The block scanner: a cheap pass that cuts a document into top-level chunks (a test, a component,
 * an import ... with the comments and decorators above it) so that each chunk can be parsed, cached
 * and re-parsed on its own.
 *
 * It follows brackets, strings, `"""` blocks, regex literals and comments, and nothing else. A line
 * that starts at column 0 with a top-level keyword (`test "`, `component x`, `@tag` ...) always starts
 * a new chunk, so a missing `}` breaks one chunk and never swallows the rest of the file.
 */

/** A top-level chunk: the text `[start, end)` of the document. */
export interface Chunk {
  start: number;
  end: number;
  /** True when the chunk holds only comments (the end of a file, say): there is nothing to parse. */
  trivia: boolean;
}

const TOP_LEVEL_START =
  /(?:test\s*"|component\s+[A-Za-z_]|setup\s*\{|teardown\s*\{|vars\s*\{|import\s*"|use\s+(?:openapi|graphql)\b|@[A-Za-z_])/y;
const REGEX_KEYWORD_BEFORE = /(?:^|[\s])(?:matches|regex)\s*$/;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const QUOTE = 34;
const HASH = 35;
const SLASH = 47;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const AT = 64;

/** Bracket depth and `"""` state carried from one line to the next. */
interface LineState {
  depth: number;
  inTriple: boolean;
  sawOpen: boolean;
}

export interface ScanResult {
  chunks: Chunk[];
  /** Where scanning stopped because `stopAt` said so; the document's length when it ran to the end. */
  stoppedAt: number;
}

/**
 * Scans `text` from offset `from` (which must be the start of a line outside any chunk) to the end,
 * or until a chunk would start at an offset for which `stopAt` returns true.
 */
export function scanChunks(text: string, from = 0, stopAt?: (offset: number) => boolean): ScanResult {
  const chunks: Chunk[] = [];
  const n = text.length;
  const state: LineState = { depth: 0, inTriple: false, sawOpen: false };
  let chunkStart = -1;
  let onlyComments = true;
  let pos = from;

  const close = (end: number): void => {
    chunks.push({ start: chunkStart, end: trimEnd(text, chunkStart, end), trivia: onlyComments });
    chunkStart = -1;
    onlyComments = true;
    state.depth = 0;
    state.inTriple = false;
    state.sawOpen = false;
  };

  while (pos < n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    const first = skipBlanks(text, pos, lineEnd);
    const blank = first === lineEnd;
    const inside = state.depth > 0 || state.inTriple;

    if (inside && first === pos && !blank && startsTopLevel(text, pos)) close(pos);

    if (state.depth === 0 && !state.inTriple) {
      if (blank) {
        pos = lineEnd + 1;
        continue;
      }
      if (chunkStart < 0) {
        if (stopAt?.(first)) return { chunks, stoppedAt: first };
        chunkStart = first;
      }
      const c = text.charCodeAt(first);
      if (c === HASH) {
        pos = lineEnd + 1;
        continue;
      }
      onlyComments = false;
      scanLine(text, first, lineEnd, state);
      if (state.depth === 0 && !state.inTriple && c !== AT) {
        if (state.sawOpen || !nextLineOpensBlock(text, lineEnd + 1)) close(lineEnd);
      }
    } else {
      scanLine(text, first, lineEnd, state);
      if (state.depth <= 0 && !state.inTriple) close(lineEnd);
    }
    pos = lineEnd + 1;
  }
  if (chunkStart >= 0) close(n);
  return { chunks, stoppedAt: n };
}

/** True when a top-level item starts at `pos` (a line start): a line like this always begins a new chunk. */
export function startsTopLevel(text: string, pos: number): boolean {
  TOP_LEVEL_START.lastIndex = pos;
  return TOP_LEVEL_START.test(text);
}

function skipBlanks(text: string, pos: number, end: number): number {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c !== SPACE && c !== TAB && c !== CR) break;
    pos++;
  }
  return pos;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB && c !== CR && c !== LF) break;
    end--;
  }
  return end;
}

/** True when the next non-blank line starts with `{` (a block head written on two lines). */
function nextLineOpensBlock(text: string, pos: number): boolean {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === OPEN_BRACE) return true;
    if (c !== SPACE && c !== TAB && c !== CR && c !== LF) return false;
    pos++;
  }
  return false;
}

/** Updates `state` with the brackets on the line `[pos, end)`, skipping strings, regexes and comments. */
function scanLine(text: string, pos: number, end: number, state: LineState): void {
  const lineStart = pos;
  let i = pos;
  while (i < end) {
    if (state.inTriple) {
      const close = text.indexOf('"""', i);
      if (close < 0 || close >= end) return;
      state.inTriple = false;
      i = close + 3;
      continue;
    }
    const c = text.charCodeAt(i);
    switch (c) {
      case QUOTE:
        if (text.startsWith('"""', i)) {
          state.inTriple = true;
          i += 3;
        } else {
          i = skipString(text, i + 1, end);
        }
        continue;
      case HASH: {
        const prev = i === lineStart ? SPACE : text.charCodeAt(i - 1);
        if (prev === SPACE || prev === TAB) return;
        break;
      }
      case SLASH:
        if (followsRegexKeyword(text, lineStart, i)) {
          i = skipRegex(text, i + 1, end);
          continue;
        }
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        state.depth++;
        state.sawOpen = true;
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        if (state.depth > 0) state.depth--;
        break;
    }
    i++;
  }
}

/** True when the `/` at `i` follows `matches` or `regex`, so it opens a regex literal. */
function followsRegexKeyword(text: string, lineStart: number, i: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j--;
  const last = text[j];
  return (last === 's' || last === 'x') && REGEX_KEYWORD_BEFORE.test(text.slice(lineStart, j + 1));
}

/** The offset after the closing quote of a string whose text starts at `i`, or `end`. */
function skipString(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return end;
}

function skipRegex(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === SLASH) return i + 1;
    else i++;
  }
  return end;
}
