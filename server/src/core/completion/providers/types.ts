/** Type names after `is` / `is not` (TYPE_NAMES). */
import { LANGUAGE_DOCS } from '../../hover/docs';
import { TYPE_NAMES } from '../../semantic/vocabulary';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

/** Type names after `is`. */
export const typeProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word' || ![...ctx.expected].some((e) => e.startsWith('a type'))) return [];
    const span = wordSpan(ctx);
    return TYPE_NAMES.map((name, i): CompletionItem => ({ label: name, kind: 'type', detail: 'type', documentation: LANGUAGE_DOCS.types[name], insertText: name, span, sortText: String(i).padStart(3, '0') }));
  },
};
