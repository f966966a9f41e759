/**
 * Picking within an operation: the response declared for a status (exact, then `4XX`, then
 * `default`) and the content entry for a media type (exact, then `application/*+json`-style
 * matches, then any JSON, then the first).
 */
import type { ApiContent, ApiOperation, ApiResponse } from './types';

/** The response `operation` declares for `status`, or undefined when it declares none that applies. */
export function responseFor(operation: ApiOperation, status: number | string): ApiResponse | undefined {
  const code = String(status);
  const byStatus = (wanted: string) => operation.responses.find((r) => r.status.toUpperCase() === wanted);
  return byStatus(code) ?? byStatus(`${code[0]}XX`) ?? byStatus('DEFAULT');
}

/** The content entry for a `Content-Type` (parameters ignored); with no type, the JSON one. */
export function contentFor(content: readonly ApiContent[], contentType?: string): ApiContent | undefined {
  if (content.length === 0) return undefined;
  const wanted = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const isJson = (t: string) => /[/+]json\b/.test(t);
  return (
    content.find((c) => c.mediaType.toLowerCase() === wanted) ??
    (wanted ? content.find((c) => matchesRange(c.mediaType.toLowerCase(), wanted)) : undefined) ??
    (!wanted || isJson(wanted) ? content.find((c) => isJson(c.mediaType.toLowerCase())) : undefined) ??
    (wanted ? undefined : content[0])
  );
}

/** `application/*` or `*\/*` declared, `application/json` received. */
function matchesRange(declared: string, received: string): boolean {
  if (declared === '*/*') return true;
  const [type, sub] = declared.split('/');
  return sub === '*' && received.startsWith(`${type}/`);
}
