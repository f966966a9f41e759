/**
 * Reading interpolation expressions (`pet.toys[0]`, `first.id`, `items["a b"]`) and writing values as
 * text. Input: an expression and a lookup. Output: the value, or an `EvalError` saying what is missing.
 */
import { builtinValue } from './builtins';
import type { Lookup } from './scope';

/** A value that cannot be computed: an undefined variable, a missing field, an unknown built-in. */
export class EvalError extends Error {}

const ROOT = /^\$?[A-Za-z_][A-Za-z0-9_]*/;
const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[\s*(-?\d+)\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\])/;

/** The value of `expr`; throws `EvalError` when it cannot be found. */
export function resolveExpr(expr: string, scope: Lookup): unknown {
  const root = ROOT.exec(expr)?.[0];
  if (!root) throw new EvalError(`{{${expr}}} does not name a variable`);
  const found = root.startsWith('$') ? builtinValue(root) : scope.get(root);
  if (!found) throw new EvalError(root.startsWith('$') ? `${root} is not a built-in variable` : `the variable "${root}" is not defined`);
  let value = found.value;
  let rest = expr.slice(root.length).trim();
  let path = root;
  while (rest !== '') {
    const m = SEGMENT.exec(rest);
    if (!m) throw new EvalError(`{{${expr}}}: cannot read "${rest}"`);
    const key: string | number = m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4]).replace(/\\(.)/g, '$1'));
    value = member(value, key, path);
    path += m[0];
    rest = rest.slice(m[0].length).trim();
  }
  return value;
}

function member(value: unknown, key: string | number, path: string): unknown {
  if (Array.isArray(value) && typeof key === 'number') {
    const item = value[key < 0 ? value.length + key : key];
    if (item === undefined) throw new EvalError(`${path} has no item ${key} (length ${value.length})`);
    return item;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, String(key))) {
    return (value as Record<string, unknown>)[String(key)];
  }
  throw new EvalError(`${path} has no ${typeof key === 'number' ? 'item' : 'field'} ${JSON.stringify(key)}`);
}

/** A value written into text: strings as they are, everything else as JSON. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value) ?? String(value);
}
