/**
 * `invalid-jsonpath`: a light syntax check of `$...` paths. The grammar already keeps brackets and
 * quotes balanced; this checks what stands inside each `[...]`: an index, a list of indexes, a slice,
 * `*`, quoted names or a filter `?(...)` with balanced parentheses.
 */
import type { JsonPath, Span } from '../ast';
import type { Check } from './check';

const INDEXES = /^\s*-?\d+\s*(?:,\s*-?\d+\s*)*$/;
const SLICE = /^\s*-?\d*\s*:\s*-?\d*\s*(?::\s*-?\d*\s*)?$/;
const NAMES = /^\s*(?:'[^']*'|"[^"]*")\s*(?:,\s*(?:'[^']*'|"[^"]*")\s*)*$/;
const WILDCARD = /^\s*\*\s*$/;
const BARE_NAME = /^\s*[A-Za-z_][A-Za-z0-9_-]*\s*$/;

export const invalidJsonPath: Check = {
  meta: { code: 'invalid-jsonpath', severity: 'error', scope: 'item', description: 'A JSONPath with an empty or unreadable `[...]` segment or unbalanced parentheses in a filter.' },
  create(ctx) {
    return {
      JsonPath(node) {
        const problem = jsonPathProblem(node);
        if (problem) ctx.report(problem);
      },
    };
  },
};

function jsonPathProblem(node: JsonPath): { span: Span; message: string; hint?: string } | undefined {
  const path = node.path;
  for (let i = 1; i < path.length; i++) {
    if (path[i] !== '[') continue;
    const end = closingBracket(path, i);
    const inside = path.slice(i + 1, end);
    const span = { start: node.span.start + i, end: node.span.start + end + 1 };
    const problem = segmentProblem(inside);
    if (problem) return { span, ...problem };
    i = end;
  }
  return undefined;
}

/** The index of the `]` closing the `[` at `open` (quotes and nested brackets skipped). */
function closingBracket(path: string, open: number): number {
  let depth = 0;
  for (let i = open; i < path.length; i++) {
    const c = path[i];
    if (c === '"' || c === "'") i = path.indexOf(c, i + 1) < 0 ? path.length : path.indexOf(c, i + 1);
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return path.length - 1;
}

function segmentProblem(inside: string): { message: string; hint?: string } | undefined {
  const expected = 'expected an index, a slice like 1:3, `*`, a quoted name or a filter `?(...)`';
  if (inside.trim() === '') return { message: `Empty \`[]\` in a JSONPath: ${expected}` };
  if (INDEXES.test(inside) || SLICE.test(inside) || NAMES.test(inside) || WILDCARD.test(inside)) return undefined;
  const trimmed = inside.trim();
  if (trimmed.startsWith('?') || trimmed.startsWith('(')) return filterProblem(trimmed);
  if (BARE_NAME.test(inside)) return { message: `Unquoted name \`${trimmed}\` in \`[...]\`: ${expected}`, hint: `Write \`['${trimmed}']\` or \`.${trimmed}\`.` };
  return { message: `Cannot read \`[${inside}]\` in a JSONPath: ${expected}` };
}

function filterProblem(filter: string): { message: string } | undefined {
  const body = filter.startsWith('?') ? filter.slice(1).trim() : filter;
  if (body === '' || body === '()') return { message: 'Empty filter in a JSONPath: expected a condition like `?(@.price < 10)`' };
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'") {
      const close = body.indexOf(c, i + 1);
      if (close < 0) return { message: 'Unterminated string in a JSONPath filter: expected a closing quote' };
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return { message: 'Unbalanced `)` in a JSONPath filter: expected a `(` before it' };
  }
  return depth > 0 ? { message: 'Unbalanced `(` in a JSONPath filter: expected a `)` after it' } : undefined;
}
