/**
 * Reads the rows of a CSV data file: the first line names the columns, every value is a string. Quoted
 * cells may hold commas, line breaks and `""` for a quote. Blank lines are skipped.
 */

/** The records of `text`, one object per data line, keyed by the header's column names. */
export function csvRows(text: string): Record<string, string>[] {
  const lines = records(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = (lines.shift() ?? []).map((c) => c.trim());
  return lines
    .filter((cells) => !(cells.length === 1 && cells[0].trim() === ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

function records(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out;
}
