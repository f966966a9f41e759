/**
 * What the bound schema says at a cursor inside a JSON body: for a `json` body, the request body
 * schema of the step's OpenAPI operation; for GraphQL `variables`, the variables of the step's
 * operation. Input: the document, an offset and the file's loaded schemas. Output: the cursor (see
 * json-cursor.ts), the keys the object around it may have (with type, required flag and docs) and the
 * values a value there may take (enums, booleans).
 */
import { getNullableType, isInputObjectType, isListType } from 'graphql';
import { propertiesOf, schemaAtPath, schemaTypes, type JsonSchema, type LoadedSchema, type PathSegment } from '../schema';
import { graphqlOf, openApiOf } from './bound';
import { variableFieldsAt, variableValuesAt } from './graphql-variables';
import { jsonCursor, type JsonCursor } from './json-cursor';
import { operationOf, requestSchemaOf } from './openapi-step';
import { schemaMarkdown, typeLabel } from './schema-text';
import { graphqlRegionOf, jsonRegionAt, requestStepAt } from './step-text';

/** A key an object of the body may have. */
export interface BodyKey {
  name: string;
  /** One line: its type (`string <email>`, `"dog" | "cat"`). */
  type: string;
  required: boolean;
  /** Markdown: name, type, flags and description. */
  documentation: string;
  /** The kind of JSON value it holds, when one kind: where a completion puts the cursor after the colon. */
  shape?: 'string' | 'object' | 'array';
}

/** A cursor in a JSON body with what the schema says there. Offsets of `cursor` are relative to `base`. */
export interface BodyAt {
  cursor: JsonCursor;
  /** The document offset where the body (its opening bracket) starts. */
  base: number;
  /** The keys the object around the cursor may have. */
  keys(): BodyKey[];
  /** The JSON texts a value at the cursor may be, from a closed set. */
  values(): string[];
}

/** The body at `offset`, when it is a `json` body of an OpenAPI operation or `variables` of a GraphQL one. */
export function bodyAt(text: string, offset: number, schemas: readonly LoadedSchema[] | undefined): BodyAt | undefined {
  const step = schemas?.length ? requestStepAt(text, offset) : undefined;
  const region = step && jsonRegionAt(text, step, offset);
  const cursor = region && jsonCursor(text.slice(region.span.start, region.span.end), offset - region.span.start);
  if (!step || !region || !cursor) return undefined;
  const base = region.span.start;
  const valuePath: PathSegment[] = [...cursor.path, cursor.key ?? 0];
  if (region.keyword === 'variables') {
    const graphql = graphqlOf(schemas);
    const document = graphql && graphqlRegionOf(text, step);
    if (!graphql || !document) return undefined;
    return {
      cursor,
      base,
      keys: () =>
        variableFieldsAt(graphql.schema, document.text, document.operationName, cursor.path).map((f) => {
          const inner = getNullableType(f.type);
          const shape = isInputObjectType(inner) ? 'object' : isListType(inner) ? 'array' : /^(String|ID)$/.test(String(inner)) ? 'string' : undefined;
          const documentation = `**${f.name}**: \`${String(f.type)}\` (${f.required ? 'required' : 'optional'})${f.description ? `\n\n${f.description}` : ''}`;
          return { name: f.name, type: String(f.type), required: f.required, documentation, ...(shape ? { shape } : {}) };
        }),
      values: () => variableValuesAt(graphql.schema, document.text, document.operationName, valuePath),
    };
  }
  const api = openApiOf(schemas);
  const op = api && operationOf(api, step);
  const schema = op && requestSchemaOf(op);
  if (!schema) return undefined;
  return {
    cursor,
    base,
    keys: () => keysOf(schemaAtPath(schema, cursor.path) ?? []),
    values: () => valuesOf(schemaAtPath(schema, valuePath) ?? []),
  };
}

function keysOf(schemas: readonly JsonSchema[]): BodyKey[] {
  const keys = new Map<string, BodyKey>();
  for (const schema of schemas) {
    for (const [name, { schema: property, required }] of propertiesOf(schema)) {
      if (keys.has(name) || property.readOnly === true) continue;
      const types = schemaTypes(property);
      const only = types && types.size === 1 ? [...types][0] : undefined;
      const shape = only === 'string' || only === 'object' || only === 'array' ? only : undefined;
      keys.set(name, { name, type: typeLabel(property), required, documentation: schemaMarkdown(name, property, { required }), ...(shape ? { shape } : {}) });
    }
  }
  return [...keys.values()];
}

function valuesOf(schemas: readonly JsonSchema[]): string[] {
  const values = new Set<string>();
  for (const schema of schemas) {
    for (const v of Array.isArray(schema.enum) ? schema.enum : []) values.add(JSON.stringify(v));
    if (schema.const !== undefined) values.add(JSON.stringify(schema.const));
    const types = schemaTypes(schema);
    if (types?.has('boolean')) ['true', 'false'].forEach((v) => values.add(v));
    if (types?.has('null')) values.add('null');
  }
  return [...values];
}
