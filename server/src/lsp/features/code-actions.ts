/**
 * Quick fixes: every diagnostic that carries a fix (`data.fix`, see convert.ts) becomes one, and an
 * undefined variable can be defined as `name = ""` in the file's `vars` block (created at the top of the
 * file, after its imports, when there is none). On a `use` line: generate tests for what is not yet
 * covered (generate-tests.ts).
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { VarsBlock } from '../../core';
import type { Feature } from '../feature';
import type { OpenDocument } from '../workspace';
import { generateTestsActions } from './generate-tests';

interface FixData {
  fix: { range: TextEdit['range']; text: string; title: string };
}

/** `textDocument/codeAction`: quick fixes. */
export const codeActionFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register({ connection, workspace }) {
    connection.onCodeAction(({ textDocument, context, range }) => {
      const doc = workspace.get(textDocument.uri);
      if (doc && context.only?.some((kind) => CodeActionKind.Refactor.startsWith(kind))) return generateTestsActions(doc, range);
      if (!doc || (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind)))) return [];
      const actions: CodeAction[] = context.only ? [] : generateTestsActions(doc, range);
      for (const diagnostic of context.diagnostics) {
        const fix = fixOf(diagnostic);
        if (fix) actions.push(quickFix(doc.uri, fix.title, [{ range: fix.range, newText: fix.text }], diagnostic, true));
        const name = diagnostic.code === 'undefined-variable' && diagnostic.severity === DiagnosticSeverity.Error ? undefinedName(doc, diagnostic) : undefined;
        if (name) actions.push(quickFix(doc.uri, `Define \`${name}\` in \`vars\``, [defineVariable(doc, name)], diagnostic, !fix));
      }
      return actions;
    });
  },
};

function fixOf(diagnostic: Diagnostic): FixData['fix'] | undefined {
  const data = diagnostic.data as Partial<FixData> | undefined;
  return data?.fix && typeof data.fix.text === 'string' ? data.fix : undefined;
}

function quickFix(uri: string, title: string, edits: TextEdit[], diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [uri]: edits } } };
}

/** The variable an undefined-variable diagnostic is about: its range covers the name or the whole `{{...}}`. */
function undefinedName(doc: OpenDocument, diagnostic: Diagnostic): string | undefined {
  return /^(?:\{\{\s*)?([A-Za-z_]\w*)/.exec(doc.text.getText(diagnostic.range))?.[1];
}

/** The edit that adds `name = ""` to the first `vars` block, or a new block at the top. */
function defineVariable(doc: OpenDocument, name: string): TextEdit {
  const text = doc.text.getText();
  const items = doc.state.ast.items;
  const vars = items.find((item): item is VarsBlock => item.kind === 'Vars');
  if (vars) {
    const close = text.lastIndexOf('}', vars.span.end - 1);
    const last = vars.vars[vars.vars.length - 1];
    const lastIndent = last ? text.slice(text.lastIndexOf('\n', last.span.start - 1) + 1, last.span.start) : '';
    const indent = lastIndent !== '' && lastIndent.trim() === '' ? lastIndent : '  ';
    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    // With the `}` on a line of its own, the new var goes on a line above it; else before the `}`.
    const alone = text.slice(lineStart, close).trim() === '';
    const at = alone ? lineStart : close;
    const newText = `${alone ? '' : '\n'}${indent}${name} = ""\n`;
    return { range: { start: doc.text.positionAt(at), end: doc.text.positionAt(at) }, newText };
  }
  let head = 0;
  while (head < items.length && (items[head].kind === 'Import' || items[head].kind === 'Use')) head++;
  if (head === 0) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `vars {\n  ${name} = ""\n}\n\n` };
  const end = doc.text.positionAt(items[head - 1].span.end);
  return { range: { start: end, end }, newText: `\n\nvars {\n  ${name} = ""\n}` };
}
