/**
 * Reads the rows of a CSV data file: the first line names the columns, every value is a string. Blank
 * lines are skipped.
 */
import { csvRecords } from '../text/csv';

/** The records of `text`, one object per data line, keyed by the header's column names. */
export function csvRows(text: string): Record<string, string>[] {
  const lines = csvRecords(text);
  const header = (lines.shift() ?? []).map((c) => c.trim());
  return lines
    .filter((cells) => !(cells.length === 1 && cells[0].trim() === ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
