// Diagnostics of a broken file (a copy of docs/examples/typos.assay) reach the editor with the ranges
// and codes `assay check` reports for it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assayApi } from './extension.js';
import { fixture } from './fixture.js';
import { waitFor } from './wait.js';

/** 1-based line:column, code, and the text the range covers (when it is one word). */
const EXPECTED: { at: string; code: string; text?: string }[] = [
  { at: '10:3', code: 'unknown-statement', text: 'expct' },
  { at: '15:26', code: 'undefined-variable', text: 'petId' },
  { at: '16:27', code: 'undefined-variable', text: 'tokn' },
  { at: '22:19', code: 'parse-error' },
  { at: '27:3', code: 'statement-outside-request' },
  { at: '30:3', code: 'duplicate-statement' },
  { at: '31:3', code: 'graphql-option-without-query' },
  { at: '34:1', code: 'misplaced-decorator' },
  { at: '41:23', code: 'parse-error' },
];

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

describe('diagnostics', () => {
  it('reports every problem of a broken file at its line and column', async () => {
    await assayApi();
    const document = await vscode.workspace.openTextDocument(fixture.brokenFile);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(`${EXPECTED.length} diagnostics on broken/typos.assay`, () => {
      const found = vscode.languages.getDiagnostics(fixture.brokenFile);
      return found.length >= EXPECTED.length ? found : undefined;
    });
    const sorted = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(
      sorted.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`),
      EXPECTED.map((e) => `${e.at} ${e.code}`),
    );
    for (const [index, expected] of EXPECTED.entries()) {
      const diagnostic = sorted[index]!;
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, `${expected.at} is an error`);
      if (expected.text) assert.equal(document.getText(diagnostic.range), expected.text, `${expected.at} covers \`${expected.text}\``);
    }
  });

  it('clears a diagnostic when the typo is fixed in the editor', async () => {
    await assayApi();
    const document = await vscode.workspace.openTextDocument(fixture.brokenFile);
    const typo = new vscode.Range(9, 2, 9, 7);
    assert.equal(document.getText(typo), 'expct');
    const fix = new vscode.WorkspaceEdit();
    fix.replace(fixture.brokenFile, typo, 'expect');
    assert.ok(await vscode.workspace.applyEdit(fix));
    await waitFor('the unknown-statement diagnostic to go', () => {
      const codes = vscode.languages.getDiagnostics(fixture.brokenFile).map(codeOf);
      return codes.length === EXPECTED.length - 1 && !codes.includes('unknown-statement') ? true : undefined;
    });
    const undo = new vscode.WorkspaceEdit();
    undo.replace(fixture.brokenFile, new vscode.Range(9, 2, 9, 8), 'expct');
    assert.ok(await vscode.workspace.applyEdit(undo));
    await waitFor('the unknown-statement diagnostic to come back', () =>
      vscode.languages.getDiagnostics(fixture.brokenFile).some((d) => codeOf(d) === 'unknown-statement') ? true : undefined,
    );
  });
});
