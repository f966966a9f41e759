/**
 * Drops `x-codeSamples` (and `x-code-samples`) from spec text before it is parsed: vendor extensions
 * that hold documentation snippets (curl, Go, Python ...) nothing in Assay reads. Large multi-file
 * specs `$ref` one file per snippet (DigitalOcean's: 1,358 of its 2,907 files), so not following them
 * halves their load time. YAML block style only: a key on its own line, with its value on the lines
 * indented deeper or as a `- ` sequence at its own indentation; any other layout is left alone.
 */
const KEY = /^([ \t]*)(["']?)x-code-?samples\2:[ \t]*(#.*)?$/i;
const MARKER = /x-code-?samples/i;

/** `text` without its block-style code-sample entries. */
export function withoutCodeSamples(text: string): string {
  if (!MARKER.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = KEY.exec(lines[i]);
    if (!key) {
      out.push(lines[i]);
      continue;
    }
    const indent = key[1].length;
    let j = i + 1;
    while (j < lines.length && insideValue(lines[j], indent)) j++;
    i = j - 1;
  }
  return out.join('\n');
}

function insideValue(line: string, indent: number): boolean {
  const trimmed = line.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return true;
  const depth = line.length - trimmed.length;
  return depth > indent || (depth === indent && (trimmed === '-' || trimmed.startsWith('- ')));
}
