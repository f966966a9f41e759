/**
 * The formatter: `format(text)` gives the canonical layout of an Assay document. It never throws and
 * never changes what the document means: each top-level chunk is printed from its AST, parsed again and
 * compared (`meaning.ts`); a chunk that has parse errors, or whose printed form would not read back the
 * same, is kept exactly as written.
 *
 * The layout:
 * - Top-level items are separated by one blank line; consecutive `import` and `use` lines form one group
 *   with no blank lines. Comments above an item stay with it (blank lines among them: at most one).
 *   Decorators go on their own lines right above their test.
 * - Blocks are indented by two spaces, one statement per line; blank lines between statements are kept,
 *   at most one; a request line that is not the block's first statement gets a blank line before it
 *   (before the comments right above it, if any). An empty block is `{}`.
 * - Keywords and operators are separated by single spaces: `expect status == 200`, `Name: value`,
 *   `capture id = $.id`, `use login(user: "ada", password: "x")`, `[1, 2]`, `{ id: 1, expected: 200 }`.
 * - `vars`, `query`, `form` and `multipart` blocks have one `name = value` per line.
 * - Inline rows (`with [...]`): one row per line with a trailing comma, unless there is a single row.
 * - Comments are kept: whole-line comments on their own lines, indented with the code; a comment after
 *   code stays after it, two spaces after the code. A comment inside a construct printed on one line
 *   (`expect status # x` + newline + `== 200`) moves to its own line above it.
 * - Kept as written: URLs, header values, strings (with their escapes), numbers, durations, regexes,
 *   JSONPaths, `{{...}}`, and the lines of `"""` strings other than GraphQL documents.
 * - JSON bodies and GraphQL documents: see `text-blocks.ts`.
 * - No trailing whitespace (except inside `"""` strings); the output ends with one newline; `\r\n` line
 *   endings are kept when every line uses them, any other file gets `\n`. A blank document stays empty.
 */
import { parseChunk, type ParsedChunk } from '../syntax/chunk-parser';
import { scanChunks, type Chunk } from '../syntax/scan';
import { printChunk } from './items';
import { verbatim, type Line } from './lines';
import { meaningOf } from './meaning';
import { Source } from './source';

interface PrintedChunk {
  lines: Line[];
  /** An `import` or `use` line: grouped with its neighbours without a blank line. */
  grouped: boolean;
}

/**
 * Parses already made elsewhere (an open document's, see `AssayDocument.lendChunk`): calls `use` with
 * the parse of the chunk of the text at `start`, spans counted from the chunk's start, or returns
 * undefined when it has none.
 */
export type ChunkLender = <T>(start: number, text: string, use: (parsed: ParsedChunk) => T) => T | undefined;

export function format(text: string, lend?: ChunkLender): string {
  const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  const source = text.replace(/\r\n/g, '\n');
  // Offsets of a lent parse are offsets of `text`: only usable when no line ending was rewritten.
  const lender = source === text ? lend : undefined;
  const printed = scanChunks(source).chunks.map((chunk) => printTopLevel(source, chunk, lender));
  const lines: string[] = [];
  printed.forEach((chunk, i) => {
    if (i > 0 && !(chunk.grouped && printed[i - 1].grouped)) lines.push('');
    for (const l of chunk.lines) lines.push(l.text);
  });
  if (lines.length === 0) return '';
  const out = lines.join('\n') + '\n';
  return crlf ? out.replace(/\n/g, '\r\n') : out;
}

function printTopLevel(text: string, chunk: Chunk, lend: ChunkLender | undefined): PrintedChunk {
  const chunkText = text.slice(chunk.start, chunk.end);
  if (chunk.trivia) return { lines: commentLines(chunkText), grouped: false };
  return lend?.(chunk.start, chunkText, (parsed) => printParsed(text, chunk, chunkText, parsed)) ?? printParsed(text, chunk, chunkText, parseChunk(chunkText, 0));
}

function printParsed(text: string, chunk: Chunk, chunkText: string, parsed: ParsedChunk): PrintedChunk {
  const asWritten = { lines: verbatim(text.slice(text.lastIndexOf('\n', chunk.start - 1) + 1, chunk.end)), grouped: false };
  if (parsed.errors.length > 0) return asWritten;
  try {
    const lines = printChunk(new Source(chunkText, parsed.item), parsed.item);
    if (!alreadyAsWritten(lines, chunkText) && !readsBackTheSame(lines, parsed.item)) return asWritten;
    return { lines, grouped: parsed.item.kind === 'Import' || parsed.item.kind === 'Use' };
  } catch {
    return asWritten;
  }
}

/**
 * True when the printed chunk is the chunk as written, apart from whitespace at its end (which never
 * changes meaning): it then reads back as the tree it was printed from, without parsing it again.
 */
function alreadyAsWritten(lines: Line[], chunkText: string): boolean {
  const text = lines.map((l) => l.text).join('\n');
  return text.length <= chunkText.length && chunkText.startsWith(text) && chunkText.slice(text.length).trim() === '';
}

/** True when the printed chunk is one chunk again, parses without errors and means the same. */
function readsBackTheSame(lines: Line[], item: unknown): boolean {
  const text = lines.map((l) => l.text).join('\n');
  const chunks = scanChunks(text).chunks;
  if (chunks.length !== 1) return false;
  const again = parseChunk(text.slice(chunks[0].start, chunks[0].end), 0);
  return again.errors.length === 0 && JSON.stringify(meaningOf(again.item)) === JSON.stringify(meaningOf(item));
}

/** The comments at the end of a file: each at the start of its line, at most one blank line between. */
function commentLines(text: string): Line[] {
  const texts = text.split('\n').map((l) => l.trim());
  return texts.filter((t, i) => t !== '' || texts[i - 1] !== '').map((t) => ({ text: t, raw: false }));
}
