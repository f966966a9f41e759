/**
 * JSON values written as Assay text: literals (`{ name: "Rex", toys: ["ball"] }`) for rows and `query`
 * fields, JSON for bodies (one line when short, else one value per line, as the formatter prints it),
 * and raw text for URLs and header values. A `{{` inside data is written `\u007b{` so that it is never
 * read as an interpolation.
 */

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** JSON longer than this is written one value per line. */
const INLINE_WIDTH = 72;

/** A string literal (also valid JSON). */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(/\{(?=\{)/g, '\\u007b');
}

/** A key or field name: the word itself, else a string. */
export function fieldName(name: string): string {
  return WORD.test(name) ? name : quoted(name);
}

/** An Assay literal for a JSON value. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${fieldName(k)}: ${literal(v)}`).join(', ')} }`;
}

/** JSON text for a body, as lines: `{ "a": 1 }`, or `{` / `  "a": 1,` / `}` when long. */
function jsonLines(value: unknown): string[] {
  const inline = jsonInline(value);
  if (inline.length <= INLINE_WIDTH || value === null || typeof value !== 'object') return [inline];
  const children = Array.isArray(value)
    ? value.map((v) => jsonLines(v))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        const [first, ...rest] = jsonLines(v);
        return [`${quoted(k)}: ${first}`, ...rest];
      });
  if (children.length === 0) return [inline];
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const body = children.flatMap((lines, i) => lines.map((l, j) => `  ${l}${i < children.length - 1 && j === lines.length - 1 ? ',' : ''}`));
  return [open, ...body, close];
}

function jsonInline(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${quoted(k)}: ${jsonInline(v)}`).join(', ')} }`;
}

/** A statement followed by JSON: `json { "a": 1 }`, or its first line with the rest below it. */
export function jsonStatement(keyword: string, value: unknown): string[] {
  const [first, ...rest] = jsonLines(value);
  return [`${keyword} ${first}`, ...rest];
}

/** Text for a URL path segment. */
export function pathSegment(value: unknown): string {
  return encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Text for a header value, or undefined when the value cannot be written raw on one line. */
export function headerText(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined || /[\r\n]|\{\{|\s#|^\s|\s$/.test(text) || text === '') return undefined;
  return text;
}
