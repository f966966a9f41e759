/** Tests of the semantic model: definitions, references, scopes, imports and their cache, data files. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { dataColumns } from '../../src/core/semantic/data-files';
import { buildFileModel, type FileModel } from '../../src/core/semantic/file-model';
import { BUILTIN_NAMES } from '../../src/core/semantic/builtins';
import { ModuleCache } from '../../src/core/semantic/module-cache';
import { symbolAt, visibleAt } from '../../src/core/semantic/queries';
import type { Definition } from '../../src/core/semantic/symbols';
import { classifyUnresolved } from '../../src/core/semantic/unresolved';
import { parse } from '../../src/core/syntax/document-parser';
import type { WorkspaceHost } from '../../src/core/workspace/host';

const ROOT = path.resolve('/ws');
const MAIN = path.join(ROOT, 'main.assay');

/** An in-memory host over `files` (paths relative to ROOT) that counts reads. */
function memoryHost(files: Record<string, string>): WorkspaceHost & { reads: string[] } {
  const byPath = new Map(Object.entries(files).map(([name, text]) => [path.resolve(ROOT, name), text]));
  const reads: string[] = [];
  return {
    root: ROOT,
    reads,
    readFile(file) {
      reads.push(file);
      return byPath.get(file);
    },
    exists: (file) => byPath.has(file),
  };
}

function model(text: string, files: Record<string, string> = {}, cache?: ModuleCache): FileModel {
  return buildFileModel(MAIN, parse(text).ast, memoryHost(files), { cache });
}

