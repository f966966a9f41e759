/**
 * Swagger 2.0 in the OpenAPI 3 shape: `in: body` and `in: formData` parameters become a request body
 * per media type of `consumes`, response `schema`s a content entry per `produces`, and schema objects
 * get `discriminator: { propertyName }` and `nullable` (from `x-nullable`) like OpenAPI 3.0's.
 */
import { apiContent, NONE } from './api-content';
import type { ApiOperation, ApiResponse, JsonSchema } from './types';

type Doc = Record<string, any>;

const PARAMETER_KEYWORDS = [
  'type', 'format', 'items', 'enum', 'default', 'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf',
];

/** Rewrites the document's schema objects in place (once each, cycles included). */
export function normalizeSwaggerSchemas(document: Doc): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const schema = node as Doc;
    if (typeof schema.discriminator === 'string') schema.discriminator = { propertyName: schema.discriminator };
    if (schema['x-nullable'] === true) schema.nullable = true;
    for (const value of Object.values(schema)) visit(value);
  };
  visit(document.definitions);
  visit(document.paths);
  visit(document.responses);
  visit(document.parameters);
}

/** The JSON schema of a non-body 2.0 parameter, from the keywords it carries itself. */
export function swaggerParameterSchema(parameter: Doc): JsonSchema | undefined {
  const schema: JsonSchema = {};
  for (const keyword of PARAMETER_KEYWORDS) if (parameter[keyword] !== undefined) schema[keyword] = parameter[keyword];
  if (schema.type === 'file') return { type: 'string', format: 'binary' };
  return Object.keys(schema).length > 0 ? schema : undefined;
}

/** The request body of a 2.0 operation: its `in: body` parameter, else its form fields. */
export function swaggerBody(document: Doc, op: Doc, item: Doc): ApiOperation['requestBody'] {
  const parameters = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
  const consumes = declaredMediaTypes(op.consumes ?? document.consumes);
  const body = parameters.find((p) => p?.in === 'body');
  if (body) {
    return { required: body.required === true, content: consumes.map((mediaType) => apiContent(mediaType, body.schema)) };
  }
  const fields = parameters.filter((p) => p?.in === 'formData');
  if (fields.length === 0) return undefined;
  const schema: JsonSchema = { type: 'object', properties: {} };
  const required = fields.filter((f) => f.required === true).map((f) => String(f.name));
  if (required.length > 0) schema.required = required;
  for (const field of fields) {
    const property = swaggerParameterSchema(field) ?? {};
    if (typeof field.description === 'string') property.description = field.description;
    schema.properties![String(field.name)] = property;
  }
  const formTypes = consumes.filter((t) => /multipart\/form-data|application\/x-www-form-urlencoded/.test(t));
  const mediaTypes = formTypes.length > 0 ? formTypes : ['application/x-www-form-urlencoded'];
  return { required: required.length > 0, content: mediaTypes.map((mediaType) => apiContent(mediaType, schema)) };
}

/** The responses of a 2.0 operation, a content entry per media type it `produces`. */
export function swaggerResponses(document: Doc, op: Doc): ApiResponse[] {
  const produces = declaredMediaTypes(op.produces ?? document.produces);
  return Object.entries((op.responses ?? {}) as Doc).map(([status, response]) => {
    const examples = (response?.examples ?? {}) as Doc;
    const content = response?.schema ? produces.map((mediaType) => apiContent(mediaType, response.schema, mediaType in examples ? [examples[mediaType]] : undefined)) : NONE;
    return typeof response?.description === 'string' ? { status, description: response.description, content } : { status, content };
  });
}

/** A `consumes` or `produces` list; JSON when the spec gives none (or not a list). */
function declaredMediaTypes(declared: unknown): string[] {
  return Array.isArray(declared) ? declared.filter((t): t is string => typeof t === 'string') : ['application/json'];
}
