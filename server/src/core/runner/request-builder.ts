/**
 * Builds the HTTP request of a request step: the interpolated URL with its `query` fields, the headers
 * (repeats kept), `auth` (unless a header line of the same name wins), the body with its default
 * `Content-Type`, and the timeout and redirect policy. Throws `EvalError` when something cannot be
 * computed (an undefined variable, an invalid URL, invalid JSON after interpolation).
 */
import type { RequestStep } from '../ast';
import { encodeBody, type FileAccess } from './bodies';
import type { HttpRequest } from './http-client';
import { evaluate, interpolateText } from './interpolate';
import type { Lookup } from './scope';
import type { Secrets } from './secrets';
import { EvalError, toText } from './values';

/** How far `redirects on` follows. */
export const DEFAULT_MAX_REDIRECTS = 20;

export interface BuiltRequest {
  http: HttpRequest;
  /** The body as people see it (text, or a description of binary parts). */
  preview?: string;
}

export interface BuildContext {
  scope: Lookup;
  files: FileAccess;
  /** Where HTTP Basic credentials made from secrets are registered for masking. */
  secrets: Secrets;
  defaultTimeoutMs: number;
}

export function buildRequest(step: RequestStep, ctx: BuildContext): BuiltRequest {
  const url = buildUrl(step, ctx.scope);
  const headers: Array<[string, string]> = step.headers.map((h) => [h.name, interpolateText(h.value.text, ctx.scope)]);
  const has = (name: string): boolean => headers.some(([n]) => n.toLowerCase() === name.toLowerCase());
  if (step.auth) {
    const [a, b] = step.auth.args.map((arg) => toText(evaluate(arg, ctx.scope)));
    const header = authHeader(step.auth.scheme, a ?? '', b ?? '', ctx.secrets);
    if (!has(header[0])) headers.push(header);
  }
  let body: BuiltRequest['http']['body'];
  let preview: string | undefined;
  if (step.body) {
    const encoded = encodeBody(step.body, ctx.scope, ctx.files);
    body = encoded.bytes;
    preview = encoded.preview;
    if (!has('content-type')) headers.push(['Content-Type', encoded.contentType]);
  }
  const redirects = step.redirects;
  const maxRedirects = !redirects ? DEFAULT_MAX_REDIRECTS : !redirects.follow ? 0 : (redirects.max ?? DEFAULT_MAX_REDIRECTS);
  const http: HttpRequest = { method: step.method, url, headers, body, timeoutMs: step.timeout?.ms ?? ctx.defaultTimeoutMs, maxRedirects };
  return preview === undefined ? { http } : { http, preview };
}

function buildUrl(step: RequestStep, scope: Lookup): string {
  const text = interpolateText(step.url.text, scope);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EvalError(`"${text}" is not a valid absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EvalError(`"${text}" is not an http or https URL`);
  if (step.query.length === 0) return url.toString();
  for (const field of step.query) url.searchParams.append(field.name, toText(evaluate(field.value, scope)));
  return url.toString();
}

function authHeader(scheme: 'basic' | 'bearer' | 'apikey', a: string, b: string, secrets: Secrets): [string, string] {
  if (scheme === 'bearer') return ['Authorization', `Bearer ${a}`];
  if (scheme === 'apikey') return [a, b];
  const credentials = Buffer.from(`${a}:${b}`, 'utf8').toString('base64');
  // The encoded credentials hide a secret password from substring masking: mask them as a whole.
  if (secrets.has(`${a}:${b}`)) secrets.add(credentials);
  return ['Authorization', `Basic ${credentials}`];
}
