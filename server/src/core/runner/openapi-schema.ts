/**
 * `response matches schema` under `use openapi`: finds the operation for the response's method and URL,
 * the response it declares for the status (exact, `2XX`, `default`) and the content for the received
 * `Content-Type`, and validates the JSON body against that schema in the spec's dialect. Each mismatch
 * reads `$.path: expected X, got Y`.
 */
import type { SchemaCheck } from '../assertions';
import { compileResponseSchema, contentFor, responseFor, type LoadedOpenApi } from '../schema';
import type { Response } from './response';

/** The check of `response` against the operation of `spec` it answers; `name` names the spec. */
export function openApiCheck(spec: LoadedOpenApi, name: string, response: Response): SchemaCheck {
  const problem = (why: string): SchemaCheck => ({ name, validate: () => [why] });
  const url = new URL(response.http.url);
  const method = response.http.method.toUpperCase();
  const operation = spec.findOperation(method, url.pathname);
  if (!operation) return problem(`${name} has no ${method} operation for ${url.pathname}`);
  const declared = responseFor(operation, response.status);
  const route = `${method} ${operation.path}`;
  if (!declared) return problem(`${name} does not declare status ${response.status} for ${route} (it declares ${operation.responses.map((r) => r.status).join(', ') || 'none'})`);
  const label = `${name} (${route} → ${declared.status})`;
  const contentType = response.header('content-type');
  const content = contentFor(declared.content, contentType);
  if (declared.content.length > 0 && !content) {
    return { name: label, validate: () => [`the response's Content-Type ${contentType ?? '(none)'} is not one ${route} declares for ${declared.status}: ${declared.content.map((c) => c.mediaType).join(', ')}`] };
  }
  if (!content?.schema) {
    return { name: label, validate: () => (response.http.body.length === 0 || declared.content.length > 0 ? [] : [`${route} declares no body for ${declared.status}, but one came`]) };
  }
  const validate = compileResponseSchema(content.schema, spec.version);
  return { name: label, validate: (value) => validate(value).map((m) => `${m.path}: expected ${m.expected}, got ${m.actual}`) };
}
