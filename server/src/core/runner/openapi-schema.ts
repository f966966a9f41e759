/**
 * `response matches schema` under `use openapi`: finds the operation for the response's method and URL
 * path in the OpenAPI document (YAML or JSON), the response for its status (exact, `2XX`, `default`),
 * and checks the JSON body against that response's schema, `$ref`s resolved in the document.
 */
import { parse as parseYaml } from 'yaml';
import { jsonSchemaCheck, type SchemaCheck } from '../assertions';
import type { Response } from './response';

type Doc = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Parses an OpenAPI document; throws with a readable message. */
export function parseOpenApi(text: string): Doc {
  const doc: unknown = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  if (doc === null || typeof doc !== 'object' || typeof (doc as Doc).paths !== 'object') throw new Error('it has no `paths`');
  return doc as Doc;
}

/** The check of `response` against the operation of `doc` it answers; `name` names the document. */
export function openApiCheck(doc: Doc, name: string, response: Response): SchemaCheck {
  const problem = (why: string): SchemaCheck => ({ name, validate: () => [why] });
  const url = new URL(response.http.url);
  const method = response.http.method.toLowerCase();
  const match = findPath(doc, url.pathname);
  if (!match) return problem(`no path of ${name} matches ${url.pathname}`);
  const operation = (match as Doc)[method] as Doc | undefined;
  if (!operation || !METHODS.includes(method)) return problem(`${name} has no ${method.toUpperCase()} operation for ${url.pathname}`);
  const responses = (operation.responses ?? {}) as Doc;
  const status = String(response.status);
  const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => k in responses);
  if (!key) return problem(`${name} does not list status ${status} for ${method.toUpperCase()} ${url.pathname}`);
  const declared = deref(doc, responses[key]) as Doc | undefined;
  const content = (declared?.content ?? {}) as Doc;
  const mediaType = Object.keys(content).find((t) => /json/i.test(t));
  const schema = mediaType ? (deref(doc, content[mediaType]) as Doc | undefined)?.schema : undefined;
  const label = `${name} (${method.toUpperCase()} ${url.pathname} → ${key})`;
  if (schema === undefined) {
    return { name: label, validate: () => (response.http.body.length === 0 ? [] : [`${label} declares no JSON body, but one came`]) };
  }
  const check = jsonSchemaCheck(label, schema, doc);
  return { name: label, validate: (value) => check.validate(value) };
}

/** The path item whose template (`/pets/{id}`) matches `pathname`, trying server base paths too. */
function findPath(doc: Doc, pathname: string): unknown {
  const paths = doc.paths as Doc;
  const bases = ['', ...((doc.servers as Array<{ url?: string }> | undefined) ?? []).map((s) => basePath(s.url ?? ''))];
  for (const base of bases) {
    if (!pathname.startsWith(base)) continue;
    const rest = pathname.slice(base.length) || '/';
    if (rest in paths) return deref(doc, paths[rest]);
    for (const [template, item] of Object.entries(paths)) {
      const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}/?$`);
      if (pattern.test(rest)) return deref(doc, item);
    }
  }
  return undefined;
}

function basePath(url: string): string {
  try {
    return new URL(url, 'http://x').pathname.replace(/\/$/, '');
  } catch {
    return '';
  }
}

/** Follows a local `$ref` object to what it points at. */
function deref(doc: Doc, node: unknown, depth = 0): unknown {
  if (depth > 16 || node === null || typeof node !== 'object' || typeof (node as Doc).$ref !== 'string') return node;
  const ref = (node as Doc).$ref as string;
  let target: unknown = doc;
  for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Doc | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, target, depth + 1);
}
