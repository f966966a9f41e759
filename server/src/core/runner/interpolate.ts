/**
 * Interpolation: `{{expr}}` in text (URLs, headers, strings), in JSON bodies, and the evaluation of
 * literals. In text a value is written as text (objects and arrays as JSON); in JSON, a `{{x}}` inside a
 * string is inserted as escaped text and one standing for a whole value is inserted as that value's JSON.
 * Throws `EvalError` when a name cannot be resolved.
 */
import type { Literal } from '../ast';
import type { Lookup } from './scope';
import { EvalError, resolveExpr, toText } from './values';

const INTERP = /\{\{([^{}\n]*)\}\}/g;

/** `text` with every `{{expr}}` replaced by its value as text. */
export function interpolateText(text: string, scope: Lookup): string {
  if (!text.includes('{{')) return text;
  return text.replace(INTERP, (_, expr: string) => toText(resolveExpr(expr.trim(), scope)));
}

/** JSON text with every `{{expr}}` replaced: escaped inside strings, as JSON outside them. Checked to parse. */
export function interpolateJson(text: string, scope: Lookup): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' && text[i + 1] === '{') {
      const end = text.indexOf('}}', i + 2);
      if (end > 0 && !text.slice(i + 2, end).includes('\n')) {
        const value = resolveExpr(text.slice(i + 2, end).trim(), scope);
        out += inString ? JSON.stringify(toText(value)).slice(1, -1) : (JSON.stringify(value) ?? 'null');
        i = end + 1;
        continue;
      }
    }
    if (inString && c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    out += c;
  }
  try {
    JSON.parse(out);
  } catch (e) {
    throw new EvalError(`the JSON is not valid after interpolation (${(e as Error).message})`);
  }
  return out;
}

/** The value of a literal; a string is interpolated as text, a lone `{{x}}` keeps the value's type. */
export function evaluate(literal: Literal, scope: Lookup): unknown {
  switch (literal.kind) {
    case 'String':
      return interpolateText(literal.value, scope);
    case 'Number':
    case 'Bool':
      return literal.value;
    case 'Null':
      return null;
    case 'Duration':
      return literal.ms;
    case 'Interp':
      return resolveExpr(literal.expr, scope);
    case 'Array':
      return literal.items.map((item) => evaluate(item, scope));
    case 'Object': {
      const object: Record<string, unknown> = {};
      for (const entry of literal.entries) object[entry.key] = evaluate(entry.value, scope);
      return object;
    }
  }
}
