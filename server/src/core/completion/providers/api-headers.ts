/**
 * Header names from the bound OpenAPI document where a header line can start: the operation's header
 * parameters (required ones first) and the headers of the document's security schemes
 * (`Authorization`, `X-API-Key`). They come before the common headers.
 */
import { openApiOf } from '../../schema-editor/bound';
import { operationOf } from '../../schema-editor/openapi-step';
import { schemaMarkdown, typeLabel } from '../../schema-editor/schema-text';
import { requestStepAt } from '../../schema-editor/step-text';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

/** The operation's header parameters and the security schemes' headers. */
export const apiHeaderProvider: CompletionProvider = {
  provide(ctx) {
    const api = openApiOf(ctx.sources.schemas);
    if (!api || ctx.token.kind !== 'word' || !ctx.expected.has('a header name')) return [];
    const step = requestStepAt(ctx.text, ctx.offset);
    const op = step && operationOf(api, step);
    const span = wordSpan(ctx);
    const items: CompletionItem[] = (op?.parameters ?? [])
      .filter((p) => p.in === 'header')
      .map((p) => ({
        label: p.name,
        kind: 'header',
        detail: `${typeLabel(p.schema)}${p.required ? ' (required)' : ''}`,
        documentation: schemaMarkdown(p.name, p.schema, { required: p.required, where: 'header parameter', ...(p.description ? { description: p.description } : {}) }),
        insertText: `${p.name}: `,
        span,
        sortText: `1${p.required ? 0 : 1}${p.name}`,
      }));
    for (const name of api.securityHeaders) {
      items.push({ label: name, kind: 'header', detail: 'security scheme', documentation: `**${name}**: a header of the API's security schemes.`, insertText: `${name}: `, span, sortText: `12${name}` });
    }
    return items;
  },
};
