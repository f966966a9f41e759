/** Tests of `unknown-component`, `component-arguments` and `duplicate-definition`. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, type Files } from './harness';

const LOGIN = 'component login(user, password) {\n  POST /login\n  capture token = $.token\n}\n';

const cases: [string, string | Files, string[]][] = [
  ['a local component', `${LOGIN}test "t" {\n  use login(user: "a", password: "b")\n}`, []],
  ['an imported component, transitively', { 'main.assay': 'import "./a.assay"\ntest "t" {\n  use login(user: "a", password: "b")\n  GET /{{token}}\n}', 'a.assay': 'import "./lib/b.assay"', 'lib/b.assay': LOGIN }, []],
  ['an unknown component', `${LOGIN}test "t" {\n  use ⟦logout⟧()\n}`, ['unknown-component']],
  ['a missing argument', `${LOGIN}test "t" {\n  use ⟦login⟧(user: "a")\n}`, ['component-arguments']],
  ['an unknown argument', `${LOGIN}test "t" {\n  use login(user: "a", password: "b", ⟦role⟧: "x")\n}`, ['component-arguments']],
  ['a repeated argument', `${LOGIN}test "t" {\n  use login(user: "a", password: "b", ⟦user⟧: "c")\n}`, ['component-arguments']],
  ['a component declared twice', `${LOGIN}component ⟦login⟧(user) {\n  GET /\n}`, ['duplicate-definition']],
  ['a parameter listed twice', 'component c(a, ⟦a⟧) {\n  GET /{{a}}\n}', ['duplicate-definition']],
  ['a var declared twice, across blocks', 'vars {\n  a = 1\n}\nvars {\n  ⟦a⟧ = 2\n  b = 3\n}', ['duplicate-definition']],
  ['a local component may shadow an imported one', { 'main.assay': `import "./a.assay"\n${LOGIN}`, 'a.assay': LOGIN }, []],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}

test('a misspelled component gets a did-you-mean fix', () => {
  const [d] = check(`${LOGIN}test "t" {\n  use ⟦logn⟧(user: "a", password: "b")\n}`, ['unknown-component']);
  assert.equal(d.fix?.text, 'login');
});

test('a misspelled argument gets a fix with a parameter not yet given', () => {
  const [d] = check(`${LOGIN}test "t" {\n  use login(user: "a", ⟦pasword⟧: "b")\n}`, ['component-arguments']);
  assert.equal(d.fix?.text, 'password');
});

test('a missing argument names every missing parameter', () => {
  const [d] = check(`${LOGIN}test "t" {\n  use ⟦login⟧()\n}`, ['component-arguments']);
  assert.match(d.message, /`user`, `password`/);
});
