/**
 * What the bound schemas say about the thing at an offset of a request step, for hover and go to
 * definition: the OpenAPI operation (on the request line's method or path), a parameter (a query name
 * in the URL or in `query { }`, a header name), or a property with its Markdown (a key of a `json`
 * body or of GraphQL `variables`, a `form` field, a JSONPath segment in `expect`/`capture`, read from
 * the response schema or the GraphQL selection).
 */
import type { Span } from '../ast';
import { propertiesOf, schemaAtPath, type ApiOperation, type ApiParameter, type LoadedSchema, type SpecLocation } from '../schema';
import { graphqlOf, openApiOf } from './bound';
import { responseShapeAt } from './graphql-selection';
import { bodyAt } from './json-body';
import { readJsonPath } from './jsonpath-read';
import { operationOf, requestSchemaOf, responseSchemaOf } from './openapi-step';
import { schemaMarkdown } from './schema-text';
import { graphqlRegionOf, requestStepAt, type StepText } from './step-text';
import { splitUrl } from './url';

export type SchemaTarget =
  | { kind: 'operation'; operation: ApiOperation; span: Span }
  | { kind: 'parameter'; parameter: ApiParameter; span: Span }
  | { kind: 'property'; markdown: string; span: Span };

const BLOCK = /\b(query|form|multipart)[ \t]*\{([^{}]*)$/;
const FIELD_LINE = /^([ \t]*)("?)([^"=\s]+)\2[ \t]*=/;
const HEADER_LINE = /^([ \t]*)([A-Za-z0-9_.-]+):/;
const MEDIA_TYPES: Readonly<Record<string, string>> = { form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data' };

/** The target at `offset`, or undefined where the schema has nothing to say. */
export function schemaTargetAt(text: string, offset: number, schemas: readonly LoadedSchema[] | undefined): SchemaTarget | undefined {
  const step = schemas?.length ? requestStepAt(text, offset) : undefined;
  if (!step) return undefined;
  const jsonPath = jsonPathTarget(text, offset, step, schemas);
  if (jsonPath !== null) return jsonPath;
  const body = bodyAt(text, offset, schemas);
  if (body) {
    const { cursor, base } = body;
    if (cursor.place !== 'key' || !cursor.quoted) return undefined;
    const name = keyName(text.slice(base + cursor.start, base + cursor.end));
    const key = body.keys().find((k) => k.name === name);
    return key && { kind: 'property', markdown: key.documentation, span: { start: base + cursor.start, end: base + cursor.end } };
  }
  const api = openApiOf(schemas);
  const op = api && operationOf(api, step);
  if (!op) return undefined;
  if (offset >= step.methodSpan.start && offset <= step.urlSpan.end) return requestLineTarget(text, offset, step, op);
  return lineTarget(text, offset, step, op);
}

/** Where the spec writes the target at `offset`: an operation or a parameter; undefined for anything else. */
export function specLocationAt(text: string, offset: number, schemas: readonly LoadedSchema[] | undefined): SpecLocation | undefined {
  const target = schemaTargetAt(text, offset, schemas);
  if (target?.kind === 'operation') return target.operation.source;
  return target?.kind === 'parameter' ? target.parameter.source : undefined;
}

function requestLineTarget(text: string, offset: number, step: StepText, op: ApiOperation): SchemaTarget | undefined {
  const url = splitUrl(step.url);
  const inUrl = offset - step.urlSpan.start;
  if (inUrl > url.pathEnd) {
    for (const m of step.url.slice(url.pathEnd + 1).matchAll(/([^&=]+)(=[^&]*)?/g)) {
      const start = step.urlSpan.start + url.pathEnd + 1 + m.index;
      const end = start + m[1].length;
      if (offset < start || offset > end) continue;
      const parameter = op.parameters.find((p) => p.in === 'query' && p.name === m[1]);
      return parameter && { kind: 'parameter', parameter, span: { start, end } };
    }
    return undefined;
  }
  const before = text.slice(step.urlSpan.start, offset);
  if (before.lastIndexOf('{{') > before.lastIndexOf('}}')) return undefined;
  return { kind: 'operation', operation: op, span: { start: step.methodSpan.start, end: step.urlSpan.start + url.pathEnd } };
}

/** A field of `query { }` / `form { }`, or a header name, on the line at `offset`. */
function lineTarget(text: string, offset: number, step: StepText, op: ApiOperation): SchemaTarget | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const block = BLOCK.exec(text.slice(step.span.start, lineStart));
  const field = block ? FIELD_LINE.exec(line) : null;
  if (block && field) {
    const span = { start: lineStart + field[1].length, end: lineStart + field[1].length + field[2].length * 2 + field[3].length };
    if (offset < span.start || offset > span.end) return undefined;
    if (block[1] === 'query') {
      const parameter = op.parameters.find((p) => p.in === 'query' && p.name === field[3]);
      return parameter && { kind: 'parameter', parameter, span };
    }
    const property = propertiesOf(requestSchemaOf(op, MEDIA_TYPES[block[1]])).get(field[3]);
    return property && { kind: 'property', markdown: schemaMarkdown(field[3], property.schema, { required: property.required }), span };
  }
  const header = block ? null : HEADER_LINE.exec(line);
  if (!header) return undefined;
  const span = { start: lineStart + header[1].length, end: lineStart + header[1].length + header[2].length };
  const parameter = op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === header[2].toLowerCase());
  return parameter && offset >= span.start && offset <= span.end ? { kind: 'parameter', parameter, span } : undefined;
}

