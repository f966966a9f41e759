/** Hover over the core's `hoverAt`, with the test results remembered from earlier runs and the schemas the file binds. */
import { MarkupKind } from 'vscode-languageserver';
import { itemModelAt } from '../../core/completion';
import { hoverAt, TestResultMemory } from '../../core/hover';
import { toRange } from '../convert';
import type { Feature, ServerContext } from '../feature';
import { boundSchemas } from './bound-schemas';

const memories = new WeakMap<ServerContext, TestResultMemory>();

/**
 * The test results remembered for a server, which hover shows on a test's name. Whatever runs tests for
 * the server feeds it every run event (`observe`).
 */
export function testResultMemoryOf(ctx: ServerContext): TestResultMemory {
  let memory = memories.get(ctx);
  if (!memory) memories.set(ctx, (memory = new TestResultMemory()));
  return memory;
}

/** `textDocument/hover`. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    const { connection, workspace } = ctx;
    connection.onHover(async ({ textDocument, position }) => {
      const doc = workspace.get(textDocument.uri);
      if (!doc) return null;
      const schemas = await boundSchemas(workspace, doc.path, doc.state.ast);
      const offset = doc.text.offsetAt(position);
      const ast = doc.state.ast;
      const model = itemModelAt(doc.path, ast, offset, workspace.host, workspace.cache);
      const hover = hoverAt(doc.text.getText(), offset, { path: doc.path, ast, model, results: testResultMemoryOf(ctx), schemas });
      return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc.text, hover.span) } : null;
    });
  },
};
