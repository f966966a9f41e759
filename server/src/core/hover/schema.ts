/**
 * Hover from the schemas a file binds: inside a GraphQL document, what graphql-language-service says
 * about the name there; on a request line, the OpenAPI operation (summary, description, parameters);
 * on a query parameter, header, body property or JSONPath segment, its description and schema.
 */
import type { Span } from '../ast';
import type { LoadedSchema } from '../schema';
import { graphqlOf } from '../schema-editor/bound';
import { graphqlHover } from '../schema-editor/graphql-services';
import { operationMarkdown, schemaMarkdown } from '../schema-editor/schema-text';
import { graphqlRegionOf, requestStepAt } from '../schema-editor/step-text';
import { schemaTargetAt } from '../schema-editor/target';

/** The schema hover at `offset`, or undefined where the schemas have nothing to say. */
export function schemaHover(text: string, offset: number, schemas: readonly LoadedSchema[] | undefined): { markdown: string; span: Span } | undefined {
  const graphql = graphqlOf(schemas);
  const step = graphql && requestStepAt(text, offset);
  const region = step && graphqlRegionOf(text, step);
  if (graphql && region && region.span.start <= offset && offset <= region.span.end) return graphqlHover(graphql.schema, region, offset);
  const target = schemaTargetAt(text, offset, schemas);
  switch (target?.kind) {
    case 'operation':
      return { markdown: operationMarkdown(target.operation), span: target.span };
    case 'parameter': {
      const p = target.parameter;
      return { markdown: schemaMarkdown(p.name, p.schema, { required: p.required, where: `${p.in} parameter`, ...(p.description ? { description: p.description } : {}) }), span: target.span };
    }
    case 'property':
      return { markdown: target.markdown, span: target.span };
    default:
      return undefined;
  }
}
