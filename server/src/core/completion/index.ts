/**
 * Completion at a cursor, editor-agnostic. Input: the document text, an offset and the sources a
 * provider may read (the model around the cursor, a directory lister, remembered responses). Output:
 * items with the span each replaces. The context comes from the grammar's expected set at the cursor
 * (see context.ts); each provider (providers/) answers for one kind of context. Regions in other
 * languages (a JSON body, a GraphQL document) are asked first, by the embedded providers.
 */
import { completionContext } from './context';
import { EMBEDDED_PROVIDERS, PROVIDERS } from './providers';
import type { CompletionItem, CompletionSources } from './types';

export { completionContext, expectedAt } from './context';
export { itemAt, itemModelAt } from './item-model';
export { stepAt } from './providers/jsonpath';
export { blockIdOf, ResponseMemory } from './response-memory';
export type { CompletionContext, CompletionItem, CompletionKind, CompletionProvider, CompletionSources, DirEntry, EmbeddedProvider, ResponseLookup, Token, TokenKind } from './types';

/** The completion items at `offset` in `text`; none where nothing can be completed. Never throws on any text. */
export function completionsAt(text: string, offset: number, sources: CompletionSources = {}): CompletionItem[] {
  for (const provider of EMBEDDED_PROVIDERS) {
    const embedded = provider.provide(text, offset, sources);
    if (embedded.length > 0) return embedded;
  }
  const ctx = completionContext(text, offset, sources);
  if (!ctx) return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const provider of PROVIDERS) {
    for (const item of provider.provide(ctx)) {
      const key = `${item.kind} ${item.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
