// Watches the runs the extension makes: wraps the controller's createTestRun so each TestRun's calls
// (started, passed, failed, errored, skipped, output, end) are recorded as they happen. The runs are
// the extension's own, against the real sample API; this only observes them.
import * as vscode from 'vscode';

export interface RecordedResult {
  state: 'passed' | 'failed' | 'errored' | 'skipped';
  messages: vscode.TestMessage[];
  duration?: number;
  at: number;
}

export interface RecordedRun {
  profileKind?: vscode.TestRunProfileKind;
  started: Map<vscode.TestItem, number>;
  results: Map<vscode.TestItem, RecordedResult>;
  output: string;
  ended: Promise<void>;
}

/** Records every run created from now on, until `stop()`; `runs` lists them in creation order. */
export function recordRuns(controller: vscode.TestController) {
  const runs: RecordedRun[] = [];
  const original = controller.createTestRun.bind(controller);
  controller.createTestRun = (request, name, persist) => {
    const run = original(request, name, persist);
    let markEnded = () => {};
    const recorded: RecordedRun = {
      profileKind: request.profile?.kind,
      started: new Map(),
      results: new Map(),
      output: '',
      ended: new Promise<void>((resolve) => (markEnded = resolve)),
    };
    runs.push(recorded);
    const finish = (item: vscode.TestItem, state: RecordedResult['state'], messages: vscode.TestMessage[], duration?: number) =>
      recorded.results.set(item, { state, messages, duration, at: Date.now() });
    const toArray = (message: vscode.TestMessage | readonly vscode.TestMessage[]) =>
      Array.isArray(message) ? [...message] : [message as vscode.TestMessage];
    return new Proxy(run, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        switch (key) {
          case 'started':
            return (item: vscode.TestItem) => (recorded.started.set(item, Date.now()), target.started(item));
          case 'passed':
            return (item: vscode.TestItem, duration?: number) => (finish(item, 'passed', [], duration), target.passed(item, duration));
          case 'failed':
            return (item: vscode.TestItem, message: vscode.TestMessage | readonly vscode.TestMessage[], duration?: number) => (
              finish(item, 'failed', toArray(message), duration), target.failed(item, message, duration)
            );
          case 'errored':
            return (item: vscode.TestItem, message: vscode.TestMessage | readonly vscode.TestMessage[], duration?: number) => (
              finish(item, 'errored', toArray(message), duration), target.errored(item, message, duration)
            );
          case 'skipped':
            return (item: vscode.TestItem) => (finish(item, 'skipped', []), target.skipped(item));
          case 'appendOutput':
            return (output: string, location?: vscode.Location, test?: vscode.TestItem) => (
              (recorded.output += output), target.appendOutput(output, location, test)
            );
          case 'end':
            return () => (target.end(), markEnded());
          default:
            return value.bind(target);
        }
      },
    });
  };
  return {
    runs,
    stop: () => {
      controller.createTestRun = original;
    },
  };
}
