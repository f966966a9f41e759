/**
 * What `activate` returns: a small API for the extension's integration tests, which run inside the
 * extension host (`vscode.extensions.getExtension('assay.assay').exports`). See docs/extension.md.
 */
import type * as vscode from 'vscode';

export interface AssayApi {
  /** The Test Explorer's controller (id `assay`): its items are the workspace's tests. */
  testController: vscode.TestController;
  /** Everything written to the "Assay" output channel in this session. */
  outputLog(): string;
  /**
   * Resolves when the language client is running and the Test Explorer has listed the workspace's
   * tests once (rejects if the server stops before it runs).
   */
  whenReady(): Promise<void>;
}
