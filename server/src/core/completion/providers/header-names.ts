/**
 * Common request header names: where a header line can start (inserting `Name: `), and inside the
 * string of `header "..."` (an expectation or capture) and `auth apikey "..."`.
 */
import type { CompletionItem, CompletionProvider } from '../types';
import { COMMON_HEADERS } from '../headers';
import { endsWith, wordSpan } from './common';

/** Header names for a header line, or inside `header "` and `apikey "`. */
export const headerNameProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind === 'word' && ctx.expected.has('a header name')) {
      const span = wordSpan(ctx);
      return COMMON_HEADERS.map((h): CompletionItem => ({ label: h.name, kind: 'header', detail: 'request header', documentation: h.doc, insertText: `${h.name}: `, span, sortText: `3${h.name}` }));
    }
    if (ctx.token.kind === 'string' && ctx.expected.has('a string') && (endsWith(ctx, 'header') || endsWith(ctx, 'apikey'))) {
      const span = { start: ctx.token.start + 1, end: ctx.offset };
      const close = ctx.text[ctx.offset] === '"' ? '' : '"';
      return COMMON_HEADERS.map((h): CompletionItem => ({ label: h.name, kind: 'header', detail: 'header', documentation: h.doc, insertText: h.name + close, span }));
    }
    return [];
  },
};
