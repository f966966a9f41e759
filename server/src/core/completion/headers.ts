/** Common HTTP request headers with a line of documentation each, and common values of some of them. */

/** A request header: its canonical name and what it is for. */
export interface HeaderInfo {
  name: string;
  doc: string;
}

/** Request headers offered where a header line can start. */
export const COMMON_HEADERS: readonly HeaderInfo[] = [
  { name: 'Accept', doc: 'The media types the client accepts in the response.' },
  { name: 'Accept-Encoding', doc: 'The content encodings (compression) the client accepts.' },
  { name: 'Accept-Language', doc: 'The natural languages the client prefers.' },
  { name: 'Authorization', doc: 'Credentials, e.g. `Bearer <token>`; `auth bearer|basic|apikey` writes it for you.' },
  { name: 'Cache-Control', doc: 'Caching directives, e.g. `no-cache`.' },
  { name: 'Connection', doc: 'Whether to keep the connection open.' },
  { name: 'Content-Type', doc: 'The media type of the request body; each body kind sets a default.' },
  { name: 'Cookie', doc: 'Cookies sent to the server: `name=value; other=value`.' },
  { name: 'Idempotency-Key', doc: 'A unique key that lets the server recognize a retried request.' },
  { name: 'If-Match', doc: 'Only act if the resource has this ETag.' },
  { name: 'If-None-Match', doc: 'Only act if the resource does not have this ETag (`*` for "does not exist").' },
  { name: 'If-Modified-Since', doc: 'Only answer with the body if it changed since this date.' },
  { name: 'Origin', doc: 'The origin of a cross-site request (CORS).' },
  { name: 'Prefer', doc: 'Preferences for how the server answers, e.g. `return=minimal`.' },
  { name: 'Range', doc: 'Asks for part of the resource, e.g. `bytes=0-1023`.' },
  { name: 'Referer', doc: 'The address of the page that made the request.' },
  { name: 'User-Agent', doc: 'The client software.' },
  { name: 'X-API-Key', doc: 'An API key, by a common convention.' },
  { name: 'X-Correlation-Id', doc: 'An id that ties together the requests of one operation.' },
  { name: 'X-Forwarded-For', doc: 'The client address, as a proxy reports it.' },
  { name: 'X-Request-Id', doc: 'A unique id of this request, e.g. `{{$uuid}}`.' },
];

const MEDIA_TYPES = [
  'application/json',
  'application/problem+json',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data',
  'text/plain',
  'text/html',
  'text/csv',
];

/** A value to offer for a header: text or a snippet (`$1` tab stops). */
export interface HeaderValue {
  value: string;
  snippet?: string;
}

/** Common values by header name in lower case. */
export const HEADER_VALUES: Readonly<Record<string, readonly HeaderValue[]>> = {
  'content-type': MEDIA_TYPES.map((value) => ({ value })),
  accept: ['application/json', '*/*', 'application/xml', 'text/plain', 'text/html', 'application/problem+json'].map((value) => ({ value })),
  authorization: [
    { value: 'Bearer {{token}}', snippet: 'Bearer {{${1:token}}}' },
    { value: 'Basic <base64 of user:password>', snippet: 'Basic ${1:credentials}' },
  ],
  'accept-encoding': ['gzip, deflate, br', 'gzip', 'identity'].map((value) => ({ value })),
  'cache-control': ['no-cache', 'no-store', 'max-age=0'].map((value) => ({ value })),
  connection: ['keep-alive', 'close'].map((value) => ({ value })),
  prefer: ['return=minimal', 'return=representation', 'respond-async'].map((value) => ({ value })),
  'x-request-id': [{ value: '{{$uuid}}' }],
  'x-correlation-id': [{ value: '{{$uuid}}' }],
  'idempotency-key': [{ value: '{{$uuid}}' }],
};
