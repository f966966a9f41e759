// HTTP helpers shared by the sample API's handlers: the error type, JSON/text/empty responses,
// request-body reading with a size cap, header-value parsing and query-parameter parsing.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface ErrorDetail {
  field: string;
  message: string;
}

/** An error a handler throws to answer with `{ "error": { code, message, details? } }`. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly ErrorDetail[] | undefined;
  readonly headers: OutgoingHttpHeaders;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { details?: readonly ErrorDetail[]; headers?: OutgoingHttpHeaders } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, 'bad_request', message);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  sendJson(res, error.status, { error: body }, error.headers);
}

export function sendText(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, headers);
  res.end();
}

/** Reads the whole request body; rejects with 413 past `limit` bytes (the rest is discarded, not kept). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'payload_too_large', `request body exceeds ${limit} bytes`);
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = false;
    req.on('data', (chunk: Buffer) => {
      if (overflowed) return;
      size += chunk.length;
      if (size > limit) {
        overflowed = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!overflowed) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'request body is not valid JSON');
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and parses a JSON body that must be an object. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const value = parseJson(await readBody(req));
  if (!isPlainObject(value)) throw badRequest('request body must be a JSON object');
  return value;
}

/** Splits `type/subtype; a=1; b="x"` into a lower-cased media type and its parameters. */
export function parseHeaderValue(header: string | undefined): { value: string; params: Map<string, string> } {
  const text = header ?? '';
  const semicolon = text.indexOf(';');
  const value = (semicolon === -1 ? text : text.slice(0, semicolon)).trim().toLowerCase();
  const params = new Map<string, string>();
  if (semicolon !== -1) {
    const param = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
    for (const match of text.slice(semicolon).matchAll(param)) {
      const [, name = '', quoted, bare] = match;
      params.set(name.toLowerCase(), quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '').trim());
    }
  }
  return { value, params };
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** Collects name/value pairs into an object; a repeated name becomes an array of its values. */
export function collectPairs(pairs: Iterable<[string, string]>): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of pairs) {
    const existing = result[name];
    if (existing === undefined) result[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[name] = [existing, value];
  }
  return result;
}

/** Parses a decimal integer query parameter within [min, max]; absent means `fallback`, or 400 without one. */
export function intQuery(
  url: URL,
  name: string,
  range: { min: number; max: number; fallback?: number },
): number {
  const raw = url.searchParams.get(name);
  if (raw === null && range.fallback !== undefined) return range.fallback;
  const value = raw !== null && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= range.min && value <= range.max)) {
    throw badRequest(`query parameter "${name}" must be an integer from ${range.min} to ${range.max}`);
  }
  return value;
}
