/**
 * A `graphql """..."""` document parsed for the GraphQL checks, with graphql's 1-based line and column
 * mapped back to an offset in the `.assay` file. Not a check itself.
 */
import type { DocumentNode, GraphQLError } from 'graphql';
import { graphqlJs } from '../runtime/graphql-js';
import type { GraphqlBody, Span } from '../ast';

export type ParsedGraphql = { ok: true; document: DocumentNode } | { ok: false; error: GraphQLError };

/** The parsed document, or undefined when `{{...}}` makes its text unknown. */
export function parseGraphqlBody(body: GraphqlBody): ParsedGraphql | undefined {
  if (body.document.interps.length > 0) return undefined;
  try {
    return { ok: true, document: graphqlJs().parse(body.document.value) };
  } catch (e) {
    return { ok: false, error: e as GraphQLError };
  }
}

/** Where a graphql error points inside the document, as a span of the `.assay` file (the whole string if unknown). */
export function spanOfError(body: GraphqlBody, error: GraphQLError): Span {
  const at = error.locations?.[0];
  const node = error.nodes?.[0];
  const text = body.document.value;
  const start = body.document.span.start + (body.document.triple ? 3 : 1);
  if (node?.loc) return { start: start + node.loc.start, end: start + Math.max(node.loc.start + 1, node.loc.end) };
  if (!at) return body.document.span;
  let offset = 0;
  for (let line = 1; line < at.line; line++) offset = text.indexOf('\n', offset) + 1;
  const begin = offset + at.column - 1;
  const word = /^[_A-Za-z0-9]+/.exec(text.slice(begin))?.[0].length ?? 1;
  return { start: start + begin, end: start + begin + word };
}
