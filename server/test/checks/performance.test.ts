/**
 * Scale: the language server runs `checkFile` after every edit on files of up to ~20k tests. This
 * builds such a syntax tree (one parsed test cloned, since parsing is not what is measured here) and
 * checks that a run stays well under a bound that any quadratic step would blow through.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TestDecl } from '../../src/core/ast';
import { checkFile } from '../../src/core/checks/index';
import { parse } from '../../src/core/syntax/document-parser';
import type { WorkspaceHost } from '../../src/core/workspace/host';

const HEAD = `import "./lib.assay"
vars {
  baseUrl = env("URL", "http://localhost")
}
component login(user) {
  POST {{baseUrl}}/login
  json { "user": "{{user}}" }
  capture session = $.token
}
setup {
  use login(user: "a")
}
`;
const TEST = `@tag(smoke)
test "pet {{id}}" with [{ id: 1, expected: 200 }, { id: 0, expected: 404 }] {
  POST {{baseUrl}}/pets/{{id}}
  X-Session: {{session}}
  json { "name": "Rex {{id}}", "n": {{expected}}, "list": [1, 2, 3], "nested": { "a": [true, null] } }
  expect status == {{expected}}
  expect $.name matches /^Rex \\d+$/
  expect $.items[?(@.price < 10)].id is integer
  capture petId = $.id
  GET {{baseUrl}}/pets/{{petId}}/{{missing}}
  expect $.id == {{petId}}
  use helper(x: 1)
}
`;

test('20k tests are checked in well under a few seconds, reading each import once', () => {
  const { ast } = parse(HEAD + TEST);
  const template = ast.items[ast.items.length - 1] as TestDecl;
  const count = 20_000;
  for (let i = 1; i < count; i++) {
    const copy = structuredClone(template);
    copy.name.value = `pet ${i} {{id}}`;
    ast.items.push(copy);
  }
  let reads = 0;
  const host: WorkspaceHost = {
    root: '/ws',
    readFile: (file) => {
      reads++;
      return file === '/ws/lib.assay' ? 'component helper(x) {\n  GET /{{x}}\n}\n' : undefined;
    },
    exists: (file) => file === '/ws/lib.assay',
  };
  const started = performance.now();
  const diagnostics = checkFile({ path: '/ws/main.assay', ast }, host);
  const ms = performance.now() - started;
  assert.equal(diagnostics.filter((d) => d.code === 'undefined-variable').length, count);
  assert.equal(diagnostics.length, count);
  assert.equal(reads, 1);
  assert.ok(ms < 5000, `checkFile took ${ms.toFixed(0)} ms`);
});
