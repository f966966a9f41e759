/**
 * What the schema-aware checks share: the schema the file binds (`use openapi|graphql`, read from the
 * host's loaded schemas; nothing until it has loaded), and the OpenAPI operation a request goes to.
 * Not a check itself.
 */
import type { JsonPath, RequestStep } from '../ast';
import { contentFor } from '../schema/operation-lookup';
import type { ApiOperation, JsonSchema, LoadedGraphql, LoadedOpenApi } from '../schema/types';
import type { PathSegment } from '../schema/walk';
import type { CheckContext } from './check';

/** The OpenAPI document the file binds, once loaded and usable. */
export function boundOpenApi(ctx: CheckContext): LoadedOpenApi | undefined {
  for (const link of ctx.model.bindings) {
    if (link.decl.schema !== 'openapi') continue;
    const loaded = ctx.host.schemas?.peek(link.target);
    if (loaded?.kind === 'openapi') return loaded;
  }
  return undefined;
}

/** The GraphQL schema the file binds, once loaded and usable. */
export function boundGraphql(ctx: CheckContext): LoadedGraphql | undefined {
  for (const link of ctx.model.bindings) {
    if (link.decl.schema !== 'graphql') continue;
    const loaded = ctx.host.schemas?.peek(link.target);
    if (loaded?.kind === 'graphql') return loaded;
  }
  return undefined;
}

/** Where a request goes, as far as the text says. */
export type RequestTarget =
  | { kind: 'operation'; operation: ApiOperation }
  /** The path matches no operation of any method (`methods` empty) or not this method. */
  | { kind: 'unknown'; path: string; methods: string[] }
  /** The URL does not say (a whole-URL variable, another host): nothing to check. */
  | { kind: 'unchecked' };

/** The operation `request` goes to in `spec`. */
export function requestTarget(spec: LoadedOpenApi, request: RequestStep): RequestTarget {
  const path = checkablePath(spec, request.url.text);
  if (path === undefined) return { kind: 'unchecked' };
  const operation = spec.findOperation(request.method, path);
  if (operation) return { kind: 'operation', operation };
  const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'].filter((m) => m !== request.method && spec.findOperation(m, path));
  return { kind: 'unknown', path, methods };
}

/** The operation of the bound OpenAPI spec that `request` calls; undefined when unbound, unchecked or unknown. */
export function boundOperation(ctx: CheckContext, request: RequestStep): ApiOperation | undefined {
  const spec = boundOpenApi(ctx);
  const target = spec && requestTarget(spec, request);
  return target?.kind === 'operation' ? target.operation : undefined;
}

/**
 * The path of the URL as written, or undefined when it cannot be checked: a variable stands for it
 * (`{{url}}`, `{{base}}{{path}}`), or it names a host the spec's servers do not.
 */
function checkablePath(spec: LoadedOpenApi, url: string): string | undefined {
  const text = url.trim();
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(text);
  if (absolute) {
    // A spec that names no host describes whatever host the file calls.
    const hosts = serverHosts(spec);
    if (absolute[1].includes('{{') || (hosts.size > 0 && !hosts.has(absolute[1].toLowerCase()))) return undefined;
  }
  const rest = absolute ? text.slice(absolute[0].length) : text.replace(/^\{\{[^{}]*\}\}/, '');
  return rest.startsWith('/') ? rest : undefined;
}

function serverHosts(spec: LoadedOpenApi): Set<string> {
  const document = spec.document as { host?: unknown; servers?: Array<{ url?: unknown }> };
  const hosts = new Set<string>();
  if (typeof document.host === 'string') hosts.add(document.host.toLowerCase());
  for (const server of Array.isArray(document.servers) ? document.servers : []) {
    const match = typeof server?.url === 'string' ? /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(server.url) : null;
    if (match) hosts.add(match[1].toLowerCase());
  }
  return hosts;
}

/** The declared schema of a request's JSON body, when the operation declares a JSON body. */
export function jsonBodySchema(operation: ApiOperation): JsonSchema | undefined {
  const content = operation.requestBody?.content ?? [];
  return contentFor(content, 'application/json')?.schema;
}

/**
 * The segments of a JSONPath made of names, indexes and `*` (`$.items[0].id`, `$['a b'][*]`), or
 * undefined for paths the schema checks do not follow (`..`, filters, slices, unions).
 */
export function jsonPathSegments(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  const step = /^(?:\.([A-Za-z_$][\w$-]*)|\.\*|\[\s*(\d+)\s*\]|\[\s*\*\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\])/;
  let rest = path.slice(1);
  while (rest !== '') {
    const m = step.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined || m[4] !== undefined) segments.push((m[3] ?? m[4]).replace(/\\(.)/g, '$1'));
    else segments.push('*');
    rest = rest.slice(m[0].length);
  }
  return segments;
}

/** The candidate closest to `name` by edit distance, if close enough to be a likely typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The JSONPaths a step reads in `expect` and `capture`, except those `expect ... not exists` names on purpose. */
export function assertedJsonPaths(request: RequestStep): JsonPath[] {
  const out: JsonPath[] = [];
  for (const check of request.checks) {
    // `expect $.x not exists` says on purpose that the path is not there.
    if (check.kind === 'Expect' && check.predicate.kind === 'Exists' && check.predicate.negated) continue;
    const subject = check.kind === 'Expect' ? check.subject : check.source;
    if (subject.kind === 'JsonPath') out.push(subject);
    else if (subject.kind === 'Count') out.push(subject.path);
  }
  return out;
}
