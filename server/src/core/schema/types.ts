/**
 * The shapes of loaded API schemas, shared by checks, completion, hover, the runner and the test
 * generator: an OpenAPI document (Swagger 2.0, OpenAPI 3.0 or 3.1) indexed by operation, a GraphQL
 * schema, or a schema that could not be loaded and says why and where.
 */
import type { GraphQLSchema } from 'graphql';

/** A place in a spec file; `line` and `col` are 0-based. */
export interface SpecLocation {
  file: string;
  line: number;
  col: number;
}

/**
 * A JSON-schema-like object as the spec writes it, `$ref`s resolved. Swagger 2.0 body, formData and
 * response schemas are converted to this same shape; OpenAPI 3.0 keeps `nullable`. Circular schemas are
 * shared objects, so the graph may have cycles: walk it with a set of visited objects (see walk.ts).
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  format?: string;
  description?: string;
  title?: string;
  default?: unknown;
  example?: unknown;
  examples?: unknown;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [keyword: string]: unknown;
}

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema?: JsonSchema;
  source?: SpecLocation;
}

/** One media type of a request or response body. */
export interface ApiContent {
  mediaType: string;
  schema?: JsonSchema;
  /** The media type's `example` and `examples` values (Swagger 2.0: the response's example for it). */
  examples: readonly unknown[];
}

export interface ApiResponse {
  /** As the spec writes it: `'200'`, `'4XX'` or `'default'`. */
  status: string;
  description?: string;
  content: readonly ApiContent[];
}

export interface ApiOperation {
  /** Upper case: `GET`. */
  method: string;
  /** The path template: `/pets/{petId}`. */
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Path-level and operation-level parameters together (the operation's win); no body parameters. */
  parameters: readonly ApiParameter[];
  requestBody?: { required: boolean; content: ApiContent[] };
  responses: ApiResponse[];
  /** Where the operation is defined, for go to definition (computed on first read). */
  source?: SpecLocation;
}

export interface LoadedOpenApi {
  kind: 'openapi';
  /** The root spec file, absolute. */
  file: string;
  version: '2.0' | '3.0' | '3.1';
  /** Every file read to load it (the root first), so that a change to any of them reloads it. */
  files: string[];
  /** The dereferenced document (an `OpenAPI.Document` of openapi-types); it may have cycles. */
  document: unknown;
  operations: ApiOperation[];
  /**
   * The operation a request goes to: `urlPath` is a concrete or templated path, or a whole URL; the
   * scheme, host and the servers' base path are ignored, and `{{var}}` stands for a path parameter.
   */
  findOperation(method: string, urlPath: string): ApiOperation | undefined;
  /** Header names the security schemes use (`Authorization`, `X-API-Key`). */
  securityHeaders: string[];
  /** Problems of a spec that loaded anyway (it fails validation but dereferences). */
  warnings: string[];
}

export interface LoadedGraphql {
  kind: 'graphql';
  file: string;
  schema: GraphQLSchema;
  /**
   * The SDL text. Not filled in by the loader (the text is the file's, and keeping it would double the
   * memory of large schemas); kept in the type for callers that build a schema from text themselves.
   */
  sdl?: string;
}

/** A schema file that cannot be used, with the parser's own message and, when known, where. */
export interface BrokenSchema {
  kind: 'broken';
  file: string;
  message: string;
  location?: SpecLocation;
  /** Every file read before it failed. */
  files?: string[];
}

export type LoadedSchema = LoadedOpenApi | LoadedGraphql | BrokenSchema;

/** What kind of schema a `use` line declares. */
export type SchemaKind = 'openapi' | 'graphql';
