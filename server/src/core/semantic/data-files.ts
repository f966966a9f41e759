/**
 * Reads the column names of a data file for parameterized tests (`with file "rows.csv"`): the header of
 * a CSV file, or the keys of the objects in a JSON file's top-level array. Input: the file's text and
 * extension. Output: the columns, or the problem that makes the file unusable. Pure.
 */
import { csvRecords } from '../text/csv';

/** The columns of a data file, or why it cannot give rows. */
export type DataColumns = { ok: true; columns: string[] } | { ok: false; problem: string };

/** The columns of a data file with extension `ext` (`.csv` or `.json`) and text `text`. */
export function dataColumns(ext: string, text: string): DataColumns {
  if (ext === '.csv') return csvColumns(text);
  if (ext === '.json') return jsonColumns(text);
  return { ok: false, problem: 'A data file must be a `.csv` file with a header line or a `.json` array of objects' };
}

function csvColumns(text: string): DataColumns {
  const header = csvRecords(text)[0] ?? [];
  if (header.join('').trim() === '') return { ok: false, problem: 'The CSV file has no header line: expected column names on its first line' };
  const columns = header.map((c) => c.trim());
  const blank = columns.findIndex((c) => c === '');
  if (blank >= 0) return { ok: false, problem: `Column ${blank + 1} of the CSV header has no name` };
  return { ok: true, columns };
}

function jsonColumns(text: string): DataColumns {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `The JSON file does not parse: ${(e as Error).message}` };
  }
  if (!Array.isArray(value)) return { ok: false, problem: 'The JSON file must hold an array of objects, one per row' };
  const columns = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      return { ok: false, problem: `Row ${i + 1} of the JSON file is not an object: expected an array of objects` };
    }
    for (const key of Object.keys(row)) columns.add(key);
  }
  return { ok: true, columns: [...columns] };
}
