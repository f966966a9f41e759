/** Loaded API schemas (OpenAPI, GraphQL): the registry, one-off loading, and helpers to read schemas. */
export type {
  ApiContent,
  ApiOperation,
  ApiParameter,
  ApiResponse,
  BrokenSchema,
  JsonSchema,
  LoadedGraphql,
  LoadedOpenApi,
  LoadedSchema,
  SchemaKind,
  SpecLocation,
} from './types';
export { SchemaRegistry, type SchemaRegistryOptions } from './registry';
export { loadSchemaFile, type LoadOptions } from './load';
export { allowsOtherProperties, propertiesOf, schemaAtPath, schemaTypes, type PathSegment, type PropertyInfo } from './walk';
export { responseFor, contentFor } from './operation-lookup';
export { compileResponseSchema, type CompiledSchema, type Mismatch, type SchemaDialect } from './response-validator';
