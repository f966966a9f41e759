/** The formatter's guarantees: broken chunks untouched, line endings, never throws, meaning checked. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { format } from '../../src/core/format/index';
import { checkFormat, comments, meaning } from './helpers';

const samplesDir = join(import.meta.dirname, '../../../samples');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.assay'))
  .map((f) => readFileSync(join(samplesDir, f), 'utf8'));

test('a chunk with parse errors is kept exactly as written; the rest is formatted', () => {
  const broken = '  test "broken" {\n    GET x   \n  expect\n}';
  checkFormat(`vars {a=1}\n${broken}\ntest "ok" { GET y\n}\n`, `vars {\n  a = 1\n}\n\n${broken}\n\ntest "ok" {\n  GET y\n}\n`);
});

test('a chunk with a structural error (a header before any request) is kept as written', () => {
  const input = 'test "t" {\n    X-A:  b\n    GET x\n}\n';
  assert.equal(format(input), input);
});

test('CRLF line endings are kept when used throughout', () => {
  checkFormat('vars {a=1}\r\ntest "t" {\r\n  GET x   # c\r\n  text """\r\n a\r\n """\r\n}\r\n', 'vars {\r\n  a = 1\r\n}\r\n\r\ntest "t" {\r\n  GET x  # c\r\n  text """\r\n a\r\n """\r\n}\r\n');
});

test('mixed line endings become \\n; the output ends with exactly one newline', () => {
  assert.equal(format('import "a"\r\nimport "b"\n\n\n'), 'import "a"\nimport "b"\n');
  assert.equal(format('import "a"'), 'import "a"\n');
  assert.equal(format('\n\n  \n'), '');
});

test('the samples format idempotently, keeping their meaning and comments', () => {
  assert.ok(samples.length > 0);
  for (const text of samples) {
    const once = format(text);
    assert.equal(format(once), once);
    assert.deepEqual(meaning(once), meaning(text));
    assert.deepEqual(comments(once), comments(text));
  }
});

test('the meaning check sees real changes', () => {
  assert.notDeepEqual(meaning('test "t" {\n  POST a\n  json {"a": 1}\n}'), meaning('test "t" {\n  POST a\n  json {"a": 2}\n}'));
  assert.notDeepEqual(meaning('test "t" {\n  POST a\n  graphql """\n  a\n  """\n}'), meaning('test "t" {\n  POST a\n  graphql """\n  b\n  """\n}'));
  assert.notDeepEqual(meaning('test "t" {\n  POST a\n  text """\n  a\n"""\n}'), meaning('test "t" {\n  POST a\n  text """\na\n"""\n}'));
  assert.deepEqual(meaning('test "t" {\n  POST a\n  json {"a": [1,2]}\n}'), meaning('test "t" {\n  POST a\n  json {\n "a": [1, 2] }\n}'));
});

test('edits of the samples never make it throw, and it stays idempotent and faithful', () => {
  const edits = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', ' ', '\n', '#', '{', '}', '"', '"""', '[', ',', '/', '  # x\n', '\n\n', '{{a}}', 'GET x\n'));
  fc.assert(
    fc.property(fc.nat({ max: samples.length - 1 }), edits, (i, [at, cut, insert]) => {
      const text = samples[i];
      const pos = at % (text.length + 1);
      const edited = text.slice(0, pos) + insert + text.slice(pos + cut);
      const once = format(edited);
      assert.equal(format(once), once);
      assert.deepEqual(meaning(once), meaning(edited));
    }),
    { numRuns: 150 },
  );
});
