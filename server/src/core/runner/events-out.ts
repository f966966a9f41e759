/**
 * Turns what a step did into run events: the request sent and the response received (bodies cut to a
 * preview), and the results of checks. Masking happens later, where events leave the runner.
 */
import type { CheckResult } from './checks';
import type { Failure, Frame, RunContext } from './context';
import type { HttpRequest } from './http-client';
import type { Response } from './response';

/** How much of a body the events show. */
const PREVIEW_CHARS = 4096;

function preview(text: string): { body: string; truncated: boolean } {
  return text.length > PREVIEW_CHARS ? { body: `${text.slice(0, PREVIEW_CHARS)}…`, truncated: true } : { body: text, truncated: false };
}

export function emitRequest(ctx: RunContext, frame: Frame, step: number, req: HttpRequest, body: string | undefined): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of req.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  const event = { type: 'request' as const, testId: frame.testId, step, method: req.method, url: req.url, headers };
  if (body === undefined) return ctx.emit(event);
  const p = preview(body);
  ctx.emit({ ...event, body: p.body, bodyTruncated: p.truncated });
}

export function emitResponse(ctx: RunContext, frame: Frame, step: number, res: Response): void {
  const text = res.http.body.length > 0 ? preview(res.text).body : undefined;
  ctx.emit({
    type: 'response',
    testId: frame.testId,
    step,
    status: res.status,
    headers: res.http.headers,
    ...(text === undefined ? {} : { body: text }),
    bodyBytes: res.http.body.length,
    bodyTruncated: res.http.truncated,
    durationMs: res.durationMs,
  });
}

/** Emits the results of checks; returns the failures among them. */
export function emitChecks(ctx: RunContext, frame: Frame, step: number, results: CheckResult[]): Failure[] {
  const failures: Failure[] = [];
  for (const r of results) {
    if (r.kind === 'capture') {
      ctx.emit({ type: 'capture', testId: frame.testId, step, name: r.name, value: r.value, location: r.location });
      continue;
    }
    const { kind: _kind, ...rest } = r;
    ctx.emit({ type: 'assertion', testId: frame.testId, step, ...rest });
    if (!r.passed) failures.push({ message: r.message, location: r.location, expected: r.expected, actual: r.actual });
  }
  return failures;
}
