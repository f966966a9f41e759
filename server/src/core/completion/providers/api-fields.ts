/**
 * Field names inside `query { }`, `form { }` and `multipart { }` from the bound OpenAPI document: the
 * operation's query parameters, or the properties of its form (or multipart) body schema. Fields the
 * block already has are left out.
 */
import { propertiesOf } from '../../schema';
import { openApiOf } from '../../schema-editor/bound';
import { operationOf, requestSchemaOf } from '../../schema-editor/openapi-step';
import { schemaMarkdown, typeLabel } from '../../schema-editor/schema-text';
import { requestStepAt } from '../../schema-editor/step-text';
import type { CompletionItem, CompletionProvider } from '../types';
import { parameterItem } from './api-paths';
import { wordSpan } from './common';

const BLOCK = /\b(query|form|multipart)[ \t]*\{([^{}]*)$/;
const MEDIA_TYPES: Readonly<Record<string, string>> = { form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data' };

/** Query parameters in `query { }`; body properties in `form { }` and `multipart { }`. */
export const apiFieldProvider: CompletionProvider = {
  provide(ctx) {
    const api = openApiOf(ctx.sources.schemas);
    const block = api && ctx.token.kind === 'word' && ctx.expected.has('a field name') ? BLOCK.exec(ctx.before) : null;
    const step = block ? requestStepAt(ctx.text, ctx.offset) : undefined;
    const op = api && step && operationOf(api, step);
    if (!block || !op) return [];
    const present = new Set([...block[2].matchAll(/^[ \t]*"?([^"=\s]+)"?[ \t]*=/gm)].map((m) => m[1]));
    const span = wordSpan(ctx);
    if (block[1] === 'query') {
      return op.parameters.filter((p) => p.in === 'query' && !present.has(p.name)).map((p) => parameterItem(p, `${quoteName(p.name)} = `, span));
    }
    const properties = propertiesOf(requestSchemaOf(op, MEDIA_TYPES[block[1]]));
    return [...properties]
      .filter(([name]) => !present.has(name))
      .map(([name, { schema, required }]): CompletionItem => ({
        label: name,
        kind: 'property',
        detail: `${typeLabel(schema)}${required ? ' (required)' : ''}`,
        documentation: schemaMarkdown(name, schema, { required }),
        insertText: `${quoteName(name)} = `,
        span,
        sortText: `${required ? 0 : 1}${name}`,
      }));
  },
};

/** A field name as the language writes it: a word, or a string when it is not one. */
function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name);
}
