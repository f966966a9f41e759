/**
 * Sends one HTTP request over an undici dispatcher and reads the response, following redirects by hand
 * when asked. Input: the request, a dispatcher, the run's signal, the cookies to send and keep. Output:
 * the response (its body read up to a cap, with `truncated` set beyond it) or the fault that stopped it.
 * Never throws; a timeout or a cancellation aborts the request in flight.
 */
import type { Dispatcher } from 'undici';
import { hasCookieHeader, withCookies, type Cookies } from './cookies';
import { describeFault } from './faults';
import { exchange, type Exchange, type IncomingResponse } from './http-exchange';

/** A request ready to send. Headers are pairs, so a header may be sent twice. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: Uint8Array | string;
  timeoutMs: number;
  /** Follow redirects up to `max` hops; `max` 0 means do not follow. */
  maxRedirects: number;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Buffer;
  /** True when the body was longer than the cap and only its start was kept. */
  truncated: boolean;
  durationMs: number;
  /** The method and URL that gave this response, after redirects. */
  method: string;
  url: string;
}

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; error: string; cancelled: boolean };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Sends `req`; reads at most `maxBodyBytes` of the body. Each hop sends the `cookies` that match its URL
 * (unless the request has a Cookie header of its own) and keeps those its response sets.
 */
export async function send(req: HttpRequest, dispatcher: Dispatcher, maxBodyBytes: number, runSignal?: AbortSignal, cookies?: Cookies): Promise<HttpResult> {
  if (runSignal?.aborted) return { ok: false, error: 'The run was cancelled.', cancelled: true };
  let inFlight: Exchange | undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    inFlight?.abort(new Error('timeout'));
  }, Math.max(1, req.timeoutMs));
  const started = performance.now();
  let current = { method: req.method, url: req.url, headers: req.headers, body: req.body };
  const jar = hasCookieHeader(req.headers) ? undefined : cookies;
  try {
    for (let hop = 0; ; hop++) {
      const url = new URL(current.url);
      const headers = flat(withCookies(current.headers, jar, current.url));
      inFlight = exchange(dispatcher, { origin: url.origin, path: url.pathname + url.search, method: current.method, headers, body: current.body }, maxBodyBytes);
      const res = await (runSignal ? untilCancelled(inFlight, runSignal) : inFlight.response);
      cookies?.store(current.url, res.headers['set-cookie']);
      const location = res.headers.location;
      if (req.maxRedirects > 0 && REDIRECT_STATUSES.has(res.status) && typeof location === 'string') {
        if (hop >= req.maxRedirects) {
          return { ok: false, error: `Stopped after ${req.maxRedirects} redirect${req.maxRedirects === 1 ? '' : 's'}: ${current.url} redirects again to ${location}.`, cancelled: false };
        }
        current = redirected(current, res.status, new URL(location, current.url).toString());
        continue;
      }
      const response: HttpResponse = { status: res.status, headers: joinHeaders(res.headers), body: res.body, truncated: res.truncated, durationMs: performance.now() - started, method: current.method, url: current.url };
      return { ok: true, response };
    }
  } catch (error) {
    if (runSignal?.aborted) return { ok: false, error: 'The run was cancelled: the request was aborted.', cancelled: true };
    if (timedOut) return { ok: false, error: `No full response within ${req.timeoutMs} ms (timeout).`, cancelled: false };
    return { ok: false, error: describeFault(error, current.url), cancelled: false };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The exchanges in flight under each run signal. One listener per signal aborts them all: adding and
 * removing a listener for every request cost more than the rest of sending it, on the runner's side.
 */
const inFlightUnder = new WeakMap<AbortSignal, Set<Exchange>>();

/** The exchange's response, or its abort when `signal` fires first. */
async function untilCancelled(ongoing: Exchange, signal: AbortSignal): Promise<IncomingResponse> {
  let exchanges = inFlightUnder.get(signal);
  if (!exchanges) {
    const watched = new Set<Exchange>();
    signal.addEventListener('abort', () => watched.forEach((e) => e.abort(new Error('The run was cancelled.'))), { once: true });
    inFlightUnder.set(signal, (exchanges = watched));
  }
  exchanges.add(ongoing);
  try {
    return await ongoing.response;
  } finally {
    exchanges.delete(ongoing);
  }
}

function flat(headers: Array<[string, string]>): string[] {
  return headers.flatMap(([name, value]) => [name, value]);
}

/** The request to send after a redirect: 303 (and 301/302 after a POST) become a GET without a body. */
function redirected(current: { method: string; url: string; headers: Array<[string, string]>; body?: Uint8Array | string }, status: number, to: string) {
  const toGet = (status === 303 && current.method !== 'HEAD') || ((status === 301 || status === 302) && current.method === 'POST');
  const sameOrigin = new URL(to).origin === new URL(current.url).origin;
  const headers = current.headers.filter(([name]) => {
    const n = name.toLowerCase();
    if (toGet && (n.startsWith('content-') || n === 'transfer-encoding')) return false;
    return sameOrigin || (n !== 'authorization' && n !== 'cookie');
  });
  return { method: toGet ? 'GET' : current.method, url: to, headers, body: toGet ? undefined : current.body };
}

function joinHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}
