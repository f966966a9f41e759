/**
 * `runFiles`: the runner's entry point. Loads and plans every file, selects the tests, then runs the
 * files (up to `jobs` at a time; tests inside a file in order) over one keep-alive HTTP agent, and emits
 * the run's events, each masked for secrets on its way out. Never rejects.
 */
import type { Dispatcher } from 'undici';
import { createAgent } from './agent';
import type { RunFiles, RunOptions } from './api';
import type { RunContext } from './context';
import type { RunEvent, RunSummary } from './events';
import { runFile, type FilePlan, type RunState } from './file-runner';
import { SourceFile } from './location';
import { planFile } from './plan';
import { Program } from './program';
import { SchemaLoader } from './schemas';
import { Secrets } from './secrets';
import { selectTests } from './select';

/** How much of a response body is read by default. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export const runFiles: RunFiles = async (options, onEvent) => {
  const started = performance.now();
  const secrets = new Secrets();
  const emit = (event: RunEvent): void => {
    try {
      onEvent(secrets.mask(event));
    } catch {
      // A listener that throws must not stop the run.
    }
  };
  const state: RunState = { bail: options.bail, bailed: false, counts: { passed: 0, failed: 0, skipped: 0, errored: 0 } };
  let agent: Dispatcher | undefined;
  try {
    agent = options.dispatcher ? undefined : createAgent(options);
    const program = new Program(options.host, options.env, options.vars, secrets, options.parsed);
    const plans = options.files.map((path) => loadFile(path, program, options));
    const selected = new Set(selectTests(plans.flatMap((p) => p.tests), options));
    for (const plan of plans) plan.tests = plan.tests.filter((t) => selected.has(t));
    const ctx: RunContext = {
      program,
      schemas: new SchemaLoader(options.host, program, options.schemas),
      validateResponses: options.validateResponses ?? false,
      secrets,
      host: options.host,
      dispatcher: options.dispatcher ?? agent!,
      emit,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      signal: options.signal,
    };
    emit({ type: 'run-start', files: options.files, testCount: selected.size, time: Date.now() });
    await ctx.schemas.prepare(plans.map((plan) => plan.path));
    await inParallel(plans, Math.max(1, options.jobs), (plan) => runFile(plan, ctx, state));
  } catch (e) {
    emit({ type: 'log', level: 'error', message: `The run stopped on an internal error: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    await agent?.destroy().catch(() => undefined);
  }
  const summary: RunSummary = { ...state.counts, durationMs: Math.round(performance.now() - started) };
  emit({ type: 'run-end', summary });
  return summary;
};

/** Parses and plans one file; a file that cannot be read has an error and no tests. */
function loadFile(path: string, program: Program, options: RunOptions): FilePlan {
  const loaded = program.load(path);
  if (!loaded) {
    return { path, source: new SourceFile(path, ''), tests: [], errors: [{ message: `Cannot read ${path}.`, location: { file: path, line: 1, column: 1 } }] };
  }
  const source = program.source(path);
  try {
    // Evaluating the vars first registers every secret before any event can show one.
    program.evaluateAll(path);
  } catch {
    // Reported when the file runs.
  }
  const items = loaded.module.ast.items;
  const errors = loaded.errors.filter((d) => d.severity === 'error').map((d) => ({ message: d.message, location: source.location(d.span) }));
  for (const message of program.missingImports(path)) errors.push({ message, location: { file: path, line: 1, column: 1 } });
  const plan: FilePlan = {
    path,
    source,
    tests: planFile(source, items.filter((i) => i.kind === 'Test' || i.kind === 'Broken'), program.vars(path), options.host),
    errors,
  };
  const setup = items.find((i) => i.kind === 'Setup');
  const teardown = items.find((i) => i.kind === 'Teardown');
  if (setup?.kind === 'Setup') plan.setup = setup;
  if (teardown?.kind === 'Teardown') plan.teardown = teardown;
  return plan;
}

async function inParallel<T>(items: readonly T[], jobs: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}
