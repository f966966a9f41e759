/**
 * Sends one HTTP request over an undici dispatcher and reads the response, following redirects by hand
 * when asked. Input: the request, a dispatcher, the run's signal. Output: the response (its body read up
 * to a cap, with `truncated` set beyond it) or the fault that stopped it. Never throws; a timeout or a
 * cancellation aborts the request in flight.
 */
import type { Dispatcher } from 'undici';
import { describeFault } from './faults';
import { requestWith } from './undici-parts';

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

/** Sends `req`; reads at most `maxBodyBytes` of the body. */
export async function send(req: HttpRequest, dispatcher: Dispatcher, maxBodyBytes: number, runSignal?: AbortSignal): Promise<HttpResult> {
  if (runSignal?.aborted) return { ok: false, error: 'The run was cancelled.', cancelled: true };
  // One controller per request, aborted by its own timer or by the run's signal, and both let go as soon
  // as the request is done: AbortSignal.timeout + AbortSignal.any cost far more per request (a timer and
  // a composite signal that live until the timeout fires or a GC collects them).
  const controller = new AbortController();
  const signal = controller.signal;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.max(1, req.timeoutMs));
  const onRunAbort = (): void => controller.abort();
  runSignal?.addEventListener('abort', onRunAbort, { once: true });
  const started = performance.now();
  let current = { method: req.method, url: req.url, headers: req.headers, body: req.body };
  try {
    for (let hop = 0; ; hop++) {
      const url = new URL(current.url);
      const res = await requestWith(dispatcher, {
        origin: url.origin,
        path: url.pathname + url.search,
        method: current.method as Dispatcher.HttpMethod,
        headers: flat(current.headers),
        body: current.body,
        signal,
      });
      const location = res.headers.location;
      if (req.maxRedirects > 0 && REDIRECT_STATUSES.has(res.statusCode) && typeof location === 'string') {
        await res.body.dump();
        if (hop >= req.maxRedirects) {
          return { ok: false, error: `Stopped after ${req.maxRedirects} redirect${req.maxRedirects === 1 ? '' : 's'}: ${current.url} redirects again to ${location}.`, cancelled: false };
        }
        current = redirected(current, res.statusCode, new URL(location, current.url).toString());
        continue;
      }
      const { body, truncated } = await readBody(res, maxBodyBytes);
      const response: HttpResponse = { status: res.statusCode, headers: joinHeaders(res.headers), body, truncated, durationMs: performance.now() - started, method: current.method, url: current.url };
      return { ok: true, response };
    }
  } catch (error) {
    if (runSignal?.aborted) return { ok: false, error: 'The run was cancelled: the request was aborted.', cancelled: true };
    if (timedOut) return { ok: false, error: `No full response within ${req.timeoutMs} ms (timeout).`, cancelled: false };
    return { ok: false, error: describeFault(error, current.url), cancelled: false };
  } finally {
    clearTimeout(timer);
    runSignal?.removeEventListener('abort', onRunAbort);
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

/**
 * The body, up to `cap` bytes. A body whose declared length fits is read in one go (the HTTP parser
 * stops at that length); others are read chunk by chunk and cut at the cap.
 */
function readBody(res: Dispatcher.ResponseData, cap: number): Promise<{ body: Buffer; truncated: boolean }> {
  const length = Number(res.headers['content-length']);
  if (Number.isInteger(length) && length <= cap) return res.body.arrayBuffer().then((bytes) => ({ body: Buffer.from(bytes), truncated: false }));
  return readCapped(res.body, cap);
}

async function readCapped(body: AsyncIterable<Buffer>, cap: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    if (size + chunk.length > cap) {
      chunks.push(chunk.subarray(0, cap - size));
      return { body: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

function joinHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}
