/**
 * Runs through the language server: `assay/runTests` starts one and answers with its id; its events
 * (`assay/runEvent`) and its end (`assay/runFinished`) go to the listener of that run and to the
 * observers of every run (the output log, the response memory, the status bar). A run that the server
 * took with it when it stopped ends with an error.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CancelRun, RunEvent, RunFinished, RunTests, type RunnerEvent } from '../../../server/src/lsp/protocol';

export interface RunListener {
  event(event: RunnerEvent): void;
  finished(result: RunFinished.Params): void;
}

export interface RunObserver {
  event(runId: string, event: RunnerEvent): void;
  finished(result: RunFinished.Params): void;
}

interface ActiveRun {
  listener?: RunListener;
  /** Events and an end that arrived before the listener (kept in order for it). */
  early: RunnerEvent[];
  end?: RunFinished.Params;
  remaining: number;
}

export class RunService implements vscode.Disposable {
  private readonly runs = new Map<string, ActiveRun>();
  private readonly observers: RunObserver[] = [];
  private readonly changed = new vscode.EventEmitter<number>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires with the number of tests still to finish in all runs. */
  readonly onDidChangeRunningTests = this.changed.event;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      client.onNotification(RunEvent.method, ({ runId, event }: RunEvent.Params) => this.dispatch(runId, event as unknown as RunnerEvent)),
      client.onNotification(RunFinished.method, (result: RunFinished.Params) => this.finish(result)),
      this.changed,
    ];
  }

  observe(observer: RunObserver): void {
    this.observers.push(observer);
  }

  /** Starts a run whose events go to `listener`; resolves with its id. */
  async start(params: RunTests.Params, listener: RunListener): Promise<string> {
    const { runId } = await this.client.sendRequest<RunTests.Result>(RunTests.method, params);
    const run = this.runOf(runId);
    run.listener = listener;
    run.early.splice(0).forEach((event) => listener.event(event));
    if (run.end) this.finish(run.end);
    return runId;
  }

  async cancel(runId: string): Promise<void> {
    if (this.runs.has(runId) && this.client.isRunning()) await this.client.sendRequest<CancelRun.Result>(CancelRun.method, { runId } satisfies CancelRun.Params);
  }

  /** Ends every run in progress: the server that ran them stopped. */
  serverStopped(): void {
    for (const runId of [...this.runs.keys()]) this.finish({ runId, exitCode: -1, message: 'The Assay language server stopped during the run.' });
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  private runOf(runId: string): ActiveRun {
    let run = this.runs.get(runId);
    if (!run) this.runs.set(runId, (run = { early: [], remaining: 0 }));
    return run;
  }

  private dispatch(runId: string, event: RunnerEvent): void {
    const run = this.runOf(runId);
    for (const observer of this.observers) observer.event(runId, event);
    if (event.type === 'run-start' || event.type === 'test-end') {
      run.remaining = event.type === 'run-start' ? event.testCount : Math.max(0, run.remaining - 1);
      this.changed.fire(this.runningTests());
    }
    if (run.listener) run.listener.event(event);
    else run.early.push(event);
  }

  private finish(result: RunFinished.Params): void {
    const run = this.runOf(result.runId);
    if (!run.listener) {
      run.end = result;
      return;
    }
    this.runs.delete(result.runId);
    for (const observer of this.observers) observer.finished(result);
    run.listener.finished(result);
    this.changed.fire(this.runningTests());
  }

  private runningTests(): number {
    let count = 0;
    for (const run of this.runs.values()) count += run.remaining;
    return count;
  }
}
