/**
 * Indexes a dereferenced OpenAPI document: its operations (each one's details built on first read,
 * operation-entry.ts), the request-to-operation matcher and the security headers.
 */
import type { WorkspaceHost } from '../workspace/host';
import { list, type SpecContext } from './operation-details';
import { OperationEntry } from './operation-entry';
import { operationMatcher } from './path-match';
import { SpecLocator } from './spec-locations';
import { normalizeSwaggerSchemas } from './swagger2';
import type { ApiOperation, LoadedOpenApi } from './types';

type Doc = Record<string, any>;
type Index = Pick<LoadedOpenApi, 'operations' | 'findOperation' | 'securityHeaders'>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function openApiIndex(document: Doc, version: LoadedOpenApi['version'], file: string, host: WorkspaceHost): Index {
  if (version === '2.0') normalizeSwaggerSchemas(document);
  const spec: SpecContext = { document, version, locator: new SpecLocator(file, host) };
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Doc)) {
    if (!item || typeof item !== 'object') continue;
    for (const method of METHODS) {
      const op = item[method] as Doc | undefined;
      if (!op || typeof op !== 'object') continue;
      operations.push(new OperationEntry(spec, path, method, item, op));
    }
  }
  return {
    operations,
    findOperation: operationMatcher(operations, basePaths(document, version)),
    securityHeaders: securityHeaders(document, version),
  };
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
