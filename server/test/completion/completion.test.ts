/**
 * Completion contexts as data: each case is a document with a `█` cursor, the labels that must be
 * offered there and the labels that must not. Then JSONPath from a filled response memory, file
 * paths, text edits, and robustness on documents in any state.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt, ResponseMemory, type CompletionItem } from '../../src/core/completion';
import { HTTP_METHODS } from '../../src/core/ast';
import { TYPE_NAMES } from '../../src/core/semantic/vocabulary';
import { cursor, MAIN, sourcesFor } from './helpers';

interface Case {
  name: string;
  input: string;
  present: string[];
  absent?: string[];
  files?: Record<string, string>;
}

const VARS = 'vars {\n  baseUrl = "http://x"\n  token = secret env("TOKEN")\n}\n\n';
const LOGIN = '# Logs in.\ncomponent login(user, password) {\n  POST {{baseUrl}}/login\n  capture session = $.id\n}\n\n';

const CASES: Case[] = [
  { name: 'empty document: top-level items', input: '█', present: ['test', 'component', 'vars', 'setup', 'teardown', 'import', 'use openapi', 'use graphql', '@tag', '@skip', '@only', 'parameterized test'], absent: ['GET', 'expect'] },
  { name: 'a word at column 0 between items', input: 'test "a" {\n  GET /a\n}\n\nte█', present: ['test', 'component'], absent: ['expect'] },
  { name: 'after a complete item', input: 'import "./a.assay"\n█', present: ['test', 'vars'] },
  { name: 'statement start: keywords, methods, headers', input: 'test "t" {\n  █\n}', present: ['expect', 'capture', 'json', 'use', 'GET', 'DELETE', 'Content-Type', 'Authorization', 'GraphQL request'], absent: ['test', 'component'] },
  { name: 'a half-typed method', input: 'test "t" {\n  GE█\n}', present: [...HTTP_METHODS] },
  { name: 'decorator names after @', input: '@█\ntest "t" {}', present: ['tag', 'skip', 'only'], absent: ['test'] },
  { name: 'assertion subjects after expect', input: 'test "t" {\n  GET /a\n  expect █\n}', present: ['status', 'duration', 'body', 'response', 'header', 'count', '$.'], absent: ['GET', '=='] },
  { name: 'operators after a subject', input: 'test "t" {\n  GET /a\n  expect status █\n}', present: ['==', '!=', '<', '>=', 'contains', 'matches', 'is', 'in', 'exists', 'not'], absent: ['status'] },
  { name: 'operators after a JSONPath', input: 'test "t" {\n  GET /a\n  expect $.items[0].name █', present: ['==', 'contains'] },
  { name: 'a half-typed operator', input: 'test "t" {\n  GET /a\n  expect status =█', present: ['=='] },
  { name: 'types after is', input: 'test "t" {\n  GET /a\n  expect $.id is █', present: [...TYPE_NAMES, 'not'], absent: ['=='] },
  { name: 'types after is not, half-typed', input: 'test "t" {\n  GET /a\n  expect $.id is not da█', present: ['date', 'date-time'], absent: ['not'] },
  { name: 'after not', input: 'test "t" {\n  GET /a\n  expect $.a not █', present: ['exists', 'contains', 'matches', 'in'], absent: ['==', 'is'] },
  { name: 'capture sources', input: 'test "t" {\n  GET /a\n  capture id = █', present: ['body', 'status', 'header', 'regex'], absent: ['response'] },
  { name: 'retry options', input: 'test "t" {\n  GET /a\n  retry 3 █', present: ['every', 'until'] },
  { name: 'retry until: subjects', input: 'test "t" {\n  GET /a\n  retry 3 until █', present: ['status', '$.'] },
  { name: 'redirects values', input: 'test "t" {\n  GET /a\n  redirects █', present: ['on', 'off'] },
  { name: 'auth schemes', input: 'test "t" {\n  GET /a\n  auth █', present: ['bearer', 'basic', 'apikey'] },
  { name: 'var values', input: 'vars {\n  a = █\n}', present: ['env', 'secret', 'true', 'null'] },
  { name: 'schema kinds after a top-level use', input: 'use █', present: ['openapi', 'graphql'], absent: ['login'] },
  { name: 'with after a test name', input: 'test "t" █', present: ['with'] },
  { name: 'header values: Content-Type', input: 'test "t" {\n  POST /a\n  Content-Type: █\n}', present: ['application/json', 'multipart/form-data'], absent: ['expect'] },
  { name: 'header values: Authorization', input: 'test "t" {\n  POST /a\n  Authorization: Be█\n}', present: ['Bearer {{token}}'] },
  { name: 'header names in expect header "', input: 'test "t" {\n  GET /a\n  expect header "█', present: ['Content-Type', 'Accept'] },
  { name: 'variables in {{ }}', input: VARS + 'test "t" {\n  GET {{█\n}', present: ['baseUrl', 'token', '$uuid', '$timestamp'] },
  { name: 'variables in {{ }} half-typed in a string', input: VARS + 'test "t" {\n  POST /a\n  json { "a": "{{ba█" }\n}', present: ['baseUrl'] },
  { name: 'captures so far, not later ones', input: 'test "t" {\n  GET /a\n  capture first = $.id\n  GET /b/{{█}}\n  capture later = $.id\n}', present: ['first'], absent: ['later'] },
  { name: 'component parameters inside its body', input: LOGIN.replace('/login', '/login/{{█}}'), present: ['user', 'password'], absent: ['session'] },
  { name: 'row keys of a parameterized test', input: 'test "t {{id}}" with [{ id: 1, code: 200 }] {\n  GET /{{█}}\n}', present: ['id', 'code'] },
  { name: 'imported vars', input: 'import "./common.assay"\n\ntest "t" {\n  GET {{█}}\n}', files: { 'common.assay': 'vars {\n  shared = 1\n}\n' }, present: ['shared'] },
  { name: 'no variables inside {{a.', input: VARS + 'test "t" {\n  GET {{baseUrl.█\n}', present: [], absent: ['baseUrl'] },
  { name: 'variables as {{name}} to start a URL', input: VARS + 'test "t" {\n  GET █\n}', present: ['{{baseUrl}}'], absent: ['{{$uuid}}'] },
  { name: 'components after use', input: LOGIN + 'test "t" {\n  use █\n}', present: ['login'], absent: ['openapi', 'expect'] },
  { name: 'parameters not given yet', input: LOGIN + 'test "t" {\n  use login(user: "a", █\n}', present: ['password'], absent: ['user'] },
  { name: 'a capture of a called component', input: LOGIN + 'test "t" {\n  use login(user: "a", password: "b")\n  GET /{{█}}\n}', present: ['session'] },
  { name: 'statement after a broken line above', input: 'test "t" {\n  GET /a\n  expct status = 2\n  %%% garbage\n  expect █\n}', present: ['status', 'header'] },
  { name: 'multipart values', input: 'test "t" {\n  POST /a\n  multipart {\n    f = █\n  }\n}', present: ['file', 'true'] },
  { name: 'nothing in a comment', input: 'test "t" {\n  # expect █\n}', present: [], absent: ['status', 'expect'] },
  { name: 'nothing in the middle of a URL', input: 'test "t" {\n  GET /pets/ab█\n}', present: [], absent: ['expect', 'GET'] },
  { name: 'nothing in a GraphQL document', input: 'test "t" {\n  POST /g\n  graphql """\n    query { fi█\n  """\n}', present: [], absent: ['expect'] },
];

for (const c of CASES) {
  test(`completion: ${c.name}`, () => {
    const { text, offset } = cursor(c.input);
    const labels = completionsAt(text, offset, sourcesFor(text, offset, { files: c.files })).map((i) => i.label);
    for (const label of c.present) assert.ok(labels.includes(label), `expected ${label} in [${labels.join(', ')}]`);
    for (const label of c.absent ?? []) assert.ok(!labels.includes(label), `did not expect ${label} in [${labels.join(', ')}]`);
    if (c.present.length === 0) assert.deepEqual(labels, []);
  });
}

/** The items at the cursor of `marked`, with optional sources. */
function itemsAt(marked: string, options: Parameters<typeof sourcesFor>[2] = {}): { text: string; items: CompletionItem[] } {
  const { text, offset } = cursor(marked);
  return { text, items: completionsAt(text, offset, sourcesFor(text, offset, options)) };
}

