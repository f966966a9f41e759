/**
 * Expands a VS Code snippet body the way accepting it without typing does: every placeholder takes its
 * default (`${1:name}` → `name`, `${2|GET,POST|}` → `GET`), a bare `$1` mirrors the default of
 * placeholder 1, `$0` is empty, `\$` `\}` `\\` are the characters, and tabs become two spaces (the
 * formatter's indentation). Input: the body's lines. Output: the text. Variables such as
 * `$TM_FILENAME` are not supported and throw, so a snippet cannot use one without this test noticing.
 */

type Part = string | { index: number; children: Part[] } | { mirror: number };

/** Parses `text` from `pos` until an unescaped `}` (when `nested`) or the end; returns the parts and where it stopped. */
function parse(text: string, pos: number, nested: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) parts.push(literal);
    literal = '';
  };
  while (pos < text.length) {
    const c = text[pos];
    if (c === '\\' && pos + 1 < text.length && '$}\\'.includes(text[pos + 1])) {
      literal += text[pos + 1];
      pos += 2;
    } else if (nested && c === '}') {
      flush();
      return { parts, end: pos + 1 };
    } else if (c === '$') {
      flush();
      pos = parseDollar(text, pos, parts);
    } else {
      literal += c;
      pos++;
    }
  }
  if (nested) throw new Error(`unclosed placeholder in snippet: ${text}`);
  flush();
  return { parts, end: pos };
}

/** Parses the `$...` at `pos` into `parts`; returns the position after it. */
function parseDollar(text: string, pos: number, parts: Part[]): number {
  const bare = /^\$(\d+)/.exec(text.slice(pos));
  if (bare) {
    parts.push({ mirror: Number(bare[1]) });
    return pos + bare[0].length;
  }
  const choice = /^\$\{(\d+)\|([^|]*)\|\}/.exec(text.slice(pos));
  if (choice) {
    parts.push({ index: Number(choice[1]), children: [choice[2].split(',')[0]] });
    return pos + choice[0].length;
  }
  const open = /^\$\{(\d+)(:?)/.exec(text.slice(pos));
  if (!open) throw new Error(`unsupported snippet syntax at ${JSON.stringify(text.slice(pos, pos + 20))}`);
  const inner = parse(text, pos + open[0].length, true);
  parts.push({ index: Number(open[1]), children: open[2] ? inner.parts : [] });
  return inner.end;
}

function collectDefaults(parts: Part[], defaults: Map<number, string>): void {
  for (const part of parts) {
    if (typeof part === 'object' && 'children' in part) {
      collectDefaults(part.children, defaults);
      if (!defaults.has(part.index)) defaults.set(part.index, render(part.children, defaults));
    }
  }
}

function render(parts: Part[], defaults: Map<number, string>): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('mirror' in part) return defaults.get(part.mirror) ?? '';
      return render(part.children, defaults);
    })
    .join('');
}

/** The text a snippet body inserts when every placeholder keeps its default. */
export function expandSnippet(body: string[]): string {
  const { parts } = parse(body.join('\n'), 0, false);
  const defaults = new Map<number, string>();
  collectDefaults(parts, defaults);
  return render(parts, defaults).replace(/\t/g, '  ');
}
