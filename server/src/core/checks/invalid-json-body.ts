/**
 * `invalid-json-body`: a `json` body or GraphQL `variables` that is not JSON. Each `{{...}}` outside a
 * string stands for a whole value, so it is replaced by a value of the same length before parsing,
 * which keeps every offset; the error's position is then mapped back into the document.
 */
import type { Template } from '../ast';
import type { Check, CheckContext } from './check';

const POSITION = / in JSON at position (\d+)/;
const SNIPPET = /, ".*" is not valid JSON$/s;
const TOKEN = /\{\{[^{}\n]*\}\}|"(?:[^"\\\n]|\\.)*"?|[A-Za-z0-9_.+-]+|[\s\S]/y;
const WORD_CHAR = /[A-Za-z0-9_.+-]/;

export const invalidJsonBody: Check = {
  meta: { code: 'invalid-json-body', severity: 'error', scope: 'item', description: 'A `json` body or GraphQL `variables` block that is not valid JSON.' },
  create(ctx) {
    return {
      Json(body) {
        checkJson(ctx, body.json, 'The JSON body');
      },
      Graphql(body) {
        if (body.variables) checkJson(ctx, body.variables, 'The GraphQL variables');
      },
    };
  },
};

function checkJson(ctx: CheckContext, template: Template, what: string): void {
  const text = withPlaceholders(template);
  const problem = jsonError(text);
  if (!problem) return;
  let position = Math.min(problem.position, Math.max(0, template.text.length - 1));
  const source = template.text;
  const unexpected = problem.reason.startsWith('Unexpected token');
  // V8 stops after a bad word (`tru }`); the word is what to point at.
  if (unexpected && !WORD_CHAR.test(source[position]) && WORD_CHAR.test(source[position - 1] ?? '')) {
    while (position > 0 && WORD_CHAR.test(source[position - 1])) position--;
  }
  TOKEN.lastIndex = position;
  const token = TOKEN.exec(source)?.[0] ?? '';
  const reason = unexpected ? `unexpected \`${token}\`` : lowerFirst(problem.reason);
  const start = template.span.start + position;
  ctx.report({
    span: { start, end: start + Math.max(1, token.length) },
    message: `${what} is not valid JSON: ${reason}`,
    hint: 'Quote keys and strings with "; `{{var}}` may stand for a whole value.',
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The template's text with each `{{...}}` outside a string replaced by `0` and spaces. */
function withPlaceholders(template: Template): string {
  const text = template.text;
  if (template.interps.length === 0) return text;
  let out = '';
  let copied = 0;
  let inString = false;
  let next = 0;
  const base = template.span.start;
  for (let i = 0; i < text.length; i++) {
    const interp = template.interps[next];
    if (interp && i === interp.span.start - base) {
      const length = interp.span.end - interp.span.start;
      if (!inString) {
        out += text.slice(copied, i) + '0' + ' '.repeat(length - 1);
        copied = i + length;
      }
      i += length - 1;
      next++;
      continue;
    }
    const c = text[i];
    if (inString && c === '\\') i++;
    else if (c === '"') inString = !inString;
  }
  return out + text.slice(copied);
}

/** Where and why `text` fails to parse as JSON, or undefined when it parses. */
function jsonError(text: string): { position: number; reason: string } | undefined {
  const failure = parseFailure(text);
  if (failure === undefined) return undefined;
  const reason = failure.replace(POSITION, '').replace(SNIPPET, '');
  const at = POSITION.exec(failure);
  if (at) return { position: Number(at[1]), reason };
  if (failure.startsWith('Unexpected end')) return { position: text.trimEnd().length, reason };
  return { position: firstBadOffset(text), reason };
}

function parseFailure(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Where the error is when V8 does not say ("Unexpected token"): the shortest prefix that fails for a
 * reason other than ending too early ends just after it. Only runs for a body that does not parse.
 */
function firstBadOffset(text: string): number {
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(text.slice(0, mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

function failsInside(prefix: string): boolean {
  const failure = parseFailure(prefix);
  if (failure === undefined || failure.startsWith('Unexpected end')) return false;
  const at = POSITION.exec(failure);
  return !at || Number(at[1]) < prefix.length;
}
