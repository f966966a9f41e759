/**
 * Reads the text of a .env file: `KEY=VALUE` lines (an optional `export ` before the key), blank
 * lines and `#` comments. Unquoted values end at a ` #` comment and are trimmed; 'single' and
 * `backtick` quoted values are taken as written; "double" quoted values may span lines and know the
 * escapes \n \r \t \" \\. Returns the values and the lines it could not read (1-based).
 */
export interface DotenvResult {
  values: Record<string, string>;
  errors: Array<{ line: number; message: string }>;
}

const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function parseDotenv(text: string): DotenvResult {
  const lines = text.split(/\r?\n/);
  const result: DotenvResult = { values: {}, errors: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(line);
    if (!match) {
      result.errors.push({ line: i + 1, message: 'expected KEY=VALUE' });
      continue;
    }
    const [, key, rest] = match as unknown as [string, string, string];
    const quote = rest[0];
    if (quote !== '"' && quote !== "'" && quote !== '`') {
      result.values[key] = rest.replace(/(^|\s+)#.*$/, '').trim();
      continue;
    }
    // A quoted value: read on, line by line, until its closing quote.
    const first = i;
    let body = rest.slice(1);
    let close = closingQuote(body, quote);
    while (close < 0 && i + 1 < lines.length) {
      body += `\n${lines[++i]}`;
      close = closingQuote(body, quote);
    }
    const after = close < 0 ? '' : body.slice(close + 1).trim();
    if (close < 0 || (after !== '' && !after.startsWith('#'))) {
      const message = close < 0 ? `unterminated ${quote} quote` : `unexpected text after the closing ${quote} quote`;
      result.errors.push({ line: first + 1, message });
      continue;
    }
    const value = body.slice(0, close);
    result.values[key] = quote === '"' ? value.replace(/\\(.)/g, (whole, c: string) => ESCAPES[c] ?? whole) : value;
  }
  return result;
}

/** The index of the quote that closes `text` (a backslash escapes a double quote), or -1. */
function closingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
