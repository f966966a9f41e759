// The Assay extension as the tests see it: its public API (what `activate()` returns) once it is ready.
import * as vscode from 'vscode';
import { within } from './wait.js';

export interface AssayApi {
  testController: vscode.TestController;
  outputLog(): string;
  whenReady(): Promise<void>;
}

export const EXTENSION_ID = 'assay.assay';

/** Activates the extension (if it is not yet) and waits until its language server is ready. */
export async function assayApi(): Promise<AssayApi> {
  const extension = vscode.extensions.getExtension<AssayApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = await within('the extension to activate', extension.activate(), 30_000);
  await within('the language server to be ready', api.whenReady(), 30_000);
  return api;
}
