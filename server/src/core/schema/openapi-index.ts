/**
 * Indexes a dereferenced OpenAPI document: its operations (Swagger 2.0 bodies, form fields and
 * responses in the OpenAPI 3 shape), the request-to-operation matcher and the security headers.
 * Where each operation and parameter is written is found only when first asked (go to definition).
 */
import type { WorkspaceHost } from '../workspace/host';
import { apiContent } from './api-content';
import { located } from './located';
import { operationMatcher } from './path-match';
import { SpecLocator } from './spec-locations';
import { normalizeSwaggerSchemas, swaggerBody, swaggerParameterSchema, swaggerResponses } from './swagger2';
import type { ApiContent, ApiOperation, ApiParameter, ApiResponse, JsonSchema, LoadedOpenApi } from './types';

type Doc = Record<string, any>;
type Index = Pick<LoadedOpenApi, 'operations' | 'findOperation' | 'securityHeaders'>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PARAMETER_PLACES = new Set(['path', 'query', 'header', 'cookie']);

export function openApiIndex(document: Doc, version: LoadedOpenApi['version'], file: string, host: WorkspaceHost): Index {
  if (version === '2.0') normalizeSwaggerSchemas(document);
  const locator = new SpecLocator(file, host);
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Doc)) {
    if (!item || typeof item !== 'object') continue;
    for (const method of METHODS) {
      const op = item[method] as Doc | undefined;
      if (!op || typeof op !== 'object') continue;
      operations.push(operation(document, version, path, method, item, op, locator));
    }
  }
  return {
    operations,
    findOperation: operationMatcher(operations, basePaths(document, version)),
    securityHeaders: securityHeaders(document, version),
  };
}

function operation(document: Doc, version: LoadedOpenApi['version'], path: string, method: string, item: Doc, op: Doc, locator: SpecLocator): ApiOperation {
  const pointer = ['paths', path, method];
  const declared = [
    ...list(item.parameters).map((p, i) => ({ p, at: ['paths', path, 'parameters', String(i)] })),
    ...list(op.parameters).map((p, i) => ({ p, at: [...pointer, 'parameters', String(i)] })),
  ];
  const byKey = new Map<string, ApiParameter>();
  for (const { p, at } of declared) {
    if (!p || typeof p !== 'object' || !PARAMETER_PLACES.has(p.in)) continue;
    byKey.set(`${p.in}:${p.name}`, parameter(p, version, locator, at));
  }
  const tags = list(op.tags);
  const body = version === '2.0' ? swaggerBody(document, op, item) : requestBody(op.requestBody);
  // Each entry is built in one literal: a property added later goes to a separate, growable store.
  return located(locator, pointer, {
    method: method.toUpperCase(),
    path,
    ...stringField('operationId', op.operationId),
    ...stringField('summary', op.summary),
    ...stringField('description', op.description),
    tags: tags.every((t) => typeof t === 'string') ? tags : tags.filter((t): t is string => typeof t === 'string'),
    deprecated: op.deprecated === true,
    parameters: Array.from(byKey.values()),
    ...(body ? { requestBody: body } : {}),
    responses: version === '2.0' ? swaggerResponses(document, op) : responses(op),
  });
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
  return { required: body.required === true, content: contents(body.content) };
}

function responses(op: Doc): ApiResponse[] {
  return Object.entries((op.responses ?? {}) as Doc).map(([status, response]) => ({
    status,
    ...stringField('description', response?.description),
    content: contents(response?.content),
  }));
}

function contents(content: Doc | undefined): ApiContent[] {
  if (!content || typeof content !== 'object') return [];
  return Object.entries(content).map(([mediaType, media]) => {
    const named = Object.values((media?.examples ?? {}) as Doc).filter((example) => example && typeof example === 'object' && 'value' in example);
    return apiContent(mediaType, media?.schema, [...(media?.example !== undefined ? [media.example] : []), ...named.map((example) => example.value)]);
  });
}

/** `{ [key]: value }` when `value` is a string, else an empty object: spread it into a literal. */
function stringField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

function firstContentSchema(content: Doc | undefined): unknown {
  return content && typeof content === 'object' ? (Object.values(content)[0] as Doc | undefined)?.schema : undefined;
}

function list(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

/** The path prefixes of the servers (3.x `servers[].url`, 2.0 `basePath`), without a trailing slash. */
function basePaths(document: Doc, version: LoadedOpenApi['version']): string[] {
  if (version === '2.0') return typeof document.basePath === 'string' ? [document.basePath.replace(/\/$/, '')] : [];
  return list(document.servers)
    .map((server: Doc) => {
      let url = typeof server?.url === 'string' ? server.url : '';
      for (const [name, variable] of Object.entries((server?.variables ?? {}) as Doc)) url = url.split(`{${name}}`).join(String(variable?.default ?? ''));
      try {
        return new URL(url, 'http://host').pathname.replace(/\/$/, '');
      } catch {
        return '';
      }
    })
    .filter((base) => base !== '');
}

function securityHeaders(document: Doc, version: LoadedOpenApi['version']): string[] {
  const schemes = (version === '2.0' ? document.securityDefinitions : document.components?.securitySchemes) ?? {};
  const headers = new Set<string>();
  for (const scheme of Object.values(schemes as Doc)) {
    if (!scheme || typeof scheme !== 'object') continue;
    if (scheme.type === 'apiKey') {
      if (scheme.in === 'header' && typeof scheme.name === 'string') headers.add(scheme.name);
    } else if (['http', 'basic', 'oauth2', 'openIdConnect'].includes(scheme.type)) {
      headers.add('Authorization');
    }
  }
  return [...headers];
}