/** `text` with `item` applied. */
function apply(text: string, item: CompletionItem): string {
  return text.slice(0, item.span.start) + item.insertText + text.slice(item.span.end);
}

test('text edits replace the word being typed, including its rest after the cursor', () => {
  const { text, items } = itemsAt('test "t" {\n  GET /a\n  expect status is in█teg\n}');
  const integer = items.find((i) => i.label === 'integer');
  assert.ok(integer);
  assert.equal(apply(text, integer), 'test "t" {\n  GET /a\n  expect status is integer\n}');
});

test('a variable closes its braces only when they are missing', () => {
  const open = itemsAt(VARS + 'test "t" {\n  GET {{ba█\n}');
  const closed = itemsAt(VARS + 'test "t" {\n  GET {{ba█}}/x\n}');
  const pick = (r: ReturnType<typeof itemsAt>): string => apply(r.text, r.items.find((i) => i.label === 'baseUrl') as CompletionItem);
  assert.match(pick(open), /GET \{\{baseUrl\}\}\n/);
  assert.match(pick(closed), /GET \{\{baseUrl\}\}\/x\n/);
});

test('secrets are flagged and their values never shown', () => {
  const { items } = itemsAt(VARS + 'test "t" {\n  GET {{█}}\n}');
  const token = items.find((i) => i.label === 'token');
  assert.equal(token?.detail, 'secret var');
  assert.equal(token?.documentation, '```assay\ntoken = secret env("TOKEN")\n```');
  assert.equal(items.find((i) => i.label === 'baseUrl')?.documentation, '```assay\nbaseUrl = "http://x"\n```');
});

