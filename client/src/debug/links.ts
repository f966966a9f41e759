/**
 * Hands a Test Explorer run to the debug session that carries it out: the Debug profile registers
 * the listener of its test run and puts the key in the launch configuration (`testRun`); the debug
 * adapter takes it back and gives it the run's events too.
 */
import type { RunListener } from '../runs/run-service';

export class DebugRunLinks {
  private readonly links = new Map<string, RunListener>();
  private count = 0;

  add(listener: RunListener): string {
    const key = `test-run-${++this.count}`;
    this.links.set(key, listener);
    return key;
  }

  /** The listener of `key`, once; undefined for a launch that no test run started. */
  take(key: string | undefined): RunListener | undefined {
    const listener = key === undefined ? undefined : this.links.get(key);
    if (key !== undefined) this.links.delete(key);
    return listener;
  }
}
