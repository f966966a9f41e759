/**
 * Semantic tokens for a whole document. Input: the text and its syntax tree. Output: LSP's encoded
 * token array over a small legend.
 *
 * Three passes: the tree gives the tokens it knows (strings, numbers, names, methods, header and JSON
 * keys, types, decorators, `{{...}}`); a scan for `#` outside the tree's raw text (strings, URLs,
 * header values, JSON, JSONPaths, regexes) gives the comments; a scan of what is left inside the
 * top-level items gives keywords and operators. Nested tokens (a `{{name}}` in a string) cut their
 * parent, and tokens are split at line ends, so no two tokens overlap.
 */
import { SemanticTokensRequest, type SemanticTokensLegend } from 'vscode-languageserver';
import { rootSpan, type AssayFile, type Interp, type Span, type Template } from '../../core';
import type { Feature } from '../feature';

/** The token types, in the legend's order. */
export const TOKEN_TYPES = ['keyword', 'variable', 'function', 'string', 'number', 'regexp', 'property', 'operator', 'comment', 'type', 'decorator', 'method'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));

/** The words the grammar reserves, coloured as keywords where the tree leaves them. */
const KEYWORDS = new Set(
  (
    'import use openapi graphql vars secret env component setup teardown test with file as json form multipart text ' +
    'variables operation query auth basic bearer apikey timeout redirects on off retry every until delay log expect ' +
    'capture status duration body response header count regex not is contains matches schema in exists true false null'
  ).split(' '),
);

/** A token before flattening; tokens may nest. */
interface Token extends Span {
  type: TokenType;
}

/**
 * The encoded tokens of a document (`SemanticTokens.data`). Top-level items never overlap, so each is
 * tokenized on its own, with the comments in the gap before it, and the results follow each other in
 * order: sorting and merging stay as small as one item, even in a file of a million tokens.
 */
export function semanticTokens(text: string, ast: AssayFile): number[] {
  const all: Token[] = [];
  let gapStart = 0;
  for (const item of ast.items) {
    const tokens: Token[] = [];
    const raw: Span[] = [];
    visit(item, text, tokens, raw);
    const covered = merge([...raw, ...tokens]);
    const comments = commentSpans(text, covered, gapStart, item.span.end);
    for (const c of comments) tokens.push({ ...c, type: 'comment' });
    wordTokens(text, item.span, merge([...covered, ...comments]), tokens);
    for (const token of flatten(tokens)) all.push(token);
    gapStart = Math.max(gapStart, item.span.end);
  }
  for (const c of commentSpans(text, [], gapStart, text.length)) all.push({ ...c, type: 'comment' });
  return encode(text, all);
}

function isNode(value: unknown): value is { kind: string; span: Span } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function push(out: Token[], type: TokenType, span: Span): void {
  if (span.end > span.start) out.push({ start: span.start, end: span.end, type });
}

/** The span of a node's field: `name` is an Ident, the `...Span` fields are spans (see core/ast.ts). */
function field(node: Record<string, unknown>, key: string): Span {
  const value = node[key] as Span & { span?: Span };
  return value.span ?? value;
}

/** The tree's tokens under `node`; raw text spans (templates, JSONPaths) go to `raw`. */
function visit(node: unknown, text: string, out: Token[], raw: Span[]): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, text, out, raw);
    return;
  }
  if (!isNode(node)) return;
  let skip = 'span';
  switch (node.kind) {
    case 'String':
      push(out, 'string', node.span);
      break;
    case 'Number':
    case 'Duration':
      push(out, 'number', node.span);
      return;
    case 'Bool':
    case 'Null':
      push(out, 'keyword', node.span);
      return;
    case 'Regex':
      push(out, 'regexp', node.span);
      return;
    case 'JsonPath':
      raw.push(node.span);
      return;
    case 'Template':
      raw.push(node.span);
      break;
    case 'Interp':
      push(out, 'variable', rootSpan(node as unknown as Interp));
      return;
    case 'Ident':
      push(out, 'variable', node.span);
      return;
    case 'Component':
    case 'Call':
      push(out, 'function', field(node, 'name'));
      skip = 'name';
      break;
    case 'Decorator':
      push(out, 'decorator', { start: node.span.start, end: field(node, 'name').end });
      skip = 'name';
      break;
    case 'Header':
    case 'Field':
    case 'Part':
      push(out, 'property', field(node, 'nameSpan'));
      break;
    case 'Entry':
      push(out, 'property', field(node, 'keySpan'));
      break;
    case 'Request':
      push(out, 'method', field(node, 'methodSpan'));
      break;
    case 'Is':
      push(out, 'type', field(node, 'typeSpan'));
      break;
    case 'Json':
      jsonTokens(text, node.json as Template, out);
      break;
    case 'Graphql':
      if (node.variables) jsonTokens(text, node.variables as Template, out);
      break;
  }
  for (const key in node) {
    const value = node[key];
    if (key !== skip && typeof value === 'object') visit(value, text, out, raw);
  }
}

