/**
 * From a run's events to what the Test Explorer shows, as they arrive: a test started, a line of its
 * output (at a place in the source), its result with failure messages (expected and actual for a
 * diff). Input: the queued test and row ids, then each runner event, then how the run ended. Output:
 * `TestUpdate`s. No `vscode` here.
 */
import type { RunnerEvent, SourceLocation } from '../../../server/src/lsp/protocol';
import { describeEvent, where } from '../runs/describe';

/** A failed assertion or an error, for a test message. */
export interface Failure {
  message: string;
  location?: SourceLocation;
  /** For a failed equality: both sides as text, for a diff. */
  diff?: { expected: string; actual: string };
}

export type TestUpdate =
  /** `parent` is set for a row not queued by id (rows read from a data file at run time). */
  | { kind: 'started'; id: string; label: string; parent?: string }
  /** Output of a test (or of a setup or teardown when `id` is undefined). */
  | { kind: 'output'; id?: string; text: string; location?: SourceLocation }
  | { kind: 'passed'; id: string; durationMs?: number }
  | { kind: 'failed' | 'errored'; id: string; durationMs?: number; failures: Failure[] }
  | { kind: 'skipped'; id: string };

type Status = 'passed' | 'failed' | 'errored' | 'skipped';

/** Exit code of `assay run` when it was cancelled. */
const CANCELLED = 130;

/** Follows one run; see the module comment. */
export class RunUpdates {
  private readonly pending: Set<string>;
  private readonly failedIds = new Set<string>();
  /** Where each step of each test starts, for the output of its request and response. */
  private readonly steps = new Map<string, SourceLocation>();
  /** The failed assertions of each running test, by location, for their source text. */
  private readonly assertions = new Map<string, Map<string, string>>();
  /** Rows found at run time, by their test: the worst status so far. */
  private readonly dynamicRows = new Map<string, Status>();

  constructor(queued: Iterable<string>) {
    this.pending = new Set(queued);
  }

  /** The test and row ids that failed or errored in this run (a test whose rows came from a file: its id). */
  failed(): string[] {
    return [...this.failedIds];
  }

  take(event: RunnerEvent): TestUpdate[] {
    switch (event.type) {
      case 'test-start': {
        const parent = this.pending.has(event.testId) ? undefined : queuedParent(event.testId, this.pending);
        if (parent !== undefined) this.dynamicRows.set(parent, this.dynamicRows.get(parent) ?? 'passed');
        this.assertions.set(event.testId, new Map());
        return [{ kind: 'started', id: event.testId, label: event.name, ...(parent !== undefined ? { parent } : {}) }, this.output(event, event.testId)];
      }
      case 'step-start':
        this.steps.set(`${event.step} ${event.testId}`, event.location);
        return this.outputs(event, event.testId, event.location);
      case 'request':
      case 'response':
      case 'capture':
      case 'step-end':
        return this.outputs(event, event.testId, 'location' in event ? event.location : this.steps.get(`${event.step} ${event.testId}`));
      case 'assertion':
        if (!event.passed) this.assertions.get(event.testId)?.set(where(event.location), event.source);
        return this.outputs(event, event.testId, event.location);
      case 'log':
        return this.outputs(event, event.testId, event.location);
      case 'file-end':
        return this.outputs(event, undefined, event.errors[0]?.location);
      case 'test-end':
        return [this.output(event, event.testId), this.result(event)];
      default:
        return [];
    }
  }

  /** The results of the queued tests that got none: after a cancel skipped, after a failure to start errored. */
  finish(exitCode: number, message?: string): TestUpdate[] {
    const updates: TestUpdate[] = [];
    for (const [id, status] of this.dynamicRows) {
      this.pending.delete(id);
      updates.push(status === 'passed' || status === 'skipped' ? { kind: 'passed', id } : { kind: 'failed', id, failures: [] });
    }
    const broken = exitCode !== 0 && exitCode !== 1 && exitCode !== CANCELLED && message !== undefined;
    for (const id of this.pending) {
      if (broken) this.failedIds.add(id);
      updates.push(broken ? { kind: 'errored', id, failures: [{ message }] } : { kind: 'skipped', id });
    }
    this.pending.clear();
    return updates;
  }

  private result(event: Extract<RunnerEvent, { type: 'test-end' }>): TestUpdate {
    const id = event.testId;
    this.pending.delete(id);
    const parent = queuedParent(id, this.dynamicRows);
    if (parent !== undefined) this.dynamicRows.set(parent, worse(this.dynamicRows.get(parent) ?? 'passed', event.status));
    if (event.status === 'failed' || event.status === 'errored') this.failedIds.add(parent ?? id);
    const sources = this.assertions.get(id);
    this.assertions.delete(id);
    switch (event.status) {
      case 'passed':
        return { kind: 'passed', id, durationMs: event.durationMs };
      case 'skipped':
        return { kind: 'skipped', id };
      default:
        return { kind: event.status, id, durationMs: event.durationMs, failures: event.failures.map((f) => failure(f, sources?.get(where(f.location)))) };
    }
  }

  private output(event: RunnerEvent, id: string | undefined, location?: SourceLocation): TestUpdate {
    return { kind: 'output', ...(id !== undefined && !isBlockId(id) ? { id } : {}), text: describeEvent(event) ?? '', ...(location ? { location } : {}) };
  }

  private outputs(event: RunnerEvent, id: string | undefined, location?: SourceLocation): TestUpdate[] {
    return describeEvent(event) === undefined ? [] : [this.output(event, id, location)];
  }
}

/**
 * A failure of `test-end` as a message: with the assertion as written when known, and both sides
 * for a diff when it is an equality that compared values.
 */
export function failure(f: { message: string; location: SourceLocation; expected?: unknown; actual?: unknown }, source?: string): Failure {
  const message = source ? `${source}: ${f.message}` : f.message;
  const equality = source !== undefined && /\s==\s/.test(source) && 'expected' in f && 'actual' in f;
  return { message, location: f.location, ...(equality ? { diff: diffSides(f.expected, f.actual) } : {}) };
}

/** Both sides of a comparison as text: two strings as they are, anything else as indented JSON. */
export function diffSides(expected: unknown, actual: unknown): { expected: string; actual: string } {
  if (typeof expected === 'string' && typeof actual === 'string') return { expected, actual };
  const text = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v, null, 2));
  return { expected: text(expected), actual: text(actual) };
}

/** The queued test a row id (`id[index]`) belongs to, when the row itself is not queued. */
function queuedParent(id: string, queued: { has(id: string): boolean }): string | undefined {
  const base = /^(.*)\[\d+\]$/.exec(id)?.[1];
  return base !== undefined && queued.has(base) ? base : undefined;
}

/** Setups and teardowns run under ids like `file#@setup`; they are no test of the tree. */
function isBlockId(id: string): boolean {
  return /#@(setup|teardown)$/.test(id);
}

const RANK: Record<Status, number> = { skipped: 0, passed: 1, failed: 2, errored: 3 };

function worse(a: Status, b: Status): Status {
  return RANK[b] > RANK[a] ? b : a;
}
