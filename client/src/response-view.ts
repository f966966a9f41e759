/**
 * Read-only documents that show a step's last response (`assay-response:` URIs): JSON pretty-printed
 * with the status and headers as comments, anything else as text.
 */
import * as vscode from 'vscode';
import { responseDocument, type StepExchange } from './runs/step-memory';

const SCHEME = 'assay-response';

export class ResponseView implements vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private count = 0;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: (uri) => this.contents.get(uri.query) ?? '',
    });
  }

  /** Opens the response of `exchange` beside the editor; false when the step has no response. */
  async show(exchange: StepExchange, title: string): Promise<boolean> {
    const doc = responseDocument(exchange);
    if (!doc) return false;
    const key = String(++this.count);
    this.contents.set(key, doc.text);
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${title.replace(/[\\/]/g, '_')}${doc.language === 'jsonc' ? '.jsonc' : '.txt'}`, query: key });
    const opened = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), doc.language);
    await vscode.window.showTextDocument(opened, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return true;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
