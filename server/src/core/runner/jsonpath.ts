/**
 * JSONPath over a parsed body. A definite path (only names and indices) gives one value or nothing; any
 * other path (wildcards, `..`, slices, filters) gives the list of what it matched, via jsonpath-plus.
 */
import { JSONPath } from 'jsonpath-plus';

const DEFINITE_SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[\s*(-?\d+)\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\])/;

export type PathResult = { kind: 'value'; value: unknown } | { kind: 'missing'; at: string } | { kind: 'list'; values: unknown[] };

/** The segments of a definite path (`$.a[0]["b c"]`), or undefined when the path is not definite. */
function definiteSegments(path: string): Array<string | number> | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: Array<string | number> = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const m = DEFINITE_SEGMENT.exec(rest);
    if (!m) return undefined;
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4]).replace(/\\(.)/g, '$1')));
    rest = rest.slice(m[0].length);
  }
  return segments;
}

/** Evaluates `path` on `root`; throws with a readable message when the path cannot be evaluated. */
export function queryPath(path: string, root: unknown): PathResult {
  const segments = definiteSegments(path);
  if (segments) {
    let value = root;
    let at = '$';
    for (const s of segments) {
      const next = step(value, s);
      if (next === undefined) return { kind: 'missing', at: `${at}${typeof s === 'number' ? `[${s}]` : `.${s}`}` };
      value = next.value;
      at += typeof s === 'number' ? `[${s}]` : `.${s}`;
    }
    return { kind: 'value', value };
  }
  const values = JSONPath({ path, json: root as object, wrap: true, eval: 'safe' }) as unknown[];
  return { kind: 'list', values: Array.isArray(values) ? values : [] };
}

function step(value: unknown, key: string | number): { value: unknown } | undefined {
  if (typeof key === 'number') {
    if (!Array.isArray(value)) return undefined;
    const index = key < 0 ? value.length + key : key;
    return index >= 0 && index < value.length ? { value: value[index] } : undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? { value: (value as Record<string, unknown>)[key] } : undefined;
}
