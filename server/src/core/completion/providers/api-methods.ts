/**
 * The methods the bound OpenAPI document declares for the URL already written after the cursor
 * (`█ {{baseUrl}}/pets/1` → `GET`, `PUT`, `DELETE`), each with its operation's summary. They come
 * before the generic methods, which still follow for the others.
 */
import { HTTP_METHODS } from '../../ast';
import { openApiOf } from '../../schema-editor/bound';
import { operationMarkdown } from '../../schema-editor/schema-text';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

/** The declared methods of the path on the request line being written. */
export const apiMethodProvider: CompletionProvider = {
  provide(ctx) {
    const api = openApiOf(ctx.sources.schemas);
    if (!api || ctx.token.kind !== 'word' || !ctx.expected.has('an HTTP method')) return [];
    const lineEnd = ctx.text.indexOf('\n', ctx.token.end);
    const url = /^[ \t]+(\S+)/.exec(ctx.text.slice(ctx.token.end, lineEnd < 0 ? undefined : lineEnd))?.[1];
    if (!url) return [];
    const span = wordSpan(ctx);
    return HTTP_METHODS.flatMap((method, i): CompletionItem[] => {
      const op = api.findOperation(method, url);
      if (!op) return [];
      const detail = op.summary ?? op.operationId ?? op.path;
      return [{ label: method, kind: 'method', detail, documentation: operationMarkdown(op), insertText: method, span, sortText: `0${i}` }];
    });
  },
};