/** The offset of the `n`th (0-based) occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return i;
}

const describe = (d: Definition | undefined): string => (d ? `${d.kind} ${d.name} ${path.basename(d.path) || '-'}@${d.span.start}` : 'none');

const SAMPLE = `import "./auth.assay"
vars {
  baseUrl = "http://x"
}
component create(name) {
  POST {{baseUrl}}/pets
  json { "name": "{{name}}" }
  capture petId = $.id
}
setup {
  use login(user: "ada")
}
test "pet {{id}}" with [{ id: 1 }] {
  use create(name: "Rex")
  GET {{baseUrl}}/pets/{{petId}}/{{id}}
  Authorization: Bearer {{token}}
  capture petId = $.other
  GET {{petId}}
}
`;
const AUTH = 'vars {\n  secretKey = secret env("K")\n}\ncomponent login(user) {\n  POST /login\n  capture token = $.token\n}\n';

test('definitions of a file, by offset, with their kinds', () => {
  const m = model(SAMPLE, { 'auth.assay': AUTH });
  assert.deepEqual(
    m.definitions.map((d) => `${d.kind} ${d.name}`),
    ['var baseUrl', 'component create', 'param name', 'capture petId', 'row id', 'capture petId'],
  );
  assert.ok(m.definitions.every((d) => d.path === MAIN));
});

test('references resolve to local, imported, row, capture and exported definitions', () => {
  const m = model(SAMPLE, { 'auth.assay': AUTH });
  const resolved = m.references.map((r) => `${r.role} ${r.name} -> ${describe(r.definition)}`);
  assert.deepEqual(resolved, [
    `read baseUrl -> var baseUrl main.assay@${at(SAMPLE, 'baseUrl')}`,
    `read name -> param name main.assay@${at(SAMPLE, 'name)')}`,
    'write petId -> none',
    `call login -> component login auth.assay@${at(AUTH, 'login')}`,
    `argument user -> param user auth.assay@${at(AUTH, 'user')}`,
    `read id -> row id main.assay@${at(SAMPLE, 'id:')}`,
    `call create -> component create main.assay@${at(SAMPLE, 'create')}`,
    `argument name -> param name main.assay@${at(SAMPLE, 'name)')}`,
    `read baseUrl -> var baseUrl main.assay@${at(SAMPLE, 'baseUrl')}`,
    `read petId -> capture petId main.assay@${at(SAMPLE, 'petId')}`,
    `read id -> row id main.assay@${at(SAMPLE, 'id:')}`,
    `read token -> capture token auth.assay@${at(AUTH, 'token =')}`,
    `write petId -> capture petId main.assay@${at(SAMPLE, 'petId')}`,
    `read petId -> capture petId main.assay@${at(SAMPLE, 'petId', 2)}`,
  ]);
});

test('the reference span is the name inside the braces when it can be located', () => {
  const m = model('vars {\n  a = 1\n}\ntest "t" {\n  GET {{a.b}}/{{ a }}\n}');
  const [exact, spaced] = m.references.map((r) => r.span);
  assert.equal(exact.end - exact.start, 1);
  assert.equal(spaced.end - spaced.start, '{{ a }}'.length);
});

test('symbolAt finds the reference or the definition under the cursor', () => {
  const m = model(SAMPLE, { 'auth.assay': AUTH });
  const onRead = symbolAt(m, at(SAMPLE, '{{petId}}') + 3);
  assert.ok(onRead && 'reference' in onRead && onRead.reference.definition?.kind === 'capture');
  const onDef = symbolAt(m, at(SAMPLE, 'baseUrl') + 1);
  assert.ok(onDef && 'definition' in onDef && onDef.definition.name === 'baseUrl');
  assert.equal(symbolAt(m, at(SAMPLE, 'POST') + 1), undefined);
});

test('visibleAt follows the order of captures and the kind of block', () => {
  const m = model(SAMPLE, { 'auth.assay': AUTH });
  const names = (offset: number): string[] => visibleAt(m, offset).map((d) => d.name).sort();
  const builtins = [...BUILTIN_NAMES];
  assert.deepEqual(names(at(SAMPLE, 'POST')), [...builtins, 'baseUrl', 'name', 'secretKey'].sort());
  assert.deepEqual(names(at(SAMPLE, 'use create')), [...builtins, 'baseUrl', 'id', 'secretKey', 'token'].sort());
  assert.deepEqual(names(at(SAMPLE, 'GET {{baseUrl}}')), [...builtins, 'baseUrl', 'id', 'petId', 'secretKey', 'token'].sort());
  assert.deepEqual(names(0), [...builtins, 'baseUrl', 'secretKey'].sort());
});

test('the built-ins do not include $env', () => {
  assert.deepEqual(BUILTIN_NAMES, ['$uuid', '$timestamp', '$isoTimestamp', '$randomInt']);
});

test('the unresolved policy: set later, unknown built-in, defined elsewhere, undefined', () => {
  const text = 'component c(p) {\n  GET /\n}\ntest "t" {\n  GET /{{later}}/{{$nope}}/{{p}}/{{nowhere}}\n  capture later = $.a\n}\n';
  const m = model(text);
  const reads = m.references.filter((r) => r.role === 'read');
  assert.deepEqual(reads.map((r) => classifyUnresolved(r, m)), ['set-later', 'unknown-builtin', 'defined-elsewhere', 'undefined']);
});

test('references in a block that did not parse are not judged', () => {
  const { ast } = parse('test "t" {\n  GET /{{x}}\n}\n');
  const [item] = ast.items;
  assert.equal(item.kind, 'Test');
  // The parser keeps the readable steps of a broken block; a component's parameters are then unknown.
  ast.items = [{ kind: 'Broken', span: item.span, keyword: 'component', name: 'c', steps: item.steps }];
  const m = buildFileModel(MAIN, ast, memoryHost({}));
  const [ref] = m.references;
  assert.equal(ref?.uncertain, true);
  assert.equal(classifyUnresolved(ref, m), undefined);
});

test('imports are read once per run, and once per cache', () => {
  const files = { 'a.assay': 'import "./c.assay"', 'b.assay': 'import "./c.assay"', 'c.assay': 'vars {\n  c = 1\n}' };
  const host = memoryHost(files);
  const text = 'import "./a.assay"\nimport "./b.assay"\ntest "t" {\n  GET /{{c}}\n}';
  const cache = new ModuleCache();
  const first = buildFileModel(MAIN, parse(text).ast, host, { cache });
  assert.equal(first.references[0].definition?.name, 'c');
  assert.equal(host.reads.length, 3);
  buildFileModel(MAIN, parse(text).ast, host, { cache });
  assert.equal(host.reads.length, 3);
  cache.invalidate(path.join(ROOT, 'c.assay'));
  buildFileModel(MAIN, parse(text).ast, host, { cache });
  assert.deepEqual(host.reads.slice(3), [path.join(ROOT, 'c.assay')]);
});

test('import links: found, inside the workspace, cycles with their path', () => {
  const m = model('import "./a.assay"\nimport "./nope.assay"\nimport "../outside.assay"', {
    'a.assay': 'import "./b.assay"',
    'b.assay': 'import "./main.assay"',
    '../outside.assay': 'vars {\n  far = 1\n}',
  });
  assert.deepEqual(
    m.imports.map((l) => [path.basename(l.target), l.found, l.inside, l.cycle?.map((p) => path.basename(p))]),
    [
      ['a.assay', true, true, ['main.assay', 'a.assay', 'b.assay', 'main.assay']],
      ['nope.assay', false, true, undefined],
      ['outside.assay', true, false, undefined],
    ],
  );
  assert.equal(m.vars.get('far')?.path, path.resolve(ROOT, '../outside.assay'));
});

test('data file links give row keys; unknown rows make the test uncertain', () => {
  const m = model('test "a" with file "./rows.csv" {\n  GET /{{id}}\n}\ntest "b" with file "./missing.csv" {\n  GET /{{id}}\n}', { 'rows.csv': 'id,name\n1,x' });
  assert.deepEqual(m.dataFiles.map((l) => [l.found, l.columns]), [[true, ['id', 'name']], [false, undefined]]);
  const [a, b] = m.references;
  assert.equal(a.definition?.kind, 'row');
  assert.equal(b.uncertain, true);
});

test('dataColumns reads CSV headers and JSON arrays of objects', () => {
  assert.deepEqual(dataColumns('.csv', '\uFEFFid, "full name","a,b"\r\n1,2,3'), { ok: true, columns: ['id', 'full name', 'a,b'] });
  assert.equal(dataColumns('.csv', '').ok, false);
  assert.equal(dataColumns('.csv', 'a,,b').ok, false);
  assert.deepEqual(dataColumns('.json', '[{"a":1},{"b":2}]'), { ok: true, columns: ['a', 'b'] });
  assert.equal(dataColumns('.json', '[{"a":1}, []]').ok, false);
  assert.equal(dataColumns('.json', '{').ok, false);
  assert.equal(dataColumns('.yaml', 'a: 1').ok, false);
});
