/**
 * GraphQL editor services inside an Assay file: completion and hover for the `graphql` document of a
 * step, answered by graphql-language-service against the bound schema. The document is a region of the
 * Assay file (see step-text.ts); the cursor is translated to the region's own line and column, and the
 * answers back to offsets of the Assay file.
 */
import type { GraphQLSchema } from 'graphql';
import { getAutocompleteSuggestions, getHoverInformation, Position } from 'graphql-language-service';
import type { Span } from '../ast';
import type { CompletionItem, CompletionKind } from '../completion/types';
import type { GraphqlRegion } from './step-text';

/** LSP completion kinds (numbers, as graphql-language-service gives them) to the core's kinds. */
const KINDS: Readonly<Record<number, CompletionKind>> = {
  2: 'method',
  3: 'method',
  5: 'property',
  6: 'variable',
  7: 'type',
  8: 'type',
  10: 'property',
  12: 'value',
  13: 'value',
  14: 'keyword',
  15: 'snippet',
  20: 'value',
  22: 'type',
  25: 'type',
};

const NAME_CHAR = /[$_A-Za-z0-9]/;

/** Completion inside the GraphQL document `region` at `offset` (an offset of the Assay file). */
export function graphqlCompletions(schema: GraphQLSchema, region: GraphqlRegion, offset: number): CompletionItem[] {
  const at = offset - region.span.start;
  let suggestions;
  try {
    suggestions = getAutocompleteSuggestions(schema, region.text, positionIn(region.text, at));
  } catch {
    return [];
  }
  const word = wordAround(region.text, at);
  const span: Span = { start: region.span.start + word.start, end: region.span.start + word.end };
  return suggestions.map((s, i): CompletionItem => {
    const detail = s.isDeprecated ? `${s.detail ?? ''} (deprecated)`.trim() : s.detail;
    const documentation = [s.documentation, s.deprecationReason ? `Deprecated: ${s.deprecationReason}` : undefined].filter(Boolean).join('\n\n');
    return {
      label: s.label,
      kind: KINDS[s.kind ?? 5] ?? 'property',
      insertText: s.insertText ?? s.label,
      ...(s.insertTextFormat === 2 ? { snippet: true } : {}),
      span,
      sortText: String(i).padStart(4, '0'),
      ...(detail ? { detail } : {}),
      ...(documentation ? { documentation } : {}),
    };
  });
}

/** Hover inside the GraphQL document `region` at `offset`: Markdown about the name there, or undefined. */
export function graphqlHover(schema: GraphQLSchema, region: GraphqlRegion, offset: number): { markdown: string; span: Span } | undefined {
  const at = offset - region.span.start;
  const word = wordAround(region.text, at);
  if (word.start === word.end) return undefined;
  let contents;
  try {
    contents = getHoverInformation(schema, region.text, positionIn(region.text, Math.min(at + 1, word.end)), undefined, { useMarkdown: true });
  } catch {
    return undefined;
  }
  const markdown = typeof contents === 'string' ? contents : '';
  return markdown ? { markdown, span: { start: region.span.start + word.start, end: region.span.start + word.end } } : undefined;
}

/** The 0-based line and column of `offset` in `text`. */
function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return new Position(before.split('\n').length - 1, offset - lineStart);
}

/** The name around `at` in `text` (empty at `at` when there is none). */
function wordAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && NAME_CHAR.test(text[end])) end++;
  return { start, end };
}
