/** Decorator names after `@`: `tag`, `skip`, `only`. */
import { LANGUAGE_DOCS } from '../../hover/docs';
import type { CompletionProvider } from '../types';
import { wordSpan } from './common';

const INSERTS: Readonly<Record<string, string>> = { tag: 'tag($1)', skip: 'skip', only: 'only' };

/** Decorator names right after `@`. */
export const decoratorProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word' || !ctx.before.endsWith('@') || !ctx.expected.has('a name')) return [];
    const span = wordSpan(ctx);
    return Object.entries(LANGUAGE_DOCS.decorators).map(([name, doc]) => ({
      label: name,
      kind: 'decorator' as const,
      insertText: INSERTS[name] ?? name,
      snippet: true,
      documentation: doc,
      span,
    }));
  },
};
