/**
 * `invalid-graphql`: under `use graphql`, a `graphql` document that does not parse or that the bound
 * schema rejects (graphql's `validate`: unknown fields, arguments, types, missing selections ...),
 * each at the place graphql names.
 */
import { graphqlJs } from '../runtime/graphql-js';
import type { Check } from './check';
import { parseGraphqlBody, spanOfError } from './graphql-source';
import { boundGraphql } from './schema-binding';

export const invalidGraphql: Check = {
  meta: { code: 'invalid-graphql', severity: 'error', scope: 'item', description: 'Under `use graphql`: a GraphQL document that does not parse or does not validate against the schema.' },
  create(ctx) {
    return {
      Graphql(body) {
        const loaded = boundGraphql(ctx);
        if (!loaded) return;
        const parsed = parseGraphqlBody(body);
        if (!parsed) return;
        if (!parsed.ok) {
          ctx.report({ span: spanOfError(body, parsed.error), message: `The GraphQL document does not parse: ${parsed.error.message.replace(/^Syntax Error: /, '')}` });
          return;
        }
        for (const error of graphqlJs().validate(loaded.schema, parsed.document)) ctx.report({ span: spanOfError(body, error), message: error.message });
      },
    };
  },
};
