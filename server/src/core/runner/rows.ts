/**
 * The rows of a parameterized test: inline (`with [ {...}, ... ]`, evaluated with the file's vars) or
 * from a data file (`with file "rows.csv"` or `.json`, relative to the `.assay` file and inside the
 * workspace). Throws `EvalError` with the reason when the rows cannot be read.
 */
import type { DataFile, InlineRows } from '../ast';
import { extensionOf, isInside, resolveFrom } from '../semantic/paths';
import type { WorkspaceHost } from '../workspace/host';
import { csvRows } from './csv';
import { evaluate, interpolateText } from './interpolate';
import type { Lookup } from './scope';
import { EvalError } from './values';

export type Row = Record<string, unknown>;

export function readRows(data: InlineRows | DataFile, file: string, scope: Lookup, host: WorkspaceHost): Row[] {
  if (data.kind === 'Rows') {
    return data.rows.map((literal, i) => {
      const row = evaluate(literal, scope);
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new EvalError(`row ${i + 1} is not an object`);
      return row as Row;
    });
  }
  const relative = interpolateText(data.path.value, scope);
  const path = resolveFrom(file, relative);
  if (!isInside(host.root, path)) throw new EvalError(`the data file ${relative} is outside the workspace`);
  const text = host.readFile(path);
  if (text === undefined) throw new EvalError(`cannot read the data file ${relative}`);
  const ext = extensionOf(path);
  if (ext === '.csv') return csvRows(text);
  if (ext !== '.json') throw new EvalError(`the data file ${relative} must be .csv or .json`);
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (e) {
    throw new EvalError(`the data file ${relative} is not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(rows) || rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    throw new EvalError(`the data file ${relative} must hold an array of objects`);
  }
  return rows as Row[];
}
