/**
 * Runs one file: its setup once before its tests (its captures visible to every test and the teardown),
 * its selected tests in order, and its teardown once at the end, even after failures or cancellation.
 * A failed setup fails the file's tests without running them. Emits file-start ... file-end.
 */
import type { SetupBlock, Step, TeardownBlock } from '../ast';
import { runBlock } from './block-runner';
import type { Frame, Failure, RunContext, StepOutcome } from './context';
import { Cookies } from './cookies';
import type { FileEnd, SourceLocation, TestStatus } from './events';
import type { SourceFile } from './location';
import type { PlannedTest } from './plan';
import { mapLookup, Scope, type Lookup } from './scope';
import { EvalError } from './values';

/** A file ready to run: its source, setup, teardown, selected tests, and errors found while loading it. */
export interface FilePlan {
  path: string;
  source: SourceFile;
  setup?: SetupBlock;
  teardown?: TeardownBlock;
  tests: PlannedTest[];
  errors: FileEnd['errors'];
}

/** Run-wide state the files share: `--bail` and the results. */
export interface RunState {
  bail: boolean;
  bailed: boolean;
  counts: Record<TestStatus, number>;
}

export async function runFile(plan: FilePlan, ctx: RunContext, state: RunState): Promise<void> {
  ctx.emit({ type: 'file-start', file: plan.path });
  const errors = [...plan.errors];
  const fileError = (message: string, location: SourceLocation): void => void errors.push({ message, location });
  let notRun: string | undefined;
  let vars: Lookup | undefined;
  try {
    ctx.program.evaluateAll(plan.path);
    vars = ctx.program.vars(plan.path);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    notRun = `Not run: ${e.message}.`;
    fileError(`Cannot evaluate the vars: ${e.message}.`, { file: plan.path, line: 1, column: 1 });
  }
  const setupCaptures = new Map<string, unknown>();
  const runnable = plan.tests.some((t) => !t.skipReason && !t.error);
  // The setup's cookies: the teardown's too, and where every test's own start.
  const cookies = new Cookies();
  const block = (name: string, item: { steps: Step[] }, scope: Scope, signal?: AbortSignal): Promise<StepOutcome> =>
    runBlock(item.steps, { testId: `${plan.path}#@${name}`, modulePath: plan.path, source: plan.source, scope, signal, depth: 0, cookies }, ctx);

  let setupRan = false;
  if (vars && plan.setup && runnable && !ctx.signal?.aborted && !state.bailed) {
    setupRan = true;
    const scope = new Scope([vars]);
    const outcome = await block('setup', plan.setup, scope, ctx.signal);
    for (const [k, v] of scope.locals) setupCaptures.set(k, v);
    if (outcome.status !== 'passed') {
      const cause = outcome.error ?? outcome.failures[0]?.message ?? 'The run was cancelled.';
      notRun = `Not run: the setup failed: ${cause}`;
      fileError(`The setup failed: ${cause}`, outcome.failures[0]?.location ?? plan.source.location(plan.setup.span));
    }
  }

  for (const test of plan.tests) {
    const reason = ctx.signal?.aborted ? 'The run was cancelled.' : state.bailed ? 'Not run: --bail stopped the run after a failure.' : test.skipReason;
    if (reason) finish(ctx, state, test, 'skipped', 0, [], reason);
    else if (test.error || notRun || !test.decl || !vars) errorTest(ctx, state, test, test.error ?? notRun ?? 'Not run.');
    else await runTest(ctx, state, test, new Scope([mapLookup(setupCaptures), vars]), cookies.copy());
  }

  if (vars && plan.teardown && (setupRan || plan.tests.some((t) => !t.skipReason && !t.error))) {
    const outcome = await block('teardown', plan.teardown, new Scope([mapLookup(setupCaptures), vars]));
    if (outcome.status !== 'passed') {
      const cause = outcome.error ?? outcome.failures[0]?.message ?? 'it was cancelled';
      fileError(`The teardown failed: ${cause}`, outcome.failures[0]?.location ?? plan.source.location(plan.teardown.span));
    }
  }
  ctx.emit({ type: 'file-end', file: plan.path, errors });
}

async function runTest(ctx: RunContext, state: RunState, test: PlannedTest, scope: Scope, cookies: Cookies): Promise<void> {
  start(ctx, test);
  if (test.row) for (const [k, v] of Object.entries(test.row.values)) scope.locals.set(k, v);
  const started = performance.now();
  const frame: Frame = { testId: test.id, modulePath: test.file, source: ctx.program.source(test.file), scope, signal: ctx.signal, depth: 0, cookies };
  const outcome = await runBlock(test.decl?.steps ?? [], frame, ctx);
  const durationMs = Math.round(performance.now() - started);
  if (outcome.status === 'cancelled') return end(ctx, state, test, 'skipped', durationMs, [], 'The run was cancelled.');
  end(ctx, state, test, outcome.status, durationMs, outcome.failures);
}

function errorTest(ctx: RunContext, state: RunState, test: PlannedTest, message: string): void {
  finish(ctx, state, test, 'errored', 0, [{ message, location: test.location }]);
}

/** Reports a test that was not run: its start and its end. */
function finish(ctx: RunContext, state: RunState, test: PlannedTest, status: TestStatus, durationMs: number, failures: Failure[], skipReason?: string): void {
  start(ctx, test);
  end(ctx, state, test, status, durationMs, failures, skipReason);
}

function start(ctx: RunContext, test: PlannedTest): void {
  const event = { type: 'test-start' as const, testId: test.id, file: test.file, name: test.name, location: test.location, tags: test.tags };
  ctx.emit(test.row ? { ...event, row: test.row } : event);
}

function end(ctx: RunContext, state: RunState, test: PlannedTest, status: TestStatus, durationMs: number, failures: Failure[], skipReason?: string): void {
  state.counts[status]++;
  if (state.bail && (status === 'failed' || status === 'errored')) state.bailed = true;
  const event = { type: 'test-end' as const, testId: test.id, status, durationMs, failures };
  ctx.emit(skipReason === undefined ? event : { ...event, skipReason });
}
