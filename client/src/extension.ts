/**
 * The Assay extension's entry point: creates the parts and wires them together. The language server
 * does the language work; runs go through it (see runs/); the Test Explorer, the debugger, the
 * commands and the status bar show them.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { AssayApi } from './api';
import { registerCommands, SELECT_ENVIRONMENT, SHOW_OUTPUT } from './commands';
import { registerDebugger } from './debug/debugger';
import { DebugRunLinks } from './debug/links';
import { createLanguageClient, whenRunning } from './language-client';
import { AssayLog } from './log';
import { ResponseView } from './response-view';
import { runLog } from './runs/run-log';
import { RunService } from './runs/run-service';
import { StepMemory } from './runs/step-memory';
import { currentRunOptions, onDidChangeRunOptions } from './settings';
import { StatusBar } from './status';
import { TestExplorer } from './testing/test-explorer';
import { TestRunner } from './testing/test-runner';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): AssayApi {
  const log = new AssayLog();
  const languageClient = (client = createLanguageClient(context, log));
  const status = new StatusBar(SHOW_OUTPUT, SELECT_ENVIRONMENT);
  const runs = new RunService(languageClient);
  const steps = new StepMemory();
  const explorer = new TestExplorer(languageClient);
  const links = new DebugRunLinks();
  const runner = new TestRunner(explorer, runs, links);
  const responses = new ResponseView();

  runs.observe(runLog(log));
  runs.observe({ event: (_, event) => steps.observe(event), finished: () => undefined });
  const showEnvironment = () => status.setEnvironment(currentRunOptions().env);
  showEnvironment();

  context.subscriptions.push(
    log,
    status,
    runs,
    explorer,
    runner,
    responses,
    registerDebugger(runs, links),
    ...registerCommands({ extensionUri: context.extensionUri, client: languageClient, log, status, explorer, runner, steps, responses }, vscode.commands.registerCommand),
    onDidChangeRunOptions(showEnvironment),
    runs.onDidChangeRunningTests((tests) => status.setRunning(tests)),
    languageClient.onDidChangeState(({ newState }) => {
      if (newState === State.Running) {
        status.setServer('ready');
        explorer.load().catch((e: unknown) => log.error(`Assay could not list the tests: ${e instanceof Error ? e.message : String(e)}`));
      } else if (newState === State.Starting) {
        status.setServer('starting');
      } else {
        status.setServer('stopped');
        runs.serverStopped();
      }
    }),
  );
  languageClient.start().catch((e: unknown) => log.error(`Assay could not start its language server: ${e instanceof Error ? e.message : String(e)}`));

  return { testController: explorer.controller, outputLog: () => log.text(), whenReady: () => whenRunning(languageClient).then(() => explorer.whenLoaded()) };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
