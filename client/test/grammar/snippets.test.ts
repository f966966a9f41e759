/**
 * The snippets (snippets/assay.code-snippets): each one, accepted with its defaults, must give text
 * that `assay check` passes without a diagnostic and `assay fmt` would not change. The snippets are
 * written to a temporary workspace, one file each, and the real CLI (run from source) checks them all.
 * Snippets that use `{{baseUrl}}` follow the `vars` snippet in their file, as they would in a real
 * one; the files that the `import` and `use` snippets name by default are in the workspace too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { expandSnippet } from './snippet-expansion';

const root = join(__dirname, '..', '..', '..');

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'assay.code-snippets'), 'utf8')) as Record<string, Snippet>;

test('snippets: the expected set, each with a prefix, a description and a body', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  for (const p of ['test', 'testrows', 'component', 'graphql', 'setup', 'teardown', 'vars', 'import', 'openapi', 'usegraphql']) {
    assert.ok(prefixes.includes(p), `no snippet with prefix ${p}`);
  }
  assert.equal(new Set(prefixes).size, prefixes.length, 'two snippets share a prefix');
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.description.length > 0 && s.body.length > 0, `${name} lacks a description or a body`);
  }
});

test('snippets: expansion fills placeholders with their defaults and mirrors', () => {
  assert.equal(
    expandSnippet(snippets.Test.body),
    'test "name" {\n  GET {{baseUrl}}/path\n  expect status == 200\n  \n}',
  );
  const rows = expandSnippet(snippets['Parameterized test'].body);
  assert.match(rows, /^test "GET \/pets\/\{\{id\}\} answers \{\{status\}\}" with \[$/m);
  assert.match(rows, /^ {2}GET \{\{baseUrl\}\}\/pets\/\{\{id\}\}$/m);
  assert.match(expandSnippet(snippets['GraphQL request'].body), /query Film\(\$id: ID!\)[\s\S]*operation "Film"[\s\S]*expect \$\.errors not exists/);
});

/** A snippet's text with its defaults; the line where the cursor ends (`$0`) goes, as a user would leave it. */
function accepted(snippet: Snippet): string {
  return expandSnippet(snippet.body).replace(/\n[ \t]*(?=\n)/g, '');
}

/** Runs the `assay` command from source (the CLI's own entry point), from the repository root. */
function assay(args: string[]) {
  const cli = join(root, 'server', 'src', 'cli', 'main.ts');
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

test('snippets: every snippet, accepted as it comes, passes `assay check` and is in the formatter\'s layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-snippets-'));
  try {
    copyFileSync(join(root, 'samples', 'openapi.yaml'), join(dir, 'openapi.yaml'));
    copyFileSync(join(root, 'samples', 'schema.graphql'), join(dir, 'schema.graphql'));
    writeFileSync(join(dir, 'common.assay'), 'vars {\n  shared = "from common"\n}\n');
    const vars = accepted(snippets.Variables);
    const files = new Map<string, string>();
    for (const [name, s] of Object.entries(snippets)) {
      const text = accepted(s);
      const file = `snippet-${s.prefix}.assay`;
      files.set(file, name);
      writeFileSync(join(dir, file), text.includes('{{baseUrl}}') ? `${vars}\n\n${text}\n` : `${text}\n`);
    }
    const run = assay(['check', '--root', dir, dir]);
    const problems = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => (line.startsWith(' ') ? line : `${files.get(basename(line.split(':')[0]))}: ${line}`));
    assert.deepEqual(problems, [], `diagnostics in snippets:\n${problems.join('\n')}`);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`0 errors, 0 warnings in ${files.size + 1} files checked`));
    const fmt = assay(['fmt', '--check', dir]);
    assert.equal(fmt.status, 0, `snippets not in the formatter's layout:\n${fmt.stdout}${fmt.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
