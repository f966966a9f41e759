/**
 * Inside a `json` body (or GraphQL `variables`) of a file bound to a schema: the property names the
 * object at the cursor may still have, at its nesting level, with type, enum and required flag
 * (required ones first); and where a value goes, the values its schema allows (enums, booleans).
 * A name is inserted with its colon and the cursor placed inside an empty value of its type.
 */
import type { Span } from '../../ast';
import { bodyAt, type BodyKey } from '../../schema-editor/json-body';
import type { CompletionItem, EmbeddedProvider } from '../types';
import { escapeSnippet } from './common';

const VALUE_SNIPPETS: Readonly<Record<NonNullable<BodyKey['shape']>, string>> = { string: '"$1"', object: '{$1}', array: '[$1]' };

/** Property names and values from the body's schema. */
export const schemaJsonBodyProvider: EmbeddedProvider = {
  provide(text, offset, sources) {
    const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    if (line.lastIndexOf('{{') > line.lastIndexOf('}}')) return [];
    const body = bodyAt(text, offset, sources.schemas);
    if (!body) return [];
    const { cursor, base } = body;
    const span: Span = { start: base + cursor.start, end: base + cursor.end };
    if (cursor.place === 'key') {
      const colonFollows = /^[ \t]*:/.test(text.slice(span.end, span.end + 40));
      return body
        .keys()
        .filter((key) => !cursor.siblings.has(key.name))
        .map((key): CompletionItem => {
          const name = JSON.stringify(key.name);
          const value = key.shape ? VALUE_SNIPPETS[key.shape] : '$1';
          return {
            label: key.name,
            kind: 'property',
            detail: `${key.type}${key.required ? ' (required)' : ''}`,
            documentation: key.documentation,
            insertText: colonFollows ? name : `${escapeSnippet(name)}: ${value}`,
            snippet: !colonFollows,
            span,
            sortText: `${key.required ? 0 : 1}${key.name}`,
            filterText: cursor.quoted ? name : key.name,
          };
        });
    }
    return body.values().map((value): CompletionItem => ({ label: value, kind: 'value', insertText: value, span, filterText: cursor.quoted ? value : value.replace(/^"/, '') }));
  },
};
