// Routes for exercising an HTTP client: /echo mirrors the request, /redirect and /redirect/chain
// redirect, /status/{code} answers any status, /headers sets custom headers, /slow delays.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import {
  badRequest,
  collectPairs,
  intQuery,
  isJsonMediaType,
  parseHeaderValue,
  parseJson,
  readBody,
  sendEmpty,
  sendJson,
} from './http-util.js';
import type { RequestContext, Route } from './router.js';

const MAX_SLOW_MS = 10_000;
const MAX_REDIRECT_CHAIN = 20;

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

async function echo({ req, res, url }: RequestContext): Promise<void> {
  const raw = await readBody(req);
  const mediaType = parseHeaderValue(req.headers['content-type']).value;
  let body: unknown = null;
  if (raw.length > 0) body = isJsonMediaType(mediaType) ? parseJson(raw) : raw.toString('utf8');
  const form =
    mediaType === 'application/x-www-form-urlencoded'
      ? { form: collectPairs(new URLSearchParams(raw.toString('utf8'))) }
      : {};
  sendJson(res, 200, {
    method: req.method,
    path: url.pathname,
    query: collectPairs(url.searchParams),
    headers: flattenHeaders(req.headers),
    body,
    ...form,
  });
}

function redirect(res: ServerResponse, location: string): void {
  sendJson(res, 302, { location }, { location });
}

/** Resolves after `ms`, or as soon as the response is closed (client gone or server shutting down). */
function wait(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

export const testingRoutes: Route[] = [
  { path: '/echo', methods: { '*': echo } },
  {
    path: '/redirect',
    methods: {
      GET: ({ res, url }) => {
        const to = url.searchParams.get('to');
        if (to === null || !/^\/(?![/\\])[\x21-\x7e]*$/.test(to)) {
          throw badRequest('query parameter "to" must be a path of visible ASCII characters starting with a single "/"');
        }
        redirect(res, to);
      },
    },
  },
  {
    path: '/redirect/chain',
    methods: {
      GET: ({ res, url }) => {
        const n = intQuery(url, 'n', { min: 1, max: MAX_REDIRECT_CHAIN });
        redirect(res, n > 1 ? `/redirect/chain?n=${n - 1}` : '/pets/1');
      },
    },
  },
  {
    path: '/status/{code}',
    methods: {
      GET: ({ res, params }) => {
        const raw = params.code ?? '';
        const status = /^\d{3}$/.test(raw) ? Number(raw) : NaN;
        if (!(status >= 200 && status <= 599)) throw badRequest('status code must be an integer from 200 to 599');
        if (status === 204 || status === 304) sendEmpty(res, status);
        else sendJson(res, status, { status });
      },
    },
  },
  {
    path: '/headers',
    methods: {
      GET: ({ res }) => {
        const requestId = randomUUID();
        sendJson(
          res,
          200,
          { requestId, message: 'see the response headers' },
          {
            'x-request-id': requestId,
            'x-rate-limit': '100',
            'set-cookie': 'session=abc; Path=/',
            'cache-control': 'no-store',
          },
        );
      },
    },
  },
  {
    path: '/slow',
    methods: {
      GET: async ({ res, url }) => {
        const ms = intQuery(url, 'ms', { min: 0, max: MAX_SLOW_MS });
        await wait(ms, res);
        if (!res.destroyed) sendJson(res, 200, { waited: ms });
      },
    },
  },
];
