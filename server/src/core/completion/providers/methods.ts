/** HTTP methods where a statement can start: a request line. */
import { HTTP_METHODS } from '../../ast';
import { LANGUAGE_DOCS } from '../../hover/docs';
import type { CompletionProvider } from '../types';
import { wordSpan } from './common';

/** HTTP methods where a request line can start. */
export const methodProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word' || !ctx.expected.has('an HTTP method')) return [];
    const span = wordSpan(ctx);
    return HTTP_METHODS.map((method, i) => ({
      label: method,
      kind: 'method' as const,
      detail: 'HTTP method',
      documentation: LANGUAGE_DOCS.methods[method],
      insertText: `${method} `,
      span,
      sortText: `2${i}`,
    }));
  },
};
