/**
 * URLs as written on a request line, read against an OpenAPI document: where the origin (`{{baseUrl}}`
 * or `scheme://host`) ends, the path and the query; the servers' base path; and which path templates
 * (`/pets/{petId}`) a path typed so far can still become.
 */

/** A URL split at its origin and its query. Offsets are into the URL text. */
export interface UrlParts {
  /** Where the path starts: after a leading `{{var}}` or `scheme://host`, else 0. */
  pathStart: number;
  /** Where the path ends: at `?`, ` #` or the end. */
  pathEnd: number;
  path: string;
}

const ORIGIN = /^(?:\{\{[^}]*\}\}|[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)/;

/** Splits `url` (as written) into origin, path and query. */
export function splitUrl(url: string): UrlParts {
  const pathStart = ORIGIN.exec(url)?.[0].length ?? 0;
  const q = url.indexOf('?', pathStart);
  const pathEnd = q < 0 ? url.length : q;
  return { pathStart, pathEnd, path: url.slice(pathStart, pathEnd) };
}

/** The query parameter names already in a URL's query text (after `?`). */
export function queryNames(query: string): Set<string> {
  return new Set(
    query
      .split('&')
      .map((pair) => pair.split('=')[0])
      .filter((name) => name !== ''),
  );
}

/** The base path the document's operations live under (`/v2`, `/v1`), without a trailing slash; '' when none. */
export function basePathOf(document: unknown): string {
  if (!isRecord(document)) return '';
  let raw = '';
  if (typeof document.basePath === 'string') raw = document.basePath;
  else if (Array.isArray(document.servers) && isRecord(document.servers[0]) && typeof document.servers[0].url === 'string') {
    raw = document.servers[0].url.replace(ORIGIN, '');
  }
  if (/[{]/.test(raw)) return '';
  return raw.replace(/\/+$/, '');
}

/**
 * True when the path typed so far can still become the path template (both split at `/`): the typed
 * segments (the last one possibly partial) each match the template's, a `{param}` matching anything.
 */
export function matchTemplate(want: readonly string[], have: readonly string[]): boolean {
  if (have.length > want.length) return false;
  for (let i = 0; i < have.length; i++) {
    const last = i === have.length - 1;
    const w = want[i];
    const h = have[i];
    if (isParam(w)) continue;
    if (last ? h !== '' && !w.toLowerCase().startsWith(h.toLowerCase()) : w !== h) return false;
  }
  return true;
}

/** True for a template segment `{name}`. */
export function isParam(segment: string): boolean {
  return /^\{[^}]+\}$/.test(segment);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
