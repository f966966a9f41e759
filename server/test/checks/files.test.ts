/**
 * Tests of the checks that look at other files: `import-not-found`, `import-cycle`,
 * `import-outside-workspace`, `schema-file-not-found`, `unreadable-data-file`, `data-file-outside-workspace`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, type Files } from './harness';

const cases: [string, string | Files, string[]][] = [
  ['an import that exists', { 'main.assay': 'import "./lib/a.assay"', 'lib/a.assay': 'vars {\n  a = 1\n}' }, []],
  ['an import that does not', 'import ⟦"./nope.assay"⟧', ['import-not-found']],
  ['imported vars are visible, transitively', { 'main.assay': 'import "./a.assay"\ntest "t" {\n  GET {{a}}/{{b}}/{{⟦c⟧}}\n}', 'a.assay': 'import "./b.assay"\nvars {\n  a = 1\n}', 'b.assay': 'vars {\n  b = 2\n}' }, ['undefined-variable']],
  ['a file importing itself', 'import ⟦"./main.assay"⟧', ['import-cycle']],
  ['a cycle through another file', { 'main.assay': 'import ⟦"./a.assay"⟧', 'a.assay': 'import "./b.assay"', 'b.assay': 'import "./main.assay"' }, ['import-cycle']],
  ['a cycle elsewhere is reported in its own files, not here', { 'main.assay': 'import "./a.assay"', 'a.assay': 'import "./b.assay"', 'b.assay': 'import "./a.assay"' }, []],
  ['a diamond is not a cycle', { 'main.assay': 'import "./a.assay"\nimport "./b.assay"', 'a.assay': 'import "./c.assay"', 'b.assay': 'import "./c.assay"', 'c.assay': '' }, []],
  ['an import outside the workspace', 'import ⟦⟦"../../../../../../../../../etc/outside.assay"⟧⟧', ['import-not-found', 'import-outside-workspace']],
  ['a schema file that exists', { 'main.assay': 'use openapi "./spec.yaml"\nuse graphql "./schema.graphql"', 'spec.yaml': 'openapi: 3.1.0', 'schema.graphql': 'type Query { a: Int }' }, []],
  ['a schema file that does not', 'use openapi ⟦"./spec.yaml"⟧\nuse graphql ⟦"./schema.graphql"⟧', ['schema-file-not-found', 'schema-file-not-found']],
  ['a CSV data file gives its header as row keys', { 'main.assay': 'test "t {{id}}" with file "./rows.csv" {\n  GET /{{id}}/{{name}}/{{⟦nope⟧}}\n}', 'rows.csv': 'id,"name"\n1,a\n' }, ['undefined-variable']],
  ['a JSON data file gives the keys of its objects', { 'main.assay': 'test "t" with file "./rows.json" {\n  GET /{{id}}/{{extra}}\n}', 'rows.json': '[{"id": 1}, {"id": 2, "extra": true}]' }, []],
  ['a data file that does not exist', 'test "t" with file ⟦"./rows.csv"⟧ {\n  GET /{{id}}\n}', ['unreadable-data-file']],
  ['a CSV without header', { 'main.assay': 'test "t" with file ⟦"./rows.csv"⟧ {\n  GET /\n}', 'rows.csv': '\n1,2\n' }, ['unreadable-data-file']],
  ['a JSON file that is not an array of objects', { 'main.assay': 'test "t" with file ⟦"./a.json"⟧ {\n  GET /\n}\ntest "u" with file ⟦"./b.json"⟧ {\n  GET /\n}', 'a.json': '{"id": 1}', 'b.json': '[1, 2]' }, ['unreadable-data-file', 'unreadable-data-file']],
  ['a data file of another kind', { 'main.assay': 'test "t" with file ⟦"./rows.txt"⟧ {\n  GET /\n}', 'rows.txt': 'id\n1' }, ['unreadable-data-file']],
  ['body and upload files that exist', { 'main.assay': 'test "t" {\n  POST /a\n  file "./body.json"\n  POST /b\n  multipart {\n    name = "x"\n    doc = file "./a.png" as "image/png"\n  }\n}', 'body.json': '{}', 'a.png': 'png' }, []],
  ['body and upload files that do not', 'test "t" {\n  POST /a\n  file ⟦"./body.json"⟧\n  POST /b\n  multipart {\n    doc = file ⟦"./a.png"⟧\n  }\n}', ['unreadable-data-file', 'unreadable-data-file']],
  ['a data file outside the workspace', 'test "t" {\n  POST /a\n  file ⟦⟦"../../../../../../../../../etc/hostname-nope"⟧⟧\n}', ['unreadable-data-file', 'data-file-outside-workspace']],
  ['a path with a variable is not checked', 'vars {\n  dir = "x"\n}\ntest "t" {\n  POST /a\n  file "./{{dir}}/body.json"\n}', []],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}

test('an import cycle names the files around it', () => {
  const [d] = check({ 'main.assay': 'import ⟦"./a.assay"⟧', 'a.assay': 'import "./main.assay"' }, ['import-cycle']);
  assert.match(d.message, /main\.assay → a\.assay → main\.assay/);
});

test('an import without its extension gets a fix', () => {
  const [d] = check({ 'main.assay': 'import ⟦"./auth"⟧', 'auth.assay': '' }, ['import-not-found']);
  assert.equal(d.fix?.text, '"./auth.assay"');
});
