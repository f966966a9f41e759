/**
 * Two status bar items: the language server's state (starting, ready, running N tests, stopped; a
 * click shows the Assay output) and the selected environment (a click picks another).
 */
import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'stopped';

export class StatusBar implements vscode.Disposable {
  private state: ServerState = 'starting';
  private running = 0;
  private readonly server = vscode.window.createStatusBarItem('assay.server', vscode.StatusBarAlignment.Left, 10);
  private readonly environment = vscode.window.createStatusBarItem('assay.environment', vscode.StatusBarAlignment.Left, 9);

  constructor(showOutputCommand: string, selectEnvironmentCommand: string) {
    this.server.name = 'Assay Server';
    this.server.command = showOutputCommand;
    this.environment.name = 'Assay Environment';
    this.environment.command = selectEnvironmentCommand;
    this.environment.tooltip = 'The environment (.env.NAME) Assay runs tests with: click to change it';
    this.render();
    this.setEnvironment(undefined);
    this.server.show();
    this.environment.show();
  }

  setServer(state: ServerState): void {
    this.state = state;
    this.render();
  }

  /** The number of tests still to finish in the runs in progress. */
  setRunning(tests: number): void {
    this.running = tests;
    this.render();
  }

  setEnvironment(name: string | undefined): void {
    this.environment.text = `$(server-environment) ${name ?? 'no environment'}`;
  }

  private render(): void {
    const running = this.state === 'ready' && this.running > 0;
    if (running) this.server.text = `$(sync~spin) Assay: running ${this.running} test${this.running === 1 ? '' : 's'}`;
    else if (this.state === 'ready') this.server.text = '$(beaker) Assay';
    else if (this.state === 'starting') this.server.text = '$(sync~spin) Assay: starting';
    else this.server.text = '$(error) Assay: stopped';
    this.server.tooltip = `Assay language server: ${running ? 'running tests' : this.state}. Click to show the output.`;
    this.server.backgroundColor = this.state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.server.dispose();
    this.environment.dispose();
  }
}
