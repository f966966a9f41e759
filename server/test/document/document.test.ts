/**
 * Tests of `AssayDocument`: after any sequence of edits to real files, its diagnostics and tree equal
 * those of a fresh `parse` plus `checkFile`; and it re-checks only what an edit can change.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { AssayDocument, checkFile, CHECKS, parse, type Diagnostic } from '../../src/core';
import type { Check } from '../../src/core/checks/check';
import { ITEM_HEAD_HANDLERS } from '../../src/core/semantic/walk';
import type { WorkspaceHost } from '../../src/core/workspace/host';
import { goldenInputs } from '../helpers/corpus';
import { fsHost } from '../helpers/fs-host';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const host = fsHost(samplesDir);
const PATH = join(host.root, 'edited.assay');

/** A file that exercises the file-level context: vars, components and their captures, setup, duplicates. */
const CONTEXT_SEED = `import "./common.assay"
vars {
  base = "http://x"
  token = secret "abc"
}
component fetch(id) {
  GET {{base}}/{{id}}
  capture got = $.id
}
setup {
  POST {{base}}/login
  capture session = $.token
}
test "a" {
  use fetch(id: 1)
  expect $.x == {{got}}
  GET {{base}}/{{session}}/{{later}}
  capture later = $.y
  expect status == {{rowKey}}
}
test "a" {
  GET {{base}}/{{elsewhere}}
  json { "a": {{got}}, }
}
test "rows {{rowKey}}" with [{ rowKey: 1 }] {
  GET {{base}}/{{rowKey}}
  capture elsewhere = $.z
  capture gone = $.g
}
test "reads" {
  GET {{base}}/{{gone}}/{{nope}}/{{elsewhere}}
}
teardown {
  GET {{base}}/{{session}}
}
`;

const seeds = [
  CONTEXT_SEED,
  ...readdirSync(samplesDir)
    .filter((f) => f.endsWith('.assay'))
    .sort()
    .map((f) => readFileSync(join(samplesDir, f), 'utf8')),
  ...goldenInputs(),
];

const TOKENS = [
  '{',
  '}',
  '"',
  '\n',
  ' ',
  '#',
  '{{',
  '}}',
  'x',
  '{{token}}',
  '{{session}}',
  '{{got}}',
  '{{nope}}',
  '{{$uuid}}',
  '{{$uuidd}}',
  'capture token = $.t\n',
  'capture got = $.g\n',
  'capture elsewhere = $.e\n',
  'capture nope = $.n\n',
  'test "r" with [{ nope: 1 }] {\n}\n',
  'test "r" with [{ gone: 1 }] {\n}\n',
  'use fetch(id: 2)\n',
  'use login(user: "a", password: "b")\n',
  'use fetch(idd: 2)\n',
  'vars { token = 1 }\n',
  'vars {\n  extra = "{{base}}"\n}\n',
  'component fetch(id) {\n  GET /{{id}}\n  capture other = $.o\n}\n',
  'setup {\n  GET /s\n  capture session2 = $.s\n}\n',
  'test "a" {\n  GET /\n}\n',
  'test "b" {\n}\n',
  'import "./auth.assay"\n',
  'import "./missing.assay"\n',
  'expect status == "ok"\n',
  'expect $.a[] == 1\n',
  'json { "a": 1 }\n',
  'GET /a\n',
];

/** An edit: replace a random range (from a line start, sometimes) with random tokens or characters. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  lineStart: fc.boolean(),
  length: fc.nat({ max: 30 }),
  insert: fc.oneof(fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 }).map((t) => t.join('')), fc.string({ maxLength: 6 })),
  readTree: fc.boolean(),
});

function applyEdit(text: string, e: { at: number; lineStart: boolean; length: number; insert: string }) {
  let start = Math.floor(e.at * text.length);
  if (e.lineStart) start = text.lastIndexOf('\n', start - 1) + 1;
  const end = Math.min(text.length, start + e.length);
  return { next: text.slice(0, start) + e.insert + text.slice(end), edit: { start, oldEnd: end, newEnd: start + e.insert.length } };
}

/** Diagnostics in one total order, so that ties at a position compare equal whatever order they came in. */
function canonical(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): string => JSON.stringify([d.code, d.message, d.severity, d.hint, d.fix]);
  return [...diagnostics].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function fromScratch(text: string, workspace: WorkspaceHost = host): Diagnostic[] {
  const { ast, errors } = parse(text);
  return [...errors, ...checkFile({ path: PATH, ast }, workspace)];
}

test('after random edits to real files, diagnostics and tree equal a fresh parse and checkFile', { timeout: 300_000 }, () => {
  fc.assert(
    fc.property(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.nat({ max: seeds.length - 1 }), weight: 1 }), fc.array(editArb, { minLength: 1, maxLength: 5 }), (seed, edits) => {
      const doc = new AssayDocument(PATH, host);
      let text = seeds[seed];
      assert.deepEqual(canonical(doc.update(text).diagnostics), canonical(fromScratch(text)));
      for (const e of edits) {
        const { next, edit } = applyEdit(text, e);
        const state = doc.update(next, edit);
        assert.deepEqual(canonical(state.diagnostics), canonical(fromScratch(next)));
        if (e.readTree) assert.deepEqual(state.ast, parse(next).ast);
        text = next;
      }
    }),
    { numRuns: 400 },
  );
});

test('diagnostics come sorted by position', () => {
  const { diagnostics } = new AssayDocument(PATH, host).update(CONTEXT_SEED);
  assert.ok(diagnostics.length > 5);
  for (let i = 1; i < diagnostics.length; i++) assert.ok(diagnostics[i - 1].span.start <= diagnostics[i].span.start);
});

