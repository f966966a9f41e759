/**
 * Turns an Ohm match failure into a diagnostic a person can act on: where it failed, what was found
 * there, and what could have come instead, with long keyword lists summarized by what they stand for.
 */
import type * as ohm from 'ohm-js';
import { HTTP_METHODS, type Span } from '../ast';
import type { Diagnostic } from '../diagnostics';
import { closestWord } from '../text/closest';

/** The message for a block that ends before its `}`; the chunk parser recovers from it by adding one. */
export const MISSING_BRACE = 'Missing `}`: the block is not closed';

/** Words that may start a statement inside a block. */
export const STATEMENT_KEYWORDS = [
  'expect', 'capture', 'json', 'form', 'multipart', 'text', 'file', 'graphql', 'variables', 'operation',
  'query', 'use', 'retry', 'delay', 'timeout', 'redirects', 'auth', 'log',
];
/** Words that may start a top-level item. */
export const TOP_LEVEL_KEYWORDS = ['test', 'component', 'vars', 'setup', 'teardown', 'import', 'use'];
const OPERATORS = ['==', '!=', '<', '<=', '>', '>=', 'contains', 'matches', 'is', 'in', 'exists', 'not'];

interface Summary {
  /** How many of `members` must be expected for the group to stand for them. */
  min: number;
  members: string[];
  text: string;
}

const SUMMARIES: Summary[] = [
  {
    min: 4,
    members: [...STATEMENT_KEYWORDS, 'an HTTP method', 'a header name'],
    text: 'a statement (a request line like `GET /path`, a header `Name: value`, `json`, `expect`, `capture`, `use` ...)',
  },
  { min: 4, members: [...TOP_LEVEL_KEYWORDS, '@'], text: 'a top-level item (`test`, `component`, `vars`, `setup`, `teardown`, `import`, `use`)' },
  { min: 4, members: OPERATORS, text: 'an operator (==, !=, <, <=, >, >=, contains, matches, is, in, exists)' },
  {
    min: 5,
    members: ['{', '[', 'an interpolation {{name}}', 'null', 'false', 'true', 'a number', 'a duration like 300ms, 2s or 1m', 'a string'],
    text: 'a value (a string, number, duration, true, false, null, {{variable}}, array or object)',
  },
];

/** Describes the failure of `match` over `text` (which starts at document offset `base`). */
export function describeFailure(match: ohm.FailedMatchResult, text: string, base: number): Diagnostic {
  const expected = expectedItems(match);
  const pos = failurePosition(match.getRightmostFailurePosition(), expected, text);
  const found = tokenAt(text, pos);
  const span: Span = { start: base + pos, end: base + pos + found.length };

  if (expected.length === 1 && expected[0] === ':') {
    const unknown = unknownStatement(text, pos, base);
    if (unknown) return unknown;
  }
  const what = found ? `found \`${found}\`` : atEndOfBlock(text, pos) ? 'found the end of the block' : 'found the end of the line';
  const missingBrace = expected.includes('}') && found === '';
  const message = missingBrace
    ? MISSING_BRACE
    : `Expected ${joinOr(summarize(expected))}, ${what}`;
  return { code: 'parse-error', severity: 'error', message, span };
}

/** Ohm's failure records; `getRightmostFailures` is what its own `getExpectedText` reads, but untyped. */
interface FailureRecord {
  type: string;
  getText(): string;
}

/**
 * Ohm reports a statement cut short (`expect status ==`) at the first token of the next line, since
 * line breaks are skipped like spaces. When what was expected could not start a new statement, the
 * error belongs at the end of the unfinished line instead.
 */
function failurePosition(pos: number, expected: string[], text: string): number {
  if (expected.some((e) => e === '}' || STARTERS.has(e))) return pos;
  let end = pos;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.slice(end, pos).includes('\n') ? end : pos;
}

const STARTERS = new Set([...STATEMENT_KEYWORDS, ...TOP_LEVEL_KEYWORDS, 'an HTTP method', 'a header name', '@']);

function expectedItems(match: ohm.MatchResult): string[] {
  const seen = new Set<string>();
  const failures = (match as unknown as { getRightmostFailures(): FailureRecord[] }).getRightmostFailures();
  for (const failure of failures) {
    if (failure.type === 'string' || failure.type === 'description') seen.add(failure.getText());
  }
  return [...seen];
}

function summarize(expected: string[]): string[] {
  let rest = expected;
  const out: string[] = [];
  for (const group of SUMMARIES) {
    const hits = rest.filter((e) => group.members.includes(e));
    if (hits.length >= group.min) {
      out.push(group.text);
      rest = rest.filter((e) => !group.members.includes(e));
    }
  }
  return [...out, ...rest.map((e) => (/^[a-z]+ /.test(e) ? e : `\`${e}\``))];
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The word or symbol at `pos`, up to 24 characters; '' at the end of the line or text. */
function tokenAt(text: string, pos: number): string {
  const m = /^(?:[A-Za-z0-9_$@.-]+|[^\sA-Za-z0-9_])/.exec(text.slice(pos, pos + 24));
  return m ? m[0] : '';
}

function atEndOfBlock(text: string, pos: number): boolean {
  return text.slice(pos).trim() === '';
}

/**
 * A statement line that starts with a word no statement starts with, e.g. `expct status == 200`:
 * Ohm read the word as a header name and then wanted `:`.
 */
function unknownStatement(text: string, pos: number, base: number): Diagnostic | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const head = /^[ \t]*([A-Za-z0-9_.-]+)/.exec(text.slice(lineStart, pos + 1));
  if (!head || lineStart + head[0].length !== pos) return undefined;
  const word = head[1];
  const start = base + lineStart + head[0].length - word.length;
  const span = { start, end: start + word.length };
  const guess = closestWord(word, [...STATEMENT_KEYWORDS, ...HTTP_METHODS]);
  const diagnostic: Diagnostic = {
    code: 'unknown-statement',
    severity: 'error',
    message: `Unknown statement \`${word}\`: expected ${summarize([...STATEMENT_KEYWORDS, 'an HTTP method'])[0]}`,
    span,
  };
  if (guess) {
    diagnostic.hint = `Did you mean \`${guess}\`?`;
    diagnostic.fix = { span: { ...span }, text: guess, title: `Change to \`${guess}\`` };
  } else {
    diagnostic.hint = 'A header is written `Name: value`.';
  }
  return diagnostic;
}
