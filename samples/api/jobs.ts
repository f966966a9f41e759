// Polling jobs: each job reports `pending`, then `running`, then `done` (with result 42) on successive polls.
import { randomUUID } from 'node:crypto';

export type JobState = 'pending' | 'running' | 'done';

export interface JobView {
  id: string;
  state: JobState;
  result?: number;
}

export class JobStore {
  /** How many times each job has been polled. */
  private readonly polls = new Map<string, number>();

  create(): JobView {
    const id = randomUUID();
    this.polls.set(id, 0);
    return { id, state: 'pending' };
  }

  poll(id: string): JobView | undefined {
    const previous = this.polls.get(id);
    if (previous === undefined) return undefined;
    const count = previous + 1;
    this.polls.set(id, count);
    if (count === 1) return { id, state: 'pending' };
    if (count === 2) return { id, state: 'running' };
    return { id, state: 'done', result: 42 };
  }
}
