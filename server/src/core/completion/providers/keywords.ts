/**
 * The keywords the grammar expects at the cursor, read from the expected set (`expect`, `capture`,
 * `not`, `exists`, `every`, `on`, `secret`, `env`, `openapi` ...), each with its documentation.
 * Top-level keywords are left to the top-level provider.
 */
import { docFor } from '../../hover/docs';
import type { CompletionItem, CompletionProvider } from '../types';
import { atTopLevel, wordSpan } from './common';

/** Keywords that read better inserted with what must follow them. */
const SNIPPETS: Readonly<Record<string, string>> = {
  env: 'env("${1:NAME}")',
  header: 'header "$1"',
  count: 'count \\$.$1',
  regex: 'regex /$1/',
};

/** The expected keywords, with their documentation. */
export const keywordProvider: CompletionProvider = {
  provide(ctx) {
    if (atTopLevel(ctx) || (ctx.token.kind !== 'word' && ctx.token.kind !== 'operator')) return [];
    const span = wordSpan(ctx);
    const items: CompletionItem[] = [];
    for (const word of ctx.expected) {
      if (!/^[a-z]+$/.test(word)) continue;
      const doc = docFor(word);
      const snippet = SNIPPETS[word];
      items.push({
        label: word,
        kind: 'keyword',
        insertText: snippet ?? word,
        span,
        sortText: `1${word}`,
        ...(snippet ? { snippet: true } : {}),
        ...(doc ? { documentation: doc } : {}),
      });
    }
    return items;
  },
};
