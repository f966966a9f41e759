/** The schemas a file binds, by kind: the first loaded OpenAPI document and the first GraphQL schema. */
import type { LoadedGraphql, LoadedOpenApi, LoadedSchema } from '../schema';

/** The first loaded OpenAPI document among a file's schemas. */
export function openApiOf(schemas: readonly LoadedSchema[] | undefined): LoadedOpenApi | undefined {
  return schemas?.find((s): s is LoadedOpenApi => s.kind === 'openapi');
}

/** The first loaded GraphQL schema among a file's schemas. */
export function graphqlOf(schemas: readonly LoadedSchema[] | undefined): LoadedGraphql | undefined {
  return schemas?.find((s): s is LoadedGraphql => s.kind === 'graphql');
}
