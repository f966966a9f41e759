/** Tests of `undefined-variable`, `capture-before-set` and `invalid-interpolation`. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, type Files } from './harness';

const VARS = 'vars {\n  baseUrl = "http://localhost"\n}\n';

const cases: [string, string | Files, string[]][] = [
  ['a file var is defined everywhere', `${VARS}test "t" {\n  GET {{baseUrl}}/a\n  Accept: {{baseUrl}}\n}`, []],
  ['an undefined name in a URL', `${VARS}test "t" {\n  GET {{baseUrl}}/{{⟦nope⟧}}\n}`, ['undefined-variable']],
  ['in a header value', `${VARS}test "t" {\n  GET {{baseUrl}}\n  X-Id: {{⟦id⟧}}\n}`, ['undefined-variable']],
  ['in a JSON body', `${VARS}test "t" {\n  POST {{baseUrl}}\n  json { "a": {{⟦a⟧}}, "b": "{{⟦b⟧}}" }\n}`, ['undefined-variable', 'undefined-variable']],
  ['in GraphQL variables', `${VARS}test "t" {\n  POST {{baseUrl}}\n  graphql """query { a }"""\n  variables { "id": {{⟦id⟧}} }\n}`, ['undefined-variable']],
  ['in form, query, auth and log', `${VARS}test "t" {\n  POST {{baseUrl}}\n  query { q = "{{⟦q⟧}}" }\n  auth bearer {{⟦t⟧}}\n  form { f = [{{⟦f⟧}}] }\n  log "{{⟦l⟧}}"\n}`, ['undefined-variable', 'undefined-variable', 'undefined-variable', 'undefined-variable']],
  ['in expectations and component arguments', `${VARS}component c(a) {\n  GET {{baseUrl}}/{{a}}\n}\ntest "t" {\n  use c(a: "{{⟦x⟧}}")\n  expect {{⟦y⟧}} == {{⟦z⟧}}\n}`, ['undefined-variable', 'undefined-variable', 'undefined-variable']],
  ['in a var value and an env fallback', `vars {\n  a = "{{⟦b⟧}}"\n  c = env("C", "{{a}}")\n}`, ['undefined-variable']],
  ['the built-ins are defined', `${VARS}test "t" {\n  POST {{baseUrl}}/{{$uuid}}\n  json { "t": {{$timestamp}}, "i": "{{$isoTimestamp}}", "r": {{$randomInt}} }\n}`, []],
  ['an unknown built-in', `${VARS}test "t" {\n  GET {{baseUrl}}/{{⟦$uid⟧}}/{{⟦$env⟧.HOME}}\n}`, ['undefined-variable', 'undefined-variable']],
  ['dotted and indexed reads use the root name', `${VARS}test "t" {\n  GET {{baseUrl}}\n  capture user = $.user\n  GET {{baseUrl}}/{{user.id}}/{{user.tags[0]}}/{{⟦usr⟧.id}}\n}`, ['undefined-variable']],
  ['a capture is visible after it', `${VARS}test "t" {\n  POST {{baseUrl}}\n  capture id = $.id\n  expect $.id == {{id}}\n  GET {{baseUrl}}/{{id}}\n}`, []],
  ['a read before the capture that sets it', `${VARS}test "t" {\n  GET {{baseUrl}}/{{⟦id⟧}}\n  capture id = $.id\n}`, ['capture-before-set']],
  ['an expect before the capture in the same step', `${VARS}test "t" {\n  GET {{baseUrl}}\n  expect $.a == {{⟦id⟧}}\n  capture id = $.id\n}`, ['capture-before-set']],
  ['a capture in another test is not visible', `${VARS}test "a" {\n  GET {{baseUrl}}\n  capture id = $.id\n}\ntest "b" {\n  GET {{baseUrl}}/{{⟦id⟧}}\n}`, ['undefined-variable']],
  ['setup captures are visible in tests and teardown, wherever setup is', `${VARS}test "t" {\n  GET {{baseUrl}}/{{token}}\n}\nteardown {\n  DELETE {{baseUrl}}/{{token}}\n}\nsetup {\n  POST {{baseUrl}}/login\n  capture token = $.token\n}`, []],
  ['a component exports its captures after the call', `${VARS}component login() {\n  POST {{baseUrl}}/login\n  capture token = $.token\n}\ntest "t" {\n  GET {{baseUrl}}/{{⟦token⟧}}\n  use login()\n  expect $.t == {{token}}\n  GET {{baseUrl}}/{{token}}\n}`, ['capture-before-set']],
  ['exports pass through nested components', `${VARS}component inner() {\n  POST {{baseUrl}}\n  capture deep = $.d\n}\ncomponent outer() {\n  use inner()\n  GET {{baseUrl}}/{{deep}}\n}\ntest "t" {\n  use outer()\n  GET {{baseUrl}}/{{deep}}\n}`, []],
  ['recursive components do not loop', `${VARS}component a() {\n  use b()\n  GET {{baseUrl}}\n  capture x = $.x\n}\ncomponent b() {\n  use a()\n}\ntest "t" {\n  use b()\n  GET {{baseUrl}}/{{x}}\n}`, []],
  ['parameters are visible in their component only', `${VARS}component c(user) {\n  GET {{baseUrl}}/{{user}}\n}\ntest "t" {\n  GET {{baseUrl}}/{{⟦user⟧}}\n}`, ['undefined-variable']],
  ['inline row keys: the union of the rows', `${VARS}test "pet {{id}}" with [{ id: 1 }, { id: 2, expected: 404 }] {\n  GET {{baseUrl}}/{{id}}\n  expect status == {{expected}}\n  expect status != {{⟦other⟧}}\n}`, ['undefined-variable']],
  ['a test name reads row keys', `${VARS}test "pet {{⟦idx⟧}}" with [{ id: 1 }] {\n  GET {{baseUrl}}/{{id}}\n}`, ['undefined-variable']],
  ['an empty interpolation', `${VARS}test "t" {\n  GET {{baseUrl}}/⟦{{}}⟧/⟦{{ 1 }}⟧\n}`, ['invalid-interpolation', 'invalid-interpolation']],
  ['a valid interpolation is not reported', `${VARS}test "t" {\n  GET {{ baseUrl }}/{{baseUrl}}\n}`, []],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}

test('did-you-mean: hint and fix with the close name', () => {
  const [d] = check(`${VARS}test "t" {\n  GET {{⟦baseUrll⟧}}/a\n}`, ['undefined-variable']);
  assert.equal(d.severity, 'error');
  assert.equal(d.hint, 'Did you mean `baseUrl`?');
  assert.equal(d.fix?.text, 'baseUrl');
  assert.deepEqual(d.fix?.span, d.span);
});

test('did-you-mean inside spaced braces rewrites the whole interpolation', () => {
  const [d] = check(`${VARS}test "t" {\n  GET ⟦{{ baseUrll.x }}⟧/a\n}`, ['undefined-variable']);
  assert.equal(d.fix?.text, '{{baseUrl.x}}');
});

test('did-you-mean offers captures visible at the reference', () => {
  const [d] = check(`${VARS}test "t" {\n  GET {{baseUrl}}\n  capture petId = $.id\n  GET {{baseUrl}}/{{⟦petid⟧}}\n}`, ['undefined-variable']);
  assert.equal(d.fix?.text, 'petId');
});

test('a name defined only in another scope is a warning, an unknown one an error', () => {
  const [elsewhere, nowhere] = check(`${VARS}component c(user) {\n  GET {{baseUrl}}\n}\ntest "t" {\n  GET {{baseUrl}}/{{⟦user⟧}}/{{⟦zzz⟧}}\n}`, ['undefined-variable', 'undefined-variable']);
  assert.equal(elsewhere.severity, 'warning');
  assert.match(elsewhere.message, /parameter/);
  assert.equal(nowhere.severity, 'error');
});
