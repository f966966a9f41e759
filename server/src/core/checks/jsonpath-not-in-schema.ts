/**
 * `jsonpath-not-in-schema`: under `use openapi`, a JSONPath in an `expect` or `capture` of a request
 * that no response body of its operation can have: for the statuses the request expects, or else for
 * its 2XX responses. Paths through open objects, `..` or filters are not checked.
 */
import type { RequestStep } from '../ast';
import { contentFor, responseFor } from '../schema/operation-lookup';
import type { ApiOperation, JsonSchema } from '../schema/types';
import { schemaAtPath } from '../schema/walk';
import type { Check } from './check';
import { expectedStatuses } from './expected-statuses';
import { assertedJsonPaths, boundOperation, jsonPathSegments } from './schema-binding';

export const jsonPathNotInSchema: Check = {
  meta: { code: 'jsonpath-not-in-schema', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a JSONPath that the response schema of the operation cannot have.' },
  create(ctx) {
    return {
      Request(request) {
        const operation = boundOperation(ctx, request);
        const schemas = operation && responseSchemas(operation, request);
        if (!schemas) return;
        for (const path of assertedJsonPaths(request)) {
          const segments = jsonPathSegments(path.path);
          if (!segments || segments.length === 0) continue;
          const reachable = schemas.map((schema) => schemaAtPath(schema, segments));
          if (reachable.some((found) => found === undefined || found.length > 0)) continue;
          ctx.report({ span: path.span, message: `The response schema of ${operation.method} ${operation.path} has no ${path.path}` });
        }
      },
    };
  },
};

/** The JSON response schemas to check against, or undefined when one of them is unknown. */
function responseSchemas(operation: ApiOperation, request: RequestStep): JsonSchema[] | undefined {
  const expected = expectedStatuses(request).map((e) => e.status);
  const responses = expected.length > 0 ? expected.map((status) => responseFor(operation, status)) : operation.responses.filter((r) => r.status.startsWith('2'));
  if (responses.length === 0) return undefined;
  const schemas: JsonSchema[] = [];
  for (const response of responses) {
    const schema = response && contentFor(response.content)?.schema;
    if (!schema) return undefined;
    schemas.push(schema);
  }
  return schemas;
}
