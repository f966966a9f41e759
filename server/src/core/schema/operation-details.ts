/**
 * What an operation of a dereferenced OpenAPI document says about its requests and responses, in the
 * index's shape: its parameters (path-level and operation-level, the operation's win), its request body
 * and its responses, Swagger 2.0 bodies, form fields and responses converted to the OpenAPI 3 shape.
 * Each entry is built in one literal: a property added afterwards goes to a separate, growable store.
 */
import { apiContent, NONE } from './api-content';
import { located } from './located';
import type { SpecLocator } from './spec-locations';
import { swaggerBody, swaggerParameterSchema, swaggerResponses } from './swagger2';
import type { ApiContent, ApiOperation, ApiParameter, ApiResponse, JsonSchema, LoadedOpenApi } from './types';

type Doc = Record<string, any>;

/** What the operations of one spec share. */
export interface SpecContext {
  document: Doc;
  version: LoadedOpenApi['version'];
  locator: SpecLocator;
}

export type OperationDetails = Pick<ApiOperation, 'parameters' | 'requestBody' | 'responses'>;

const PARAMETER_PLACES = new Set(['path', 'query', 'header', 'cookie']);

/** The details of the operation `op` at `method` of the path item `item` at `path`. */
export function operationDetails({ document, version, locator }: SpecContext, path: string, method: string, item: Doc, op: Doc): OperationDetails {
  const declared = [
    ...list(item.parameters).map((p, i) => ({ p, at: ['paths', path, 'parameters', String(i)] })),
    ...list(op.parameters).map((p, i) => ({ p, at: ['paths', path, method, 'parameters', String(i)] })),
  ];
  const byKey = new Map<string, ApiParameter>();
  for (const { p, at } of declared) {
    if (!p || typeof p !== 'object' || !PARAMETER_PLACES.has(p.in)) continue;
    byKey.set(`${p.in}:${p.name}`, parameter(p, version, locator, at));
  }
  const body = version === '2.0' ? swaggerBody(document, op, item) : requestBody(op.requestBody);
  return {
    parameters: byKey.size > 0 ? Array.from(byKey.values()) : NONE,
    ...(body ? { requestBody: body } : {}),
    responses: version === '2.0' ? swaggerResponses(document, op) : responses(op),
  };
}

function parameter(p: Doc, version: LoadedOpenApi['version'], locator: SpecLocator, pointer: string[]): ApiParameter {
  const schema = version === '2.0' ? swaggerParameterSchema(p) : (p.schema ?? firstContentSchema(p.content));
  return located(locator, pointer, {
    name: String(p.name),
    in: p.in,
    required: p.in === 'path' || p.required === true,
    ...stringField('description', p.description),
    ...(schema && typeof schema === 'object' ? { schema: schema as JsonSchema } : {}),
  });
}

function requestBody(body: Doc | undefined): ApiOperation['requestBody'] {
  if (!body || typeof body !== 'object') return undefined;
  return { required: body.required === true, content: contents(body.content) ?? [] };
}

function responses(op: Doc): ApiResponse[] {
  return Object.entries((op.responses ?? {}) as Doc).map(([status, response]) => ({
    status,
    ...stringField('description', response?.description),
    content: contents(response?.content) ?? NONE,
  }));
}

function contents(content: Doc | undefined): ApiContent[] | undefined {
  if (!content || typeof content !== 'object') return undefined;
  return Object.entries(content).map(([mediaType, media]) => {
    const named = Object.values((media?.examples ?? {}) as Doc).filter((example) => example && typeof example === 'object' && 'value' in example);
    return apiContent(mediaType, media?.schema, [...(media?.example !== undefined ? [media.example] : []), ...named.map((example) => example.value)]);
  });
}

function firstContentSchema(content: Doc | undefined): unknown {
  return content && typeof content === 'object' ? (Object.values(content)[0] as Doc | undefined)?.schema : undefined;
}

/** `{ [key]: value }` when `value` is a string, else an empty object: spread it into a literal. */
export function stringField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

export function list(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}
