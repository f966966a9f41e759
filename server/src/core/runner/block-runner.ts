/**
 * Runs a block of steps (a test, setup, teardown, or a component's body) in order until one fails.
 * Top-level steps are announced with `step-start` / `step-end`; the steps of a called component report
 * their requests, checks and logs under the index of the `use` step that called it. A component's
 * captures are exported to its caller, and the checks after a `use` apply to its last response.
 */
import type { CallStep, Step } from '../ast';
import { mapLookup, Scope } from './scope';
import { applyChecks } from './checks';
import type { Frame, RunContext, StepOutcome } from './context';
import { emitChecks } from './events-out';
import { evaluate } from './interpolate';
import { runRequest } from './request-step';
import type { Response } from './response';
import { sleep } from './sleep';
import { EvalError, toText } from './values';

const MAX_CALL_DEPTH = 32;
const STEP_KINDS = { Request: 'request', Call: 'call', Delay: 'delay', Log: 'log' } as const;

/** Runs `steps`; with `callerStep`, as a component body whose events carry the caller's step index. */
export async function runBlock(steps: readonly Step[], frame: Frame, ctx: RunContext, callerStep?: number): Promise<StepOutcome> {
  let response: Response | undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const index = callerStep ?? i;
    const location = frame.source.location(step.span);
    const started = performance.now();
    const announce = (attempt: number): void => {
      if (callerStep === undefined) ctx.emit({ type: 'step-start', testId: frame.testId, step: index, kind: STEP_KINDS[step.kind], location, attempt });
    };
    if (step.kind !== 'Request') announce(1);
    let outcome: StepOutcome;
    try {
      outcome = await runStep(step, frame, ctx, index, announce);
    } catch (e) {
      // A bug must not take the run down: report it as the step's error.
      const error = `Internal error: ${e instanceof Error ? e.message : String(e)}`;
      outcome = { status: 'errored', error, failures: [{ message: error, location }] };
    }
    if (outcome.status === 'cancelled') return { ...outcome, response };
    if (callerStep === undefined) {
      const end = { type: 'step-end' as const, testId: frame.testId, step: index, status: outcome.status, durationMs: Math.round(performance.now() - started) };
      ctx.emit(outcome.error === undefined ? end : { ...end, error: outcome.error });
    }
    if (outcome.response) response = outcome.response;
    if (outcome.status !== 'passed') return { ...outcome, response };
  }
  return { status: 'passed', failures: [], response };
}

async function runStep(step: Step, frame: Frame, ctx: RunContext, index: number, announce: (attempt: number) => void): Promise<StepOutcome> {
  const location = frame.source.location(step.span);
  const errored = (message: string): StepOutcome => ({ status: 'errored', error: message, failures: [{ message, location }] });
  switch (step.kind) {
    case 'Request':
      return runRequest(step, frame, ctx, index, announce);
    case 'Delay':
      await sleep(step.duration.ms, frame.signal);
      return frame.signal?.aborted ? { status: 'cancelled', error: 'The run was cancelled.', failures: [] } : { status: 'passed', failures: [] };
    case 'Log':
      try {
        ctx.emit({ type: 'log', testId: frame.testId, level: 'info', message: toText(evaluate(step.value, frame.scope)), location });
        return { status: 'passed', failures: [] };
      } catch (e) {
        if (e instanceof EvalError) return errored(`Cannot write the log line: ${e.message}.`);
        throw e;
      }
    case 'Call':
      return runCall(step, frame, ctx, index, errored);
  }
}

async function runCall(step: CallStep, frame: Frame, ctx: RunContext, index: number, errored: (m: string) => StepOutcome): Promise<StepOutcome> {
  const component = ctx.program.components(frame.modulePath).get(step.name.name);
  if (!component) return errored(`There is no component "${step.name.name}".`);
  if (frame.depth >= MAX_CALL_DEPTH) return errored(`Components call each other more than ${MAX_CALL_DEPTH} deep.`);
  const params = new Map<string, unknown>();
  try {
    for (const arg of step.args) params.set(arg.name.name, evaluate(arg.value, frame.scope));
  } catch (e) {
    if (e instanceof EvalError) return errored(`Cannot evaluate the arguments of ${step.name.name}: ${e.message}.`);
    throw e;
  }
  const missing = component.decl.params.filter((p) => !params.has(p.name)).map((p) => p.name);
  if (missing.length > 0) return errored(`The call of ${step.name.name} does not give ${missing.join(', ')}.`);
  const scope = new Scope([mapLookup(params), ctx.program.vars(component.modulePath)]);
  const inner = { ...frame, modulePath: component.modulePath, source: ctx.program.source(component.modulePath), scope, depth: frame.depth + 1 };
  const outcome = await runBlock(component.decl.steps, inner, ctx, index);
  for (const [name, value] of scope.locals) frame.scope.locals.set(name, value);
  if (outcome.status !== 'passed' || step.checks.length === 0) return outcome;
  if (!outcome.response) return errored(`The checks after "use ${step.name.name}" need a response, but the component sent no request.`);
  const schemas = ctx.schemas.source(frame.modulePath, outcome.response);
  const failures = emitChecks(ctx, frame, index, applyChecks(step.checks, outcome.response, { scope: frame.scope, file: frame.source, schemas }));
  return { status: failures.length > 0 ? 'failed' : 'passed', failures, response: outcome.response };
}
