/**
 * Reads CSV text into records of cells: `"..."` cells may hold commas, line breaks and `""` for a quote;
 * a leading byte-order mark is dropped. Used for parameterized tests' data files.
 */

/** The records of `text`, each a list of cells, in order. */
export function csvRecords(text: string): string[][] {
  return records(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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