/**
 * The key of a response at a JSONPath segment under the cursor, in `expect` or `capture`: null when
 * the offset is on no JSONPath (so that other targets are tried), undefined when the schema does not know it.
 * `retry ... until` conditions count as expectations.
 */
function jsonPathTarget(text: string, offset: number, step: StepText, schemas: readonly LoadedSchema[] | undefined): SchemaTarget | undefined | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!/^[ \t]*(?:expect|capture|retry)\b/.test(line)) return null;
  const token = [...line.matchAll(/\$[^\s]*/g)].find((m) => lineStart + m.index <= offset && offset <= lineStart + m.index + m[0].length);
  if (!token) return null;
  const tokenStart = lineStart + token.index;
  const nameEnd = offset + (/^[A-Za-z0-9_\-$@]*/.exec(text.slice(offset))?.[0].length ?? 0);
  const upTo = text.slice(tokenStart, nameEnd);
  const dot = upTo.lastIndexOf('.');
  const name = upTo.slice(dot + 1);
  const parent = dot > 0 ? readJsonPath(upTo.slice(0, dot + 1))?.path : undefined;
  if (!parent || !/^[A-Za-z0-9_\-$@]+$/.test(name)) return undefined;
  const span = { start: tokenStart + dot + 1, end: nameEnd };
  const graphql = graphqlOf(schemas);
  const region = graphql && graphqlRegionOf(text, step);
  if (graphql && region) {
    const shape = responseShapeAt(graphql.schema, region.text, region.operationName, parent);
    const field = shape?.kind === 'object' ? shape.fields.find((f) => f.name === name) : undefined;
    return field && { kind: 'property', markdown: `**${field.name}**: \`${field.type}\`${field.description ? `\n\n${field.description}` : ''}`, span };
  }
  const api = openApiOf(schemas);
  const op = api && operationOf(api, step);
  const found = op && (schemaAtPath(responseSchemaOf(text, step, op), parent) ?? []).map((s) => propertiesOf(s).get(name)).find(Boolean);
  return found && { kind: 'property', markdown: schemaMarkdown(name, found.schema, { required: found.required }), span };
}

function keyName(token: string): string {
  try {
    return JSON.parse(token.endsWith('"') && token.length > 1 ? token : token + '"') as string;
  } catch {
    return token.replace(/^"|"$/g, '');
  }
}
