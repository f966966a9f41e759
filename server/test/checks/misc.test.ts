/** Tests of `duplicate-test-name`, `secret-literal`, `empty-test` and `invalid-data-row`. */
import { test } from 'node:test';
import { check } from './harness';

const cases: [string, string, string[]][] = [
  ['distinct test names', 'test "a" {\n  GET /\n}\ntest "b" {\n  GET /\n}', []],
  ['a repeated test name', 'test "a" {\n  GET /\n}\ntest ⟦"a"⟧ {\n  GET /\n}\ntest ⟦"a"⟧ {\n  GET /\n}', ['duplicate-test-name', 'duplicate-test-name']],
  ['a repeated name template of parameterized tests', 'test "p {{id}}" with [{ id: 1 }] {\n  GET /{{id}}\n}\ntest ⟦"p {{id}}"⟧ with [{ id: 2 }] {\n  GET /{{id}}\n}', ['duplicate-test-name']],
  ['a secret from the environment', 'vars {\n  token = secret env("TOKEN")\n  other = secret env("OTHER", "dev")\n}', []],
  ['a secret written in the file', 'vars {\n  apiToken = secret ⟦"abc123"⟧\n  plain = "not secret"\n}', ['secret-literal']],
  ['a test without steps', 'test ⟦"nothing"⟧ {\n}', ['empty-test']],
  ['a test with a call only is not empty', 'component c() {\n  GET /\n}\ntest "t" {\n  use c()\n}', []],
  ['inline rows that are objects', 'test "t" with [{ a: 1 }, { a: 2 }] {\n  GET /{{a}}\n}', []],
  ['an inline row that is not an object', 'test "t" with [{ a: 1 }, ⟦2⟧, ⟦"x"⟧] {\n  GET /{{a}}\n}', ['invalid-data-row', 'invalid-data-row']],
  ['no rows at all', 'test "t" with ⟦[]⟧ {\n  GET /\n}', ['invalid-data-row']],
];

for (const [name, input, codes] of cases) {
  test(name, () => {
    check(input, codes);
  });
}
