/**
 * `missing-parameter`: under `use openapi`, a request without a query parameter or header the
 * operation requires, or without the body it requires. Path parameters are in the path by matching it.
 */
import type { RequestStep } from '../ast';
import type { Check } from './check';
import { boundOperation } from './schema-binding';

export const missingParameter: Check = {
  meta: { code: 'missing-parameter', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a required query parameter, header or request body the request does not send.' },
  create(ctx) {
    return {
      Request(request) {
        const operation = boundOperation(ctx, request);
        if (!operation) return;
        const span = { start: request.span.start, end: request.url.span.end };
        const queries = queryNames(request);
        const headers = headerNames(request);
        for (const parameter of operation.parameters) {
          if (!parameter.required) continue;
          if (parameter.in === 'query' && !queries.has(parameter.name)) {
            ctx.report({ span, message: `${operation.method} ${operation.path} requires the query parameter \`${parameter.name}\``, hint: `Add it in a \`query { ${parameter.name} = ... }\` block or to the URL.` });
          } else if (parameter.in === 'header' && !headers.has(parameter.name.toLowerCase())) {
            ctx.report({ span, message: `${operation.method} ${operation.path} requires the header \`${parameter.name}\`` });
          }
        }
        if (operation.requestBody?.required && !request.body) {
          ctx.report({ span, message: `${operation.method} ${operation.path} requires a request body (${operation.requestBody.content.map((c) => c.mediaType).join(', ')})` });
        }
      },
    };
  },
};

function queryNames(request: RequestStep): Set<string> {
  const names = new Set(request.query.map((f) => f.name));
  const query = request.url.text.split('?')[1] ?? '';
  for (const pair of query.split('#')[0].split('&')) {
    const name = pair.split('=')[0];
    if (name) names.add(decodeURIComponentSafe(name));
  }
  return names;
}

function headerNames(request: RequestStep): Set<string> {
  const names = new Set(request.headers.map((h) => h.name.toLowerCase()));
  const auth = request.auth;
  if (auth?.scheme === 'basic' || auth?.scheme === 'bearer') names.add('authorization');
  if (auth?.scheme === 'apikey' && auth.args[0]?.kind === 'String') names.add(auth.args[0].value.toLowerCase());
  return names;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