test('a component inserts a call snippet with every parameter, and shows its doc comment', () => {
  const { items } = itemsAt(LOGIN + 'test "t" {\n  use lo█\n}');
  const login = items.find((i) => i.label === 'login');
  assert.equal(login?.insertText, 'login(user: ${1}, password: ${2})');
  assert.equal(login?.snippet, true);
  assert.equal(login?.detail, 'component login(user, password)');
  assert.match(login?.documentation ?? '', /Logs in\./);
});

test('a header value right after the colon gets its space', () => {
  const { text, items } = itemsAt('test "t" {\n  POST /a\n  Accept:█\n}');
  assert.equal(apply(text, items.find((i) => i.label === 'application/json') as CompletionItem), 'test "t" {\n  POST /a\n  Accept: application/json\n}');
});

test('JSONPath segments come from the last response of the step', () => {
  const responses = new ResponseMemory();
  responses.observe({ type: 'response', testId: `${MAIN}#pets[1]`, step: 1, status: 200, headers: {}, body: '{"items":[{"id":1,"name":"Rex","tag name":"dog"}],"total":3}', bodyBytes: 60, bodyTruncated: false, durationMs: 3 });
  const doc = 'test "pets" {\n  GET /a\n  expect status == 200\n\n  GET /pets\n  expect $.█\n}';
  const labels = (marked: string): string[] => itemsAt(marked, { responses }).items.map((i) => i.label);
  assert.deepEqual(labels(doc), ['items', 'total']);
  assert.deepEqual(labels(doc.replace('$.█', '$.ite█')), ['items', 'total']);
  assert.deepEqual(labels(doc.replace('$.█', '$.items.█')), ['[0]', '[*]']);
  assert.deepEqual(labels(doc.replace('$.█', '$.items[0].█')), ['id', 'name', 'tag name']);
  assert.deepEqual(labels(doc.replace('$.█', '$.items[*].na█')), ['id', 'name', 'tag name']);
  // The first step has no remembered response.
  assert.deepEqual(labels(doc.replace('expect status == 200', 'expect $.█')), []);

  const { text, items } = itemsAt(doc.replace('$.█', '$.items[0].na█'), { responses });
  assert.equal(apply(text, items.find((i) => i.label === 'name') as CompletionItem).split('\n')[5], '  expect $.items[0].name');
  assert.equal(apply(text, items.find((i) => i.label === 'tag name') as CompletionItem).split('\n')[5], "  expect $.items[0]['tag name']");
  assert.equal(items.find((i) => i.label === 'name')?.detail, 'string');
});

