/**
 * The `assay` debug adapter, inline in the extension host: a launch starts a run through the language
 * server and streams it into the Debug Console as it happens (requests, responses, captures, assertion
 * results, each linked to its line), then the session ends. Stopping the session cancels the run
 * (teardowns still run). A step debugger would grow here: breakpoints, stack frames, variables.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { RunFinished, RunnerEvent, SourceLocation } from '../../../server/src/lsp/protocol';
import { describeEvent } from '../runs/describe';
import type { RunListener, RunService } from '../runs/run-service';
import { currentRunOptions } from '../settings';
import type { DapEvent, DapRequest, DapResponse, OutputBody } from './dap';
import { runParamsOf, type AssayLaunchConfiguration } from './launch-config';
import type { DebugRunLinks } from './links';

/** The one thread a run shows as. */
const THREAD = { id: 1, name: 'Assay run' };

export class AssayDebugAdapter implements vscode.DebugAdapter {
  private readonly sent = new vscode.EventEmitter<vscode.DebugProtocolMessage>();
  readonly onDidSendMessage = this.sent.event;
  private seq = 1;
  private runId?: string;
  private ended = false;
  /** Where each step of each test starts: its request and response link there. */
  private readonly steps = new Map<string, SourceLocation>();

  constructor(
    private readonly session: vscode.DebugSession,
    private readonly runs: RunService,
    private readonly links: DebugRunLinks,
  ) {}

  handleMessage(message: vscode.DebugProtocolMessage): void {
    const request = message as DapRequest;
    if (request.type !== 'request') return;
    switch (request.command) {
      case 'initialize':
        this.respond(request, { supportsConfigurationDoneRequest: true, supportsTerminateRequest: true });
        this.emit('initialized');
        return;
      case 'launch':
        void this.launch(request);
        return;
      case 'threads':
        this.respond(request, { threads: [THREAD] });
        return;
      case 'terminate':
      case 'disconnect':
        this.respond(request);
        if (this.runId !== undefined && !this.ended) void this.runs.cancel(this.runId);
        return;
      case 'configurationDone':
      case 'setExceptionBreakpoints':
        this.respond(request);
        return;
      case 'setBreakpoints':
        // No breakpoints yet: none of them binds.
        this.respond(request, { breakpoints: [] });
        return;
      default:
        this.respond(request, undefined, `Assay does not support '${request.command}' yet.`);
    }
  }

  dispose(): void {
    this.sent.dispose();
  }

  private async launch(request: DapRequest): Promise<void> {
    const config = this.session.configuration as AssayLaunchConfiguration;
    const link = this.links.take(config.testRun);
    const listener: RunListener = {
      event: (event) => {
        this.show(event);
        link?.event(event);
      },
      finished: (result) => {
        link?.finished(result);
        this.end(result);
      },
    };
    try {
      this.output({ category: 'console', output: `Assay: running ${config.testIds ? `${config.testIds.length} selected test(s)` : (config.program ?? 'the workspace')}\n` });
      this.runId = await this.runs.start(runParamsOf(config, currentRunOptions()), listener);
      this.respond(request);
    } catch (e) {
      const message = `Assay could not start the run: ${e instanceof Error ? e.message : String(e)}`;
      this.respond(request, undefined, message);
      listener.finished({ runId: '', exitCode: -1, message });
    }
  }

  /** One event as Debug Console output; failures go to the error stream, so they stand out. */
  private show(event: RunnerEvent): void {
    if (event.type === 'step-start') this.steps.set(`${event.step} ${event.testId}`, event.location);
    const text = describeEvent(event);
    if (text === undefined) return;
    const failed = (event.type === 'assertion' && !event.passed) || (event.type === 'step-end' && event.status === 'errored') || (event.type === 'test-end' && (event.status === 'failed' || event.status === 'errored'));
    const location = 'location' in event ? event.location : 'step' in event ? this.steps.get(`${event.step} ${event.testId}`) : undefined;
    this.output({ category: failed ? 'stderr' : 'stdout', output: `${text}\n`, ...(location ? sourceOf(location) : {}) });
  }

  private end(result: RunFinished.Params): void {
    if (this.ended) return;
    this.ended = true;
    if (result.message) this.output({ category: 'stderr', output: `${result.message}\n` });
    this.emit('exited', { exitCode: result.exitCode });
    this.emit('terminated');
  }

  private output(body: OutputBody): void {
    this.emit('output', body);
  }

  private respond(request: DapRequest, body?: unknown, error?: string): void {
    const response: DapResponse = { seq: this.seq++, type: 'response', request_seq: request.seq, command: request.command, success: error === undefined, ...(error ? { message: error } : {}), ...(body !== undefined ? { body } : {}) };
    this.sent.fire(response);
  }

  private emit(event: string, body?: unknown): void {
    const message: DapEvent = { seq: this.seq++, type: 'event', event, ...(body !== undefined ? { body } : {}) };
    this.sent.fire(message);
  }
}

function sourceOf(location: SourceLocation): Pick<OutputBody, 'source' | 'line' | 'column'> {
  return { source: { name: basename(location.file), path: location.file }, line: location.line, column: location.column };
}
