/**
 * Runs one request step: builds and sends the request (again, up to `retry N` more times, waiting
 * between tries, until the `until` condition holds or, without `until`, every `expect` passes), then
 * applies the step's checks to the last response. Each try announces itself (a `step-start` with its
 * attempt number at the top level) and emits its request and response.
 */
import type { RequestStep } from '../ast';
import { automaticSchemaCheck } from './automatic-schema';
import { applyChecks, checkCondition, type CheckContext } from './checks';
import type { Failure, Frame, RunContext, StepOutcome } from './context';
import { withCookies } from './cookies';
import { emitChecks, emitRequest, emitResponse } from './events-out';
import { fileAccess } from './files';
import { send } from './http-client';
import { buildRequest, type BuiltRequest } from './request-builder';
import { Response } from './response';
import { sleep } from './sleep';
import { EvalError } from './values';

const DEFAULT_RETRY_INTERVAL_MS = 1000;

export async function runRequest(step: RequestStep, frame: Frame, ctx: RunContext, index: number, announce: (attempt: number) => void): Promise<StepOutcome> {
  const location = frame.source.location(step.span);
  const tries = 1 + Math.max(0, step.retry?.count ?? 0);
  const interval = step.retry?.interval?.ms ?? DEFAULT_RETRY_INTERVAL_MS;
  let response: Response | undefined;
  let built: BuiltRequest | undefined;
  for (let attempt = 1; attempt <= tries; attempt++) {
    announce(attempt);
    try {
      built = buildRequest(step, { scope: frame.scope, files: fileAccess(ctx.host, frame.modulePath), secrets: ctx.secrets, defaultTimeoutMs: ctx.timeoutMs });
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      const error = `Cannot build the request: ${e.message}.`;
      return { status: 'errored', error, failures: [{ message: error, location }] };
    }
    // The event shows the Cookie header the first hop sends (http-client.ts adds it to each hop).
    const sent = withCookies(built.http.headers, frame.cookies, built.http.url);
    emitRequest(ctx, frame, index, sent === built.http.headers ? built.http : { ...built.http, headers: sent }, built.preview);
    const result = await send(built.http, ctx.dispatcher, ctx.maxBodyBytes, frame.signal, frame.cookies);
    const last = attempt === tries;
    if (!result.ok) {
      if (result.cancelled) return { status: 'cancelled', error: result.error, failures: [] };
      if (last) return { status: 'errored', error: result.error, failures: [{ message: result.error, location }] };
      ctx.emit({ type: 'log', testId: frame.testId, level: 'warning', message: `Try ${attempt} of ${tries} failed: ${result.error} Retrying.`, location });
      await sleep(interval, frame.signal);
      continue;
    }
    response = new Response(result.response, typeof built.http.body === 'string' ? built.http.body : undefined);
    emitResponse(ctx, frame, index, response);
    if (last || !step.retry || settled(step, response, checkContext(frame, ctx, response, true))) break;
    await sleep(interval, frame.signal);
    if (frame.signal?.aborted) return { status: 'cancelled', error: 'The run was cancelled.', failures: [] };
  }
  if (!response || !built) return { status: 'errored', error: 'No response.', failures: [{ message: 'No response.', location }] };
  const cc = checkContext(frame, ctx, response, false);
  const failures: Failure[] = [];
  if (step.retry?.until && !checkCondition(step.retry.until, response, cc).passed) {
    const message = `The retry condition never held in ${tries} tries.`;
    const retryLocation = frame.source.location(step.retry.span);
    ctx.emit({ type: 'assertion', testId: frame.testId, step: index, passed: false, source: frame.source.source(step.retry.span), expected: 'the condition to hold', actual: undefined, message, location: retryLocation });
    failures.push({ message, location: retryLocation });
  }
  const automatic = automaticSchemaCheck(step, response, frame, ctx);
  failures.push(...emitChecks(ctx, frame, index, [...applyChecks(step.checks, response, cc), ...(automatic ? [automatic] : [])]));
  return { status: failures.length > 0 ? 'failed' : 'passed', failures, response };
}

/** True when the step need not be tried again: its `until` condition holds, or all its `expect`s pass. */
function settled(step: RequestStep, response: Response, cc: CheckContext): boolean {
  if (step.retry?.until) return checkCondition(step.retry.until, response, cc).passed;
  return applyChecks(step.checks, response, cc).every((r) => r.kind === 'capture' || r.passed);
}

/** The check context of a step; a `dry` one captures into a throwaway scope. */
function checkContext(frame: Frame, ctx: RunContext, response: Response, dry: boolean): CheckContext {
  return { scope: dry ? frame.scope.child() : frame.scope, file: frame.source, schemas: ctx.schemas.source(frame.modulePath, response) };
}
