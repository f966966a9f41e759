/**
 * The "Assay" log output channel: the server's log and each request and response of a run. It also
 * keeps everything written to it in this session as text, which the extension's API hands to tests.
 */
import * as vscode from 'vscode';

export class AssayLog implements vscode.LogOutputChannel {
  private readonly channel = vscode.window.createOutputChannel('Assay', { log: true });
  private readonly written: string[] = [];

  get name(): string {
    return this.channel.name;
  }
  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }
  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }

  /** Everything written to the channel in this session. */
  text(): string {
    return this.written.join('');
  }

  trace(message: string, ...args: unknown[]): void {
    this.record(message, args);
    this.channel.trace(message, ...args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.record(message, args);
    this.channel.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.record(message, args);
    this.channel.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.record(message, args);
    this.channel.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.record(error instanceof Error ? (error.stack ?? error.message) : error, args);
    this.channel.error(error, ...args);
  }
  append(value: string): void {
    this.written.push(value);
    this.channel.append(value);
  }
  appendLine(value: string): void {
    this.written.push(`${value}\n`);
    this.channel.appendLine(value);
  }
  replace(value: string): void {
    this.written.push(value);
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(first?: boolean | vscode.ViewColumn, preserveFocus?: boolean): void {
    this.channel.show(typeof first === 'boolean' ? first : preserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    this.channel.dispose();
  }

  private record(message: string, args: unknown[]): void {
    this.written.push(`${[message, ...args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))].join(' ')}\n`);
  }
}
