// GraphQL over HTTP at /graphql: POST with a JSON `{ query, variables, operationName }` body, or GET
// with those as query parameters (queries only). Request errors answer 400 and GraphQL errors 200,
// both as `{ "errors": [...] }`.
import type { OutgoingHttpHeaders } from 'node:http';
import { GraphQLError, execute, getOperationAST, parse, validate, type DocumentNode } from 'graphql';
import { authenticate } from './auth.js';
import { isPlainObject, readBody, sendJson } from './http-util.js';
import { rootValue, schema } from './graphql-schema.js';
import type { RequestContext, Route } from './router.js';

interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** A failure of the HTTP request itself, answered before any GraphQL execution. */
class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: OutgoingHttpHeaders = {},
  ) {
    super(message);
  }
}

function toRequest(value: unknown): GraphQLRequest {
  if (!isPlainObject(value)) throw new RequestError(400, 'request must be a JSON object');
  const { query, variables, operationName } = value;
  if (typeof query !== 'string') throw new RequestError(400, '"query" must be a string');
  if (variables != null && !isPlainObject(variables)) throw new RequestError(400, '"variables" must be an object');
  if (operationName != null && typeof operationName !== 'string') {
    throw new RequestError(400, '"operationName" must be a string');
  }
  return { query, variables: variables ?? undefined, operationName: operationName ?? undefined };
}

function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, `${what} is not valid JSON`);
  }
}

async function readRequest({ req, url }: RequestContext): Promise<GraphQLRequest> {
  if (req.method === 'POST') return toRequest(parseJsonText((await readBody(req)).toString('utf8'), 'request body'));
  const params = url.searchParams;
  const variables = params.get('variables');
  return toRequest({
    query: params.get('query'),
    variables: variables === null ? undefined : parseJsonText(variables, '"variables"'),
    operationName: params.get('operationName'),
  });
}

async function handle(ctx: RequestContext): Promise<void> {
  const { req, res, state } = ctx;
  try {
    const request = await readRequest(ctx);
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendJson(res, 200, { errors: [error] });
      return;
    }
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) {
      sendJson(res, 200, { errors: validationErrors });
      return;
    }
    const operationType = getOperationAST(document, request.operationName)?.operation;
    if (req.method !== 'POST' && operationType !== undefined && operationType !== 'query') {
      throw new RequestError(405, `${operationType} operations must use POST`, { allow: 'GET, HEAD, POST' });
    }
    const result = await execute({
      schema,
      document,
      rootValue,
      contextValue: { state, user: authenticate(req, state.sessions, ['bearer', 'apiKey']) },
      variableValues: request.variables,
      operationName: request.operationName,
    });
    sendJson(res, 200, result);
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    sendJson(res, error.status, { errors: [{ message: error.message }] }, error.headers);
  }
}

export const graphqlRoutes: Route[] = [{ path: '/graphql', methods: { GET: handle, POST: handle } }];
