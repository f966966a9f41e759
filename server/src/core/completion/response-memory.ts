/**
 * The last JSON response seen for each step of each test in this session, filled from run events, so
 * that completion can offer the keys of a real response after `$.`. Blocks are named as the runner
 * names them: `file#test name` (a parameterized row's `[index]` dropped), `file#@setup`, `file#@teardown`.
 */
import type { RunEvent } from '../runner/events';
import type { ResponseLookup } from './types';

/** How many step responses are kept; the oldest go first. */
const CAPACITY = 500;

/** Remembers the last JSON response of each step; see the module comment for the block ids. */
export class ResponseMemory implements ResponseLookup {
  private readonly bodies = new Map<string, unknown>();

  /** Takes a run event; a `response` whose body is JSON is remembered for its block and step. */
  observe(event: RunEvent): void {
    if (event.type !== 'response' || event.body === undefined || event.bodyTruncated) return;
    let body: unknown;
    try {
      body = JSON.parse(event.body);
    } catch {
      return;
    }
    this.remember(blockIdOf(event.testId), event.step, body);
  }

  /** Remembers `body` (parsed JSON) as the last response of step `step` of `blockId`. */
  remember(blockId: string, step: number, body: unknown): void {
    const key = `${step} ${blockId}`;
    this.bodies.delete(key);
    this.bodies.set(key, body);
    if (this.bodies.size > CAPACITY) this.bodies.delete(this.bodies.keys().next().value as string);
  }

  /** The parsed body of the last response of step `step` of `blockId`, or undefined. */
  lastResponse(blockId: string, step: number): unknown {
    return this.bodies.get(`${step} ${blockId}`);
  }
}

/** The block a test id belongs to: the id without a parameterized row's `[index]`. */
export function blockIdOf(testId: string): string {
  return testId.replace(/\[\d+\]$/, '');
}
