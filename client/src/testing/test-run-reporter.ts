/**
 * Shows `TestUpdate`s in a VS Code test run: states, durations, failure messages (a diff for an
 * equality) at the assertion's line, and each test's output (requests, responses, assertions) at the
 * place in the source it came from. Rows found at run time become children of their test.
 */
import * as vscode from 'vscode';
import type { SourceLocation } from '../../../server/src/lsp/protocol';
import type { Failure, TestUpdate } from './run-updates';

export class TestRunReporter {
  /** Rows this run added to the tree. */
  private readonly rows = new Map<string, vscode.TestItem>();

  constructor(
    private readonly controller: vscode.TestController,
    private readonly run: vscode.TestRun,
    /** The test item of an id, if the tree has it. */
    private readonly treeItem: (id: string) => vscode.TestItem | undefined,
  ) {}

  private itemOf(id: string): vscode.TestItem | undefined {
    return this.treeItem(id) ?? this.rows.get(id);
  }

  apply(updates: readonly TestUpdate[]): void {
    for (const update of updates) this.applyOne(update);
  }

  private applyOne(update: TestUpdate): void {
    if (update.kind === 'output') {
      const item = update.id === undefined ? undefined : this.itemOf(update.id);
      this.run.appendOutput(`${update.text.replace(/\r?\n/g, '\r\n')}\r\n`, update.location && locationOf(update.location), item);
      return;
    }
    const item = update.kind === 'started' ? this.startedItem(update) : this.itemOf(update.id);
    if (!item) return;
    switch (update.kind) {
      case 'started':
        this.run.started(item);
        break;
      case 'passed':
        this.run.passed(item, update.durationMs);
        break;
      case 'failed':
        this.run.failed(item, update.failures.map(messageOf), update.durationMs);
        break;
      case 'errored':
        this.run.errored(item, update.failures.map(messageOf), update.durationMs);
        break;
      case 'skipped':
        this.run.skipped(item);
        break;
    }
  }

  /** The item of a started test; a row found at run time is added under its test. */
  private startedItem(update: Extract<TestUpdate, { kind: 'started' }>): vscode.TestItem | undefined {
    const known = this.itemOf(update.id);
    const parent = update.parent === undefined ? undefined : this.itemOf(update.parent);
    if (known || !parent) return known;
    const row = this.controller.createTestItem(update.id, update.label, parent.uri);
    row.range = parent.range;
    row.tags = parent.tags;
    parent.children.add(row);
    this.rows.set(update.id, row);
    return row;
  }
}

function messageOf(failure: Failure): vscode.TestMessage {
  const message = failure.diff ? vscode.TestMessage.diff(failure.message, failure.diff.expected, failure.diff.actual) : new vscode.TestMessage(failure.message);
  if (failure.location) message.location = locationOf(failure.location);
  return message;
}

export function locationOf(location: SourceLocation): vscode.Location {
  return new vscode.Location(vscode.Uri.file(location.file), new vscode.Position(Math.max(0, location.line - 1), Math.max(0, location.column - 1)));
}
