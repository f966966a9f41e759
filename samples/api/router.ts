// Dispatches requests to route handlers by path pattern and method: answers 404 and 405 itself,
// serves HEAD with the GET handler, and turns handler failures into JSON error responses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, sendError } from './http-util.js';
import type { AppState } from './state.js';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Values of the `{name}` segments of the matched route path. */
  params: Record<string, string>;
  state: AppState;
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;

export interface Route {
  /** A path such as `/pets/{id}`; a `{name}` segment matches any one non-empty segment. */
  path: string;
  /** Handlers by upper-case method; the key `*` accepts every method. */
  methods: Readonly<Record<string, Handler>>;
}

interface CompiledRoute {
  segments: string[];
  methods: Readonly<Record<string, Handler>>;
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (value === '') return null;
      params[segment.slice(1, -1)] = value;
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

function parseRequestUrl(raw: string): URL | null {
  try {
    return new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw);
  } catch {
    return null;
  }
}

function allowedMethods(methods: Readonly<Record<string, Handler>>): string {
  const names = Object.keys(methods);
  return names.flatMap((name) => (name === 'GET' && !names.includes('HEAD') ? ['GET', 'HEAD'] : [name])).join(', ');
}

/**
 * Waits until the request body has been received in full, discarding what nobody read. An error is
 * answered only then, so a client that sends its whole body before reading the response (and a
 * connection that closes after the response) does not see its upload cut off.
 */
function finishReading(req: IncomingMessage): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.once('end', resolve);
    req.once('close', resolve);
    req.resume();
  });
}

async function respondToFailure(req: IncomingMessage, res: ServerResponse, error: unknown): Promise<void> {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  await finishReading(req);
  if (error instanceof HttpError) {
    sendError(res, error);
    return;
  }
  console.error('sample api: unhandled error', error);
  sendError(res, new HttpError(500, 'internal_error', 'internal server error'));
}

export function createRouter(routes: readonly Route[], state: AppState): (req: IncomingMessage, res: ServerResponse) => void {
  const compiled: CompiledRoute[] = routes.map((route) => ({ segments: route.path.split('/'), methods: route.methods }));

  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = parseRequestUrl(req.url ?? '/');
    if (url === null) throw new HttpError(400, 'bad_request', 'invalid request target');
    const method = req.method ?? 'GET';
    const actual = url.pathname.split('/');
    for (const route of compiled) {
      const params = matchSegments(route.segments, actual);
      if (params === null) continue;
      const handler = route.methods[method] ?? (method === 'HEAD' ? route.methods.GET : undefined) ?? route.methods['*'];
      if (handler === undefined) {
        throw new HttpError(405, 'method_not_allowed', `method ${method} is not allowed on ${url.pathname}`, {
          headers: { allow: allowedMethods(route.methods) },
        });
      }
      await handler({ req, res, url, params, state });
      return;
    }
    throw new HttpError(404, 'not_found', `no route for ${method} ${url.pathname}`);
  };

  return (req, res) => {
    dispatch(req, res)
      .catch((error: unknown) => respondToFailure(req, res, error))
      .catch(() => res.destroy());
  };
}
