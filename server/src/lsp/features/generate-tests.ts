/**
 * "Generate tests for uncovered operations" on a `use openapi` (or `use graphql`) line: a code action
 * (cheap: it only names the command) whose command loads the bound spec, computes what the
 * workspace's files bound to the same spec already cover, generates tests for the rest (the core's
 * generator, same output as `assay generate`) and appends them to the file, with any vars they need
 * that the file cannot see yet.
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import { resolveFrom, type UseDecl, type VarsBlock } from '../../core';
import {
  generateGraphqlSuite,
  generateOpenApiSuite,
  graphqlCoverage,
  openApiCoverage,
  renderTest,
  type CoverageFile,
  type GeneratedSuite,
} from '../../core/generator';
import type { Feature } from '../feature';
import type { OpenDocument, Workspace } from '../workspace';

export const GENERATE_TESTS_COMMAND = 'assay.generateTests';

/** The code action on a `use` line under `range`, if there is one. */
export function generateTestsActions(doc: OpenDocument, range: Range): CodeAction[] {
  const start = doc.text.offsetAt(range.start);
  const end = doc.text.offsetAt(range.end);
  const use = doc.state.ast.items.find((item): item is UseDecl => item.kind === 'Use' && item.span.start <= end && start <= item.span.end);
  if (!use) return [];
  const title = `Generate tests for the ${use.schema === 'openapi' ? 'operations' : 'fields'} of ${use.path.value} not yet covered`;
  return [{ title, kind: CodeActionKind.Refactor, command: { title, command: GENERATE_TESTS_COMMAND, arguments: [doc.uri, use.span.start] } }];
}

/** `workspace/executeCommand` `assay.generateTests(uri, useOffset)`: applies the edit, or shows why not. */
export const generateTestsFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: [GENERATE_TESTS_COMMAND] } },
  register({ connection, workspace }) {
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command !== GENERATE_TESTS_COMMAND) return;
      const [uri, offset] = (args ?? []) as [string, number];
      const doc = workspace.get(uri);
      const use = doc?.state.ast.items.find((item): item is UseDecl => item.kind === 'Use' && item.span.start === offset);
      if (!doc || !use) return;
      const outcome = await uncoveredTestsEdit(workspace, doc, use);
      if (typeof outcome === 'string') connection.window.showInformationMessage(outcome);
      else await connection.workspace.applyEdit({ label: 'Generate tests', edit: { changes: { [doc.uri]: outcome } } });
    });
  },
};

/** The edits that add tests for what no file bound to the spec covers, or a message saying why there are none. */
export async function uncoveredTestsEdit(workspace: Workspace, doc: OpenDocument, use: UseDecl): Promise<TextEdit[] | string> {
  const specPath = resolveFrom(doc.path, use.path.value);
  const loaded = await workspace.schemas.load(specPath, use.schema);
  if (loaded.kind === 'broken') return `${use.path.value} cannot be used: ${loaded.message}`;
  const files = boundFiles(workspace, specPath);
  const suite: GeneratedSuite = loaded.kind === 'openapi' ? generateOpenApiSuite(loaded, { specPath: use.path.value }) : generateGraphqlSuite(loaded, { schemaPath: use.path.value });
  const report = loaded.kind === 'openapi' ? openApiCoverage(loaded, files) : graphqlCoverage(loaded, files);
  const uncovered = new Set(report.operations.filter((op) => !op.covered).map((op) => op.key));
  const picked = suite.files.flatMap((file) => file.tests.filter((t) => uncovered.has(t.key)).map((test) => ({ test, file })));
  if (picked.length === 0) return `Every ${loaded.kind === 'openapi' ? 'operation' : 'field'} of ${use.path.value} is covered.`;
  const file = workspace.openFile(doc.uri)!;
  const visible = workspace.model(file).vars;
  const needed = new Map(picked.flatMap(({ file: f }) => f.vars).filter((v) => !visible.has(v.name)).map((v) => [v.name, v]));
  const text = doc.text.getText();
  const edits: TextEdit[] = [];
  if (needed.size > 0) {
    const lines = [...needed.values()].map((v) => `  ${v.name} = ${v.secret ? 'secret ' : ''}${v.value}`);
    const vars = doc.state.ast.items.find((item): item is VarsBlock => item.kind === 'Vars');
    if (vars) {
      const close = text.lastIndexOf('}', vars.span.end - 1);
      const at = doc.text.positionAt(close);
      edits.push({ range: { start: at, end: at }, newText: `${text.slice(text.lastIndexOf('\n', close - 1) + 1, close).trim() === '' ? '' : '\n'}${lines.join('\n')}\n` });
    } else {
      const at = doc.text.positionAt(use.span.end);
      edits.push({ range: { start: at, end: at }, newText: `\n\nvars {\n${lines.join('\n')}\n}` });
    }
  }
  const end = doc.text.positionAt(text.length);
  const tests = picked.map(({ test }) => renderTest(test).join('\n')).join('\n\n');
  edits.push({ range: { start: end, end }, newText: `${text.endsWith('\n') ? '\n' : '\n\n'}${tests}\n` });
  return edits;
}

/** The workspace's files with a `use` line for the spec at `specPath`, for coverage. */
function boundFiles(workspace: Workspace, specPath: string): CoverageFile[] {
  const files: CoverageFile[] = [];
  for (const path of workspace.filePaths()) {
    const file = workspace.file(path);
    if (!file || !file.ast.items.some((item) => item.kind === 'Use' && resolveFrom(path, item.path.value) === specPath)) continue;
    files.push({ path, text: file.text.getText(), ast: file.ast });
  }
  return files;
}
