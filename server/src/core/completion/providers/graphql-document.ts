/** Inside the `graphql` document of a step in a file bound to a GraphQL schema: fields, arguments, types, variables. */
import { graphqlOf } from '../../schema-editor/bound';
import { graphqlCompletions } from '../../schema-editor/graphql-services';
import { graphqlRegionOf, requestStepAt } from '../../schema-editor/step-text';
import type { EmbeddedProvider } from '../types';

/** GraphQL completion from the bound schema, through graphql-language-service. */
export const graphqlDocumentProvider: EmbeddedProvider = {
  provide(text, offset, sources) {
    const graphql = graphqlOf(sources.schemas);
    const step = graphql && requestStepAt(text, offset);
    const region = step && graphqlRegionOf(text, step);
    if (!graphql || !region || offset < region.span.start || offset > region.span.end) return [];
    return graphqlCompletions(graphql.schema, region, offset);
  },
};