test('file paths: relative to the document, folders first, filtered by what the statement reads', () => {
  const listed = ['main.assay', 'common.assay', 'rows.csv', 'pet.schema.json', 'api.yaml', 'data/pets.csv', 'data/avatar.png', '.env'];
  const labels = (marked: string): string[] => itemsAt(marked, { listed }).items.map((i) => i.label);
  assert.deepEqual(labels('import "█'), ['data/', 'common.assay']);
  assert.deepEqual(labels('use openapi "./█'), ['data/', 'api.yaml', 'pet.schema.json']);
  assert.deepEqual(labels('test "t" with file "./█'), ['data/', 'pet.schema.json', 'rows.csv']);
  assert.deepEqual(labels('test "t" with file "./data/p█'), ['pets.csv']);
  assert.deepEqual(labels('test "t" {\n  POST /a\n  file "data/█'), ['avatar.png', 'pets.csv']);
  assert.deepEqual(labels('test "t" {\n  GET /a\n  expect $ matches schema "█'), ['data/', 'pet.schema.json']);
  const { text, items } = itemsAt('test "t" with file "./data/p█', { listed });
  assert.equal(apply(text, items[0]), 'test "t" with file "./data/pets.csv');
  assert.equal(itemsAt('import "█', { listed }).items[0].retrigger, true);
});

test('a document in any state: every offset of broken texts answers without throwing', () => {
  const texts = [
    '',
    '{{{{}}}}"""\n"\n@@@ test test { { [ (',
    'test "a {\n  GET {{x\n  expect $.[[\n  capture = \n}}}\n',
    VARS + LOGIN + 'test "t" with [ { id: 1 } {\n  use login(\n  GET {{baseUrl}}/{{\n  Content-Type:\n  expect status is\n',
    '\u0000\r\n\t# comment "{{\ntest "x" { retry until until }\n',
  ];
  for (const text of texts) {
    for (let offset = 0; offset <= text.length; offset++) {
      assert.doesNotThrow(() => completionsAt(text, offset, sourcesFor(text, offset)), `offset ${offset} of ${JSON.stringify(text)}`);
    }
  }
});

/** Milliseconds for a completion after `expect ` at the end of a test of `steps` requests (warm). */
function timeCompletionInBlockOf(steps: number) {
  let text = VARS + 'test "big" {\n';
  for (let i = 0; i < steps; i++) text += `  GET {{baseUrl}}/a/${i}\n  Accept: application/json\n  expect $.items[0].name == "x"\n`;
  text += '  expect █\n}\n';
  const { text: doc, offset } = cursor(text);
  const sources = sourcesFor(doc, offset);
  completionsAt(doc, offset, sources);
  const started = performance.now();
  const labels = completionsAt(doc, offset, sources).map((i) => i.label);
  return { ms: performance.now() - started, labels };
}

test('completion in a long block grows no faster than the block', () => {
  const small = timeCompletionInBlockOf(300);
  const large = timeCompletionInBlockOf(3000);
  assert.ok(large.labels.includes('status'));
  // Ten times the block: linear work takes about 10x; a quadratic step would take about 100x.
  const ratio = large.ms / Math.max(small.ms, 0.5);
  assert.ok(ratio < 40, `10x the block took ${ratio.toFixed(1)}x the time (${small.ms.toFixed(1)} ms → ${large.ms.toFixed(1)} ms)`);
});