/** A check that counts the tests it is run on, to see what an update re-checks. */
function counting(): Check & { tests: string[] } {
  const tests: string[] = [];
  return {
    tests,
    meta: { code: 'counting', severity: 'info', scope: 'item', description: 'Counts the tests it sees.' },
    create: () => ({ Test: (t) => void tests.push(t.name.value) }),
  };
}

const THREE_TESTS = `vars {
  base = "http://x"
}
test "one" {
  GET {{base}}/1
  capture shared = $.id
}
test "two" {
  GET {{base}}/{{shared}}
}
test "three" {
  GET {{base}}/3
}
`;

function edited(doc: AssayDocument, text: string, find: string, replace: string): string {
  const start = text.indexOf(find);
  const next = text.slice(0, start) + replace + text.slice(start + find.length);
  doc.update(next, { start, oldEnd: start + find.length, newEnd: start + replace.length });
  return next;
}

test('an edit inside a test re-checks that test only, and moves the diagnostics below it', () => {
  const probe = counting();
  const doc = new AssayDocument(PATH, host, { checks: [...CHECKS, probe] });
  const text = THREE_TESTS;
  doc.update(text);
  assert.deepEqual(probe.tests, ['one', 'two', 'three']);
  probe.tests.length = 0;
  const next = edited(doc, text, '/1', '/1234');
  assert.deepEqual(probe.tests, ['one']);
  const state = doc.update(next, { start: 0, oldEnd: 0, newEnd: 0 });
  assert.deepEqual(canonical(state.diagnostics), canonical(fromScratch(next)));
});

test('a capture added or removed elsewhere re-checks the tests that read the name', () => {
  const probe = counting();
  const doc = new AssayDocument(PATH, host, { checks: [...CHECKS, probe] });
  doc.update(THREE_TESTS);
  probe.tests.length = 0;
  // `shared` is no longer defined anywhere: "two" now reads an undefined variable.
  const next = edited(doc, THREE_TESTS, 'capture shared', 'capture other');
  assert.deepEqual(probe.tests, ['one', 'two']);
  const state = doc.update(next, { start: 0, oldEnd: 0, newEnd: 0 });
  assert.ok(state.diagnostics.some((d) => d.code === 'undefined-variable' && d.message.startsWith('`shared`')));
});

test('an edit to the vars re-checks everything', () => {
  const probe = counting();
  const doc = new AssayDocument(PATH, host, { checks: [...CHECKS, probe] });
  doc.update(THREE_TESTS);
  probe.tests.length = 0;
  edited(doc, THREE_TESTS, 'base =', 'bas =');
  assert.deepEqual(probe.tests, ['one', 'two', 'three']);
});

test('refresh re-reads the files a document reads', () => {
  const files = new Map<string, string>();
  const memory: WorkspaceHost = { root: '/ws', readFile: (p) => files.get(p), exists: (p) => files.has(p) };
  const text = 'import "./lib.assay"\ntest "t" {\n  use helper()\n}\n';
  const doc = new AssayDocument('/ws/main.assay', memory);
  assert.deepEqual(
    doc.update(text).diagnostics.map((d) => d.code),
    ['import-not-found', 'unknown-component'],
  );
  files.set('/ws/lib.assay', 'component helper() {\n  GET /h\n}\n');
  assert.deepEqual(doc.refresh().diagnostics, []);
});

test('file-scope checks handle only top-level items and vars', () => {
  for (const check of CHECKS.filter((c) => c.meta.scope === 'file')) {
    const visitor = check.create({ path: PATH, ast: parse('').ast, host, model: undefined as never, report: () => undefined });
    const handlers = Object.keys(visitor).filter((k) => k !== 'File');
    assert.deepEqual(
      handlers.filter((k) => !ITEM_HEAD_HANDLERS.has(k as never)),
      [],
      check.meta.code,
    );
  }
});

test('an edit that touches many names rebuilds definedAnywhere and still re-checks the readers', () => {
  const names = Array.from({ length: 80 }, (_, i) => `v${i}`);
  const defines = `test "defines" {\n  GET /d\n${names.map((n) => `  capture ${n} = $.${n}\n`).join('')}}\n`;
  const text = `${defines}test "reads" {\n  GET /{{v5}}\n}\n`;
  const doc = new AssayDocument(PATH, host);
  assert.deepEqual(canonical(doc.update(text).diagnostics), canonical(fromScratch(text)));
  const next = text.slice(defines.length);
  const state = doc.update(next, { start: 0, oldEnd: defines.length, newEnd: 0 });
  assert.deepEqual(canonical(state.diagnostics), canonical(fromScratch(next)));
  assert.deepEqual(
    state.diagnostics.map((d) => d.code),
    ['undefined-variable'],
  );
  const back = doc.update(text, { start: 0, oldEnd: 0, newEnd: defines.length });
  assert.deepEqual(canonical(back.diagnostics), canonical(fromScratch(text)));
});

test('edits do not keep old versions of the text alive', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const block = `test "t" {\n  GET /a\n  json { "name": "pet" }\n  expect status == 200\n}\n`;
  let text = block.repeat(4000);
  const doc = new AssayDocument(PATH, host);
  doc.update(text);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 50; i++) {
    const at = text.indexOf('"pet', ((i * 37) % 100) * (text.length / 100)) + 2;
    text = text.slice(0, at) + 'x' + text.slice(at);
    doc.update(text, { start: at, oldEnd: at, newEnd: at + 1 });
  }
  gc();
  // Each version of the text is ~0.5 MB: keeping them would cost ~25 MB.
  const keptMb = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.ok(keptMb < 5, `${keptMb.toFixed(1)} MB kept after 50 edits`);
});
