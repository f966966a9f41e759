/**
 * What a top-level item means, for checking that formatting changed nothing but layout. Input: an
 * item. Output: plain data without spans, with object keys sorted, where the only text the formatter
 * may re-lay out is normalized: JSON bodies (canonical one-line JSON, or the text with each line
 * trimmed when it is not JSON) and GraphQL documents (each line trimmed).
 */
import type { StringLit, Template } from '../ast';
import { parseJson, printInline } from './json';

export function meaningOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(meaningOf);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (key === 'span' || key.endsWith('Span')) continue;
    out[key] = meaningOf(record[key]);
  }
  if (record.kind === 'Json') out.json = jsonMeaning(record.json as Template);
  if (record.kind === 'Graphql') {
    if (record.variables) out.variables = jsonMeaning(record.variables as Template);
    out.document = { ...(out.document as object), value: trimLines((record.document as StringLit).value) };
  }
  return out;
}

function jsonMeaning(json: Template): unknown {
  const tree = parseJson(json.text);
  return { interps: meaningOf(json.interps), text: tree ? printInline(tree) : trimLines(json.text) };
}

function trimLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}
