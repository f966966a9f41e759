/**
 * JSON bodies (`json ...`, `variables ...`). Input: the body's text as written. Output: a tree that
 * keeps every scalar exactly as written (strings with their escapes, numbers, `{{...}}` standing for a
 * value), and its canonical one-line or pretty-printed form. Text that is not JSON (after taking
 * `{{...}}` as a value) yields no tree; the caller keeps it as written.
 */

/** A JSON value; `multiline` arrays and objects were written across lines. */
export type JsonNode =
  | { kind: 'scalar'; raw: string }
  | { kind: 'array'; items: JsonNode[]; multiline: boolean }
  | { kind: 'object'; entries: { key: string; value: JsonNode }[]; multiline: boolean };

const TOKEN =
  /[ \t\r\n]*(?:(\{\{[^{}\n]*\}\})|([{}[\]:,])|("(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])|(?:true|false|null)(?!\w)))/y;
const PUNCTUATION = new Set(['{', '}', '[', ']', ':', ',']);

class NotJson extends Error {}

/** The JSON tree of `text`, or undefined when it is not JSON. */
export function parseJson(text: string): JsonNode | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  const reader = new Reader(tokens);
  try {
    const root = readValue(reader);
    return reader.done() ? root : undefined;
  } catch (e) {
    if (e instanceof NotJson) return undefined;
    throw e;
  }
}

/** A token and the number of its line in the text. */
interface Token {
  text: string;
  line: number;
}

class Reader {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}
  /** The line of the last token read. */
  line(): number {
    return this.tokens[this.pos - 1].line;
  }
  next(): string {
    if (this.pos >= this.tokens.length) throw new NotJson();
    return this.tokens[this.pos++].text;
  }
  peek(): string | undefined {
    return this.tokens[this.pos]?.text;
  }
  expect(token: string): void {
    if (this.next() !== token) throw new NotJson();
  }
  done(): boolean {
    return this.pos === this.tokens.length;
  }
}

function readValue(r: Reader): JsonNode {
  const t = r.next();
  const line = r.line();
  if (t === '[') return { kind: 'array', items: readList(r, ']', () => readValue(r)), multiline: r.line() > line };
  if (t === '{') return { kind: 'object', entries: readList(r, '}', () => readEntry(r)), multiline: r.line() > line };
  if (PUNCTUATION.has(t)) throw new NotJson();
  return { kind: 'scalar', raw: t };
}

function readEntry(r: Reader): { key: string; value: JsonNode } {
  const key = r.next();
  if (!key.startsWith('"')) throw new NotJson();
  r.expect(':');
  return { key, value: readValue(r) };
}

/** Items separated by commas up to `close` (no trailing comma, as JSON wants). */
function readList<T>(r: Reader, close: string, item: () => T): T[] {
  const items: T[] = [];
  if (r.peek() === close) {
    r.next();
    return items;
  }
  for (;;) {
    items.push(item());
    const separator = r.next();
    if (separator === close) return items;
    if (separator !== ',') throw new NotJson();
  }
}

/** The tokens of `text`, or undefined when something in it is no JSON token. */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let line = 0;
  const end = text.replace(/[ \t\r\n]*$/, '').length;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < end) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    const token = m[1] ?? m[2] ?? m[3] ?? m[4];
    for (const c of m[0]) if (c === '\n') line++;
    tokens.push({ text: token, line });
  }
  return tokens;
}

/** `{ "a": 1, "b": [1, 2] }`. */
export function printInline(node: JsonNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.raw;
    case 'array':
      return `[${node.items.map(printInline).join(', ')}]`;
    case 'object':
      return node.entries.length === 0 ? '{}' : `{ ${node.entries.map((e) => `${e.key}: ${printInline(e.value)}`).join(', ')} }`;
  }
}

/**
 * Arrays and objects written across lines get one value per line, indented by two spaces; those written
 * on one line stay on one line (`printInline`). Empty ones are `[]` and `{}`.
 */
export function printPretty(node: JsonNode): string[] {
  if (node.kind === 'scalar' || !node.multiline) return [printInline(node)];
  const children =
    node.kind === 'array'
      ? node.items.map((item) => printPretty(item))
      : node.entries.map((e) => {
          const [first, ...rest] = printPretty(e.value);
          return [`${e.key}: ${first}`, ...rest];
        });
  const [open, close] = node.kind === 'array' ? ['[', ']'] : ['{', '}'];
  if (children.length === 0) return [open + close];
  const body = children.flatMap((lines, i) => {
    const last = i === children.length - 1;
    return lines.map((l, j) => `  ${l}${!last && j === lines.length - 1 ? ',' : ''}`);
  });
  return [open, ...body, close];
}
