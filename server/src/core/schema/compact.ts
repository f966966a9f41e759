/**
 * Shrinks a dereferenced document to what its values need. The YAML parser builds objects key by key
 * and arrays by `push`, and V8 sizes their storage for growth: an object with a key like "500" (a
 * `responses` map) gets a sparse array of ~600 slots (5 KB) for its numeric keys, and an array of one
 * item room for 17. Its strings are slices that keep the file's text alive. On a small spec that is
 * most of its memory. Such objects are rebuilt through `JSON.parse` (which sizes them exactly), arrays
 * and strings copied; shared objects and cycles stay shared.
 */
import { ownCopy } from '../text/own-copy';

type Container = Record<string, unknown> | unknown[];

/** `document` with its sparse-keyed objects and arrays replaced by compact copies (it may be one). */
export function compactDocument<T>(document: T): T {
  const copies = new Map<object, object>();
  const compact = <V>(value: V): V => {
    if (typeof value === 'string') return ownCopy(value) as V;
    if (!value || typeof value !== 'object') return value;
    let copy = copies.get(value);
    if (!copy) {
      copy = compactCopy(value as Container);
      copies.set(value, copy);
      if (copy !== value) copies.set(copy, copy);
      pending.push(copy as Container);
    }
    return copy as V;
  };
  const pending: Container[] = [];
  const root = compact(document);
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = compact(node[i]);
    } else {
      for (const key of Object.keys(node)) node[key] = compact(node[key]);
    }
  }
  return root;
}

/** A copy of `node` sized to its contents, or `node` itself when it has no slack to lose. */
function compactCopy(node: Container): Container {
  if (Array.isArray(node)) return node.slice();
  if (Object.getPrototypeOf(node) !== Object.prototype) return node;
  const keys = Object.keys(node);
  if (!keys.some(isIndex) || keys.includes('__proto__')) return node;
  // JSON.parse stores numeric keys in a table of their own size; the values are then set in place.
  const copy = JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:0`).join(',')}}`) as Record<string, unknown>;
  for (const key of keys) copy[key] = node[key];
  return copy;
}

/** Whether V8 stores `key` as an array index (an element) rather than as a named property. */
function isIndex(key: string): boolean {
  return /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}
