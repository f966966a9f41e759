/**
 * Runs from the Test Explorer: the Run profile (also continuous, on save), the Debug profile (through
 * an `assay` debug session, whose Debug Console shows the run), one Run profile per tag, and the runs
 * that commands start (a test, a file, the last run again, the failed tests again). Results show per
 * test as the events arrive.
 */
import * as vscode from 'vscode';
import type { RunFinished } from '../../../server/src/lsp/protocol';
import { DEBUG_TYPE, type AssayLaunchConfiguration } from '../debug/launch-config';
import type { DebugRunLinks } from '../debug/links';
import type { RunListener, RunService } from '../runs/run-service';
import { currentRunOptions } from '../settings';
import { canRunTests } from '../trust';
import { RunUpdates } from './run-updates';
import { affectedBy, selectTests, tagsOf, type Selection } from './selection';
import type { TestExplorer } from './test-explorer';
import { TestRunReporter } from './test-run-reporter';
import type { TreeNode } from './test-tree';

/** How long after a save a continuous run waits (the server re-lists the saved file meanwhile). */
const CONTINUOUS_DELAY_MS = 300;

export type RunKind = 'run' | 'debug';

export class TestRunner implements vscode.Disposable {
  readonly runProfile: vscode.TestRunProfile;
  readonly debugProfile: vscode.TestRunProfile;
  private readonly tagProfiles = new Map<string, vscode.TestRunProfile>();
  private last?: { include?: readonly vscode.TestItem[]; exclude?: readonly vscode.TestItem[]; profile?: vscode.TestRunProfile };
  private lastFailed: string[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly explorer: TestExplorer,
    private readonly runs: RunService,
    private readonly links: DebugRunLinks,
  ) {
    const controller = explorer.controller;
    this.runProfile = controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (r, t) => this.handle(r, t), true, undefined, true);
    this.debugProfile = controller.createRunProfile('Debug', vscode.TestRunProfileKind.Debug, (r, t) => this.handle(r, t), true);
    this.subscriptions = [explorer.onDidChangeTree(() => this.updateTagProfiles())];
  }

  /** Runs (or debugs) the given items as if from the Test Explorer. */
  async runItems(items: readonly vscode.TestItem[], kind: RunKind): Promise<void> {
    const profile = kind === 'run' ? this.runProfile : this.debugProfile;
    const cancel = new vscode.CancellationTokenSource();
    try {
      await this.handle(new vscode.TestRunRequest(items, undefined, profile), cancel.token);
    } finally {
      cancel.dispose();
    }
  }

  /** Runs the last run's request again. */
  async rerunLast(): Promise<void> {
    if (!this.last) {
      void vscode.window.showInformationMessage('Assay: nothing has run yet.');
      return;
    }
    const cancel = new vscode.CancellationTokenSource();
    try {
      await this.handle(new vscode.TestRunRequest(this.last.include, this.last.exclude, this.last.profile), cancel.token);
    } finally {
      cancel.dispose();
    }
  }

  /** Runs the tests that failed or errored in the last run again. */
  async rerunFailed(): Promise<void> {
    const items = this.lastFailed.flatMap((id) => this.explorer.item(id) ?? []);
    if (items.length === 0) {
      void vscode.window.showInformationMessage('Assay: no failed tests in the last run.');
      return;
    }
    await this.runItems(items, 'run');
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.tagProfiles.forEach((p) => p.dispose());
    this.runProfile.dispose();
    this.debugProfile.dispose();
  }

  private async handle(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    if (!canRunTests()) return;
    if (request.continuous) return this.runContinuously(request, token);
    const selection = this.select(request);
    if (!selection) return;
    this.last = { include: request.include, exclude: request.exclude, profile: request.profile };
    const run = this.explorer.controller.createTestRun(request);
    for (const id of selection.queued) {
      const item = this.explorer.item(id);
      if (item) run.enqueued(item);
    }
    const updates = new RunUpdates(selection.queued);
    const reporter = new TestRunReporter(this.explorer.controller, run, (id) => this.explorer.item(id));
    const cancelled = anyOf(token, run.token);
    const done = new Promise<void>((resolve) => {
      let ended = false;
      const listener: RunListener = {
        event: (event) => {
          if (!ended) reporter.apply(updates.take(event));
        },
        finished: (result) => {
          if (ended) return;
          ended = true;
          this.finishRun(run, reporter, updates, result);
          resolve();
        },
      };
      const started = request.profile?.kind === vscode.TestRunProfileKind.Debug ? this.startDebugging(selection, listener, cancelled.token) : this.startRun(selection, listener, cancelled.token);
      started.catch((e: unknown) => listener.finished({ runId: '', exitCode: -1, message: `Assay could not start the run: ${e instanceof Error ? e.message : String(e)}` }));
    });
    await done;
    cancelled.dispose();
  }

  private finishRun(run: vscode.TestRun, reporter: TestRunReporter, updates: RunUpdates, result: RunFinished.Params): void {
    if (result.message && result.exitCode !== 0 && result.exitCode !== 1) run.appendOutput(`${result.message.replace(/\r?\n/g, '\r\n')}\r\n`);
    reporter.apply(updates.finish(result.exitCode, result.message));
    this.lastFailed = updates.failed();
    run.end();
  }

  private async startRun(selection: Selection, listener: RunListener, token: vscode.CancellationToken): Promise<void> {
    const runId = await this.runs.start({ ...currentRunOptions(), ...selection.target }, listener);
    if (token.isCancellationRequested) await this.runs.cancel(runId);
    else token.onCancellationRequested(() => void this.runs.cancel(runId));
  }

  /** Debugs through an `assay` debug session; the session's adapter feeds `listener` too. */
  private async startDebugging(selection: Selection, listener: RunListener, token: vscode.CancellationToken): Promise<void> {
    const testRun = this.links.add(listener);
    const folder = vscode.workspace.workspaceFolders?.[0];
    const { uris, testIds } = selection.target;
    const config: AssayLaunchConfiguration = {
      type: DEBUG_TYPE,
      request: 'launch',
      name: 'Assay: debug tests',
      ...(uris?.length === 1 ? { program: vscode.Uri.parse(uris[0] as string).fsPath } : uris === undefined && testIds === undefined && folder ? { program: folder.uri.fsPath } : { testIds: testIds ?? selection.queued }),
      testRun,
    };
    let session: vscode.DebugSession | undefined;
    const started = vscode.debug.onDidStartDebugSession((s) => {
      if (s.configuration.testRun === testRun) session = s;
    });
    token.onCancellationRequested(() => void (session && vscode.debug.stopDebugging(session)));
    try {
      if (!(await vscode.debug.startDebugging(folder, config as vscode.DebugConfiguration))) {
        this.links.take(testRun);
        throw new Error('the debug session did not start');
      }
    } finally {
      started.dispose();
    }
  }

  /** Until cancelled: after each save of an `.assay` file, runs again what the request covers of it. */
  private runContinuously(request: vscode.TestRunRequest, token: vscode.CancellationToken): void {
    const include = request.include?.flatMap((item) => this.explorer.node(item.id) ?? []);
    let timer: NodeJS.Timeout | undefined;
    const saved = new Set<string>();
    const watch = vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.languageId !== 'assay') return;
      saved.add(doc.uri.toString());
      clearTimeout(timer);
      timer = setTimeout(() => {
        const nodes = [...saved].flatMap((uri) => affectedBy(uri, this.explorer.roots, include));
        saved.clear();
        const items = unique(nodes).flatMap((n) => this.explorer.item(n.id) ?? []);
        if (items.length > 0) void this.handle(new vscode.TestRunRequest(items, request.exclude, request.profile), token);
      }, CONTINUOUS_DELAY_MS);
    });
    token.onCancellationRequested(() => {
      clearTimeout(timer);
      watch.dispose();
    });
  }

  private select(request: vscode.TestRunRequest): Selection | undefined {
    const nodes = (items: readonly vscode.TestItem[] | undefined) => items?.flatMap((item) => this.explorer.node(item.id) ?? []);
    const selection = selectTests(this.explorer.roots, nodes(request.include), nodes(request.exclude), request.profile?.tag?.id);
    if (!selection) void vscode.window.showInformationMessage('Assay: no tests to run.');
    return selection;
  }

  /** One Run profile per tag of the workspace's tests ("Run: smoke"), which runs only the tests with it. */
  private updateTagProfiles(): void {
    const tags = new Set(tagsOf(this.explorer.roots));
    for (const [tag, profile] of this.tagProfiles) {
      if (tags.has(tag)) continue;
      profile.dispose();
      this.tagProfiles.delete(tag);
    }
    for (const tag of tags) {
      if (this.tagProfiles.has(tag)) continue;
      const profile = this.explorer.controller.createRunProfile(`Run: ${tag}`, vscode.TestRunProfileKind.Run, (r, t) => this.handle(r, t), false, new vscode.TestTag(tag));
      this.tagProfiles.set(tag, profile);
    }
  }
}

function unique(nodes: readonly TreeNode[]): TreeNode[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}

/** A token cancelled when either of two is; disposing it stops listening to them. */
function anyOf(a: vscode.CancellationToken, b: vscode.CancellationToken): { token: vscode.CancellationToken; dispose(): void } {
  const source = new vscode.CancellationTokenSource();
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  const listeners = [a.onCancellationRequested(() => source.cancel()), b.onCancellationRequested(() => source.cancel())];
  return {
    token: source.token,
    dispose: () => {
      listeners.forEach((l) => l.dispose());
      source.dispose();
    },
  };
}
