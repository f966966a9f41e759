/**
 * The language configuration (language-configuration.json): its regexes compile the way VS Code
 * compiles them (JavaScript RegExp), words are what a double-click should select in Assay text, and
 * indentation grows after a line that opens a block, list, call or `"""` document.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  wordPattern: string;
}

const config = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

test('language configuration: `#` comments and every bracket pair auto-closes', () => {
  assert.equal(config.comments.lineComment, '#');
  for (const [open, close] of config.brackets) {
    assert.ok(
      config.autoClosingPairs.some((p) => p.open === open && p.close === close),
      `${open}${close} does not auto-close`,
    );
  }
});

test('language configuration: words keep `{{name}}`, built-ins, JSONPaths, hyphenated names and durations sensible', () => {
  const words = (text: string): string[] => text.match(new RegExp(config.wordPattern, 'g')) ?? [];
  assert.deepEqual(words('{{pet.name}}'), ['pet', 'name']);
  assert.deepEqual(words('X-Request-Id: {{$uuid}}'), ['X-Request-Id', '$uuid']);
  assert.deepEqual(words('expect $.items[0].createdAt is date-time'), ['expect', 'items', '0', 'createdAt', 'is', 'date-time']);
  assert.deepEqual(words('retry 3 every 200ms'), ['retry', '3', 'every', '200ms']);
  assert.deepEqual(words('@tag(smoke-test)'), ['tag', 'smoke-test']);
});

test('language configuration: indentation grows after an opening line and shrinks at a closing one', () => {
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  for (const line of ['test "a" {', '  json {', 'test "rows" with [', '  use login(', '  graphql """', 'vars {  # names']) {
    assert.ok(increase.test(line), `no indent after: ${line}`);
  }
  for (const line of ['  GET {{baseUrl}}/pets', '  graphql """{ me { name } }"""', '  json { "a": 1 }', '# a comment {', '  X-Id: {{']) {
    assert.ok(!increase.test(line), `unexpected indent after: ${line}`);
  }
  for (const line of ['}', '  ]', ')', '  """']) assert.ok(decrease.test(line), `no dedent at: ${line}`);
  assert.ok(!decrease.test('  expect status == 200'));
});
