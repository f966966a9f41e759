/**
 * Completion over the core's `completionsAt`: builds the model around the cursor, lists directories
 * from the disk for file paths, reads the responses remembered from earlier runs and the schemas the
 * file binds. Converts the core's
 * items (offset spans) to LSP items with text edits.
 */
import { readdirSync } from 'node:fs';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem as LspCompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, itemModelAt, ResponseMemory, type CompletionItem, type CompletionKind, type DirEntry } from '../../core/completion';
import { toRange } from '../convert';
import type { Feature, ServerContext } from '../feature';
import { boundSchemas } from './bound-schemas';

const memories = new WeakMap<ServerContext, ResponseMemory>();

/**
 * The responses remembered for a server, which completion reads after `$.`. Whatever runs tests for
 * the server feeds it every run event (`observe`).
 */
export function responseMemoryOf(ctx: ServerContext): ResponseMemory {
  let memory = memories.get(ctx);
  if (!memory) memories.set(ctx, (memory = new ResponseMemory()));
  return memory;
}

const KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  keyword: CompletionItemKind.Keyword,
  method: CompletionItemKind.Method,
  header: CompletionItemKind.Field,
  value: CompletionItemKind.Value,
  variable: CompletionItemKind.Variable,
  component: CompletionItemKind.Function,
  parameter: CompletionItemKind.Property,
  operator: CompletionItemKind.Operator,
  type: CompletionItemKind.TypeParameter,
  property: CompletionItemKind.Property,
  file: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
  snippet: CompletionItemKind.Snippet,
  decorator: CompletionItemKind.Event,
};

/** Directory entries are capped so that a huge folder cannot flood the list. */
const MAX_ENTRIES = 500;

/** `textDocument/completion`. */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ['.', '{', '"', '/', '@', '(', '$', ':', '?', '&'] } },
  register(ctx) {
    const { connection, workspace } = ctx;
    connection.onCompletion(async ({ textDocument, position }) => {
      const doc = workspace.get(textDocument.uri);
      if (!doc) return [];
      const schemas = await boundSchemas(workspace, doc.path, doc.state.ast);
      const offset = doc.text.offsetAt(position);
      // The open document's own context answers for the item at the cursor; between items, the whole tree.
      const model = doc.analysis.itemModelAt(offset) ?? itemModelAt(doc.path, doc.state.ast, offset, workspace.host, workspace.cache);
      const items = completionsAt(doc.text.getText(), offset, { path: doc.path, model, listFiles, responses: responseMemoryOf(ctx), schemas, chunkStart: (at) => doc.analysis.chunkStartAt(at) });
      return items.map((item) => toLspItem(doc.text, item));
    });
  },
};

function listFiles(dir: string): DirEntry[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .slice(0, MAX_ENTRIES)
      .map((e) => ({ name: e.name, directory: e.isDirectory() }));
  } catch {
    return undefined;
  }
}

function toLspItem(doc: TextDocument, item: CompletionItem): LspCompletionItem {
  return {
    label: item.label,
    kind: KINDS[item.kind],
    textEdit: { range: toRange(doc, item.span), newText: item.insertText },
    ...(item.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    ...(item.sortText ? { sortText: item.sortText } : {}),
    ...(item.filterText ? { filterText: item.filterText } : {}),
    ...(item.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}