/** Keys, strings, numbers and literals of JSON text with `{{...}}` in it. */
function jsonTokens(text: string, json: Template, out: Token[]): void {
  const source = text.slice(json.span.start, json.span.end);
  const pattern = /"(?:[^"\\\n]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b/g;
  const inInterp = (at: number): boolean => json.interps.some((i) => i.span.start <= at && at < i.span.end);
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const start = json.span.start + m.index;
    if (inInterp(start)) continue;
    const word = m[0];
    if (word.startsWith('"')) {
      const end = start + word.length - (m[1]?.length ?? 0);
      out.push({ start, end, type: m[1] ? 'property' : 'string' });
    } else out.push({ start, end: start + word.length, type: /^[tfn]/.test(word) ? 'keyword' : 'number' });
  }
}

/** Comments starting in `[from, to)`: from a `#` outside `covered` (sorted, disjoint) to the end of its line. */
function commentSpans(text: string, covered: readonly Span[], from: number, to: number): Span[] {
  const comments: Span[] = [];
  let k = 0;
  for (let at = text.indexOf('#', from); at >= 0 && at < to; at = text.indexOf('#', at + 1)) {
    while (k < covered.length && covered[k].end <= at) k++;
    if (k < covered.length && covered[k].start <= at) {
      at = covered[k].end - 1;
      continue;
    }
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    comments.push({ start: at, end: text[end - 1] === '\r' ? end - 1 : end });
    at = end;
  }
  return comments;
}

/** Keywords and operators in the gaps of `taken` (sorted, disjoint) inside `span`. */
function wordTokens(text: string, span: Span, taken: readonly Span[], out: Token[]): void {
  let k = firstEndingAfter(taken, span.start);
  let from = span.start;
  const scan = (start: number, end: number): void => {
    const gap = text.slice(start, end);
    const words = /[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|[<>=]/g;
    for (let m = words.exec(gap); m; m = words.exec(gap)) {
      const word = m[0];
      const type: TokenType | undefined = /^[A-Za-z_]/.test(word) ? (KEYWORDS.has(word) ? 'keyword' : undefined) : 'operator';
      if (type) out.push({ start: start + m.index, end: start + m.index + word.length, type });
    }
  };
  for (; k < taken.length && taken[k].start < span.end; k++) {
    if (taken[k].start > from) scan(from, taken[k].start);
    from = Math.max(from, taken[k].end);
  }
  if (from < span.end) scan(from, span.end);
}

function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The union of `spans` as sorted, disjoint spans. */
function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Sorted, disjoint tokens from nested ones: an inner token cuts the token around it. */
function flatten(tokens: Token[]): Token[] {
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  const open: Token[] = [];
  let cursor = 0;
  const emit = (type: TokenType, start: number, end: number): void => {
    if (end > start) out.push({ start, end, type });
  };
  const closeUntil = (offset: number): void => {
    while (open.length > 0 && open[open.length - 1].end <= offset) {
      const top = open.pop() as Token;
      emit(top.type, Math.max(cursor, top.start), top.end);
      cursor = Math.max(cursor, top.end);
    }
  };
  for (const token of tokens) {
    closeUntil(token.start);
    const parent = open[open.length - 1];
    const end = parent ? Math.min(token.end, parent.end) : token.end;
    if (end <= Math.max(cursor, token.start)) continue;
    if (parent) emit(parent.type, Math.max(cursor, parent.start), token.start);
    cursor = Math.max(cursor, token.start);
    open.push({ start: token.start, end, type: token.type });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return out;
}

/** LSP's relative encoding, with tokens cut at line ends. */
function encode(text: string, tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  // The first line end at or after `lineStart` (the text's length when there is none).
  let lineEnd = endOfLine(text, 0);
  let lastLine = 0;
  let lastChar = 0;
  for (const token of tokens) {
    const type = TYPE_INDEX.get(token.type) as number;
    let start = token.start;
    while (start < token.end) {
      while (lineEnd < start) {
        line++;
        lineStart = lineEnd + 1;
        lineEnd = endOfLine(text, lineStart);
      }
      let end = Math.min(lineEnd, token.end);
      if (text.charCodeAt(end - 1) === CR && end > start) end--;
      if (end > start) {
        const char = start - lineStart;
        data.push(line - lastLine, line === lastLine ? char - lastChar : char, end - start, type, 0);
        lastLine = line;
        lastChar = char;
      }
      start = lineEnd < token.end ? lineEnd + 1 : token.end;
    }
  }
  return data;
}

const CR = 13;

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: LEGEND, full: true } },
  register({ connection, workspace }) {
    connection.onRequest(SemanticTokensRequest.type, ({ textDocument }) => {
      const file = workspace.openFile(textDocument.uri);
      return { data: file ? semanticTokens(file.text.getText(), file.ast) : [] };
    });
  },
};
