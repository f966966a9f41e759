/**
 * The `assay` debugger: fills in a launch configuration (F5 without launch.json runs the current
 * `.assay` file; a missing `program` is the current file or the workspace), refuses to launch in an
 * untrusted workspace, and creates the inline adapter for each session.
 */
import * as vscode from 'vscode';
import type { RunService } from '../runs/run-service';
import { canRunTests } from '../trust';
import { AssayDebugAdapter } from './adapter';
import { DEBUG_TYPE, type AssayLaunchConfiguration } from './launch-config';
import type { DebugRunLinks } from './links';

export function registerDebugger(runs: RunService, links: DebugRunLinks): vscode.Disposable {
  const provider: vscode.DebugConfigurationProvider = {
    provideDebugConfigurations: () => [
      { type: DEBUG_TYPE, request: 'launch', name: 'Assay: run the current file', program: '${file}' },
      { type: DEBUG_TYPE, request: 'launch', name: 'Assay: run every test', program: '${workspaceFolder}' },
    ],
    resolveDebugConfiguration: (folder, config) => {
      if (!canRunTests()) return undefined;
      const editor = vscode.window.activeTextEditor;
      const current = editor?.document.languageId === 'assay' ? editor.document.uri.fsPath : undefined;
      if (!config.type && !config.request && !config.name) {
        if (!current) {
          void vscode.window.showInformationMessage('Assay: open an .assay file to run it, or add an "assay" launch configuration.');
          return undefined;
        }
        return { type: DEBUG_TYPE, request: 'launch', name: 'Assay: run the current file', program: current } satisfies AssayLaunchConfiguration;
      }
      if (!config.program && !config.testIds) config.program = current ?? folder?.uri.fsPath;
      return config;
    },
  };
  const factory: vscode.DebugAdapterDescriptorFactory = {
    createDebugAdapterDescriptor: (session) => new vscode.DebugAdapterInlineImplementation(new AssayDebugAdapter(session, runs, links)),
  };
  return vscode.Disposable.from(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, factory),
  );
}
