/**
 * Scale: the language server runs `checkFile` after every edit on files of up to ~20k tests. This
 * builds such a syntax tree (one parsed test cloned, since parsing is not what is measured here) and
 * checks that ten times the tests cost about ten times the time: a quadratic step would cost a hundred.
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

/** A file of `count` copies of the test above, as the language server would hold it. */
function bigFile(count: number) {
  const { ast } = parse(HEAD + TEST);
  const template = ast.items[ast.items.length - 1] as TestDecl;
  for (let i = 1; i < count; i++) {
    const copy = structuredClone(template);
    copy.name.value = `pet ${i} {{id}}`;
    ast.items.push(copy);
  }
  return ast;
}

/** Checks a file of `count` tests; returns how long it took, the diagnostics and how many files were read. */
function checkBigFile(count: number) {
  const ast = bigFile(count);
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
  return { ms: performance.now() - started, diagnostics, reads };
}

test('checking grows linearly with the number of tests and reads each import once', () => {
  checkBigFile(2_000); // warms the JIT so the small run below is not measured cold
  const small = checkBigFile(2_000);
  const large = checkBigFile(20_000);
  assert.equal(large.diagnostics.filter((d) => d.code === 'undefined-variable').length, 20_000);
  assert.equal(large.diagnostics.length, 20_000);
  assert.equal(large.reads, 1);
  // Ten times the tests: linear work takes about 10x; a quadratic step would take about 100x.
  const ratio = large.ms / small.ms;
  assert.ok(ratio < 40, `10x the tests took ${ratio.toFixed(1)}x the time (${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms)`);
});
