/**
 * The response a generated test expects, and the expectations it writes for it: the documented
 * success status (the lowest 2xx, else a `2XX` range, else the lowest 3xx, else `default`), then
 * `matches schema` for a JSON body with a schema, the content type for other bodies, and an empty
 * body for 204. HEAD responses have no body to check.
 */
import type { ApiOperation, ApiResponse } from '../schema/types';

export function successResponse(op: ApiOperation): ApiResponse | undefined {
  const numeric = (prefix: string): ApiResponse | undefined =>
    op.responses.filter((r) => /^\d{3}$/.test(r.status) && r.status.startsWith(prefix)).sort((a, b) => Number(a.status) - Number(b.status))[0];
  return (
    numeric('2') ??
    op.responses.find((r) => /^2xx$/i.test(r.status)) ??
    numeric('3') ??
    op.responses.find((r) => r.status === 'default') ??
    op.responses[0]
  );
}

/** The status a test of the operation expects, as a number, when the spec names one. */
export function expectedStatus(response: ApiResponse | undefined): number | undefined {
  return response && /^\d{3}$/.test(response.status) ? Number(response.status) : undefined;
}

export function statusChecks(response: ApiResponse | undefined): string[] {
  if (!response) return ['expect status < 400'];
  if (/^\d{3}$/.test(response.status)) return [`expect status == ${response.status}`];
  const range = /^([1-5])xx$/i.exec(response.status);
  if (range) return [`expect status >= ${range[1]}00`, `expect status < ${Number(range[1]) + 1}00`];
  return ['expect status < 400'];
}

export function contentChecks(method: string, response: ApiResponse | undefined): string[] {
  if (!response || method === 'HEAD') return [];
  if (response.content.length === 0) return response.status === '204' ? ['expect body is empty'] : [];
  const json = response.content.find((c) => /json/i.test(c.mediaType));
  if (json) return json.schema ? ['expect response matches schema'] : [];
  const [only] = response.content;
  if (response.content.length === 1 && !only.mediaType.includes('*')) {
    return [`expect header "Content-Type" contains ${JSON.stringify(only.mediaType.split(';')[0].trim())}`];
  }
  return [];
}
