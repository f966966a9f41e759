/**
 * `DocumentParser.update` with a text it can only read in parts (`TextSource`): after an edit it reads
 * a window around it, widened until the chunks line up again, and gives the same tree and errors as a
 * fresh parse, also when the edit makes one chunk swallow the rest of the file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DocumentParser, parse, type TextSource } from '../../src/core';

const BLOCK = `@tag(smoke)
test "fetch {{n}}" {
  GET {{baseUrl}}/pets/1
  json { "name": "pet", "tags": ["a", "b"] }
  graphql """
    query { pet { name } }
  """
  expect status == 200
  capture id = $.id
}

# a comment
component c(x) {
  GET /c/{{x}}
}
`;
/** About 90 KB: several windows long. */
const TEXT = `vars {\n  baseUrl = "http://x"\n}\n` + BLOCK.repeat(400);

/** The text, counting how many characters the parser read. */
function counted(text: string): TextSource & { read: number } {
  return {
    read: 0,
    length: text.length,
    slice(start: number, end: number) {
      this.read += Math.min(end, text.length) - start;
      return text.slice(start, end);
    },
  };
}

const INSERTS = ['x', '"', '"""', '{', '}', '\n', '\ntest "new" {\n  GET /n\n}\n', 'expect $.a == 1\n', '#', ''];
const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), insert: fc.constantFrom(...INSERTS) });

test('edits read through a TextSource give the same tree and errors as a fresh parse', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
      const parser = new DocumentParser();
      let text = TEXT;
      parser.update(text);
      for (const e of edits) {
        const start = Math.floor(e.at * text.length);
        const end = Math.min(text.length, start + e.length);
        text = text.slice(0, start) + e.insert + text.slice(end);
        const result = parser.update(counted(text), { start, oldEnd: end, newEnd: start + e.insert.length });
        const fresh = parse(text);
        assert.deepEqual(result.ast, fresh.ast);
        assert.deepEqual(result.errors, fresh.errors);
      }
    }),
    { numRuns: 20 },
  );
});

test('an edit inside a test reads only a window of the text', () => {
  const parser = new DocumentParser();
  parser.update(TEXT);
  const at = TEXT.indexOf('"pet"', TEXT.length / 2) + 2;
  const source = counted(TEXT.slice(0, at) + 'x' + TEXT.slice(at));
  parser.update(source, { start: at, oldEnd: at, newEnd: at + 1 });
  assert.ok(source.read < 40_000, `read ${source.read} of ${source.length} characters`);
});

test('a chunk longer than the window is read whole', () => {
  const text = 'vars {\n' + '  a = 1\n'.repeat(10_000) + '}\n\ntest "t" {\n  GET /a\n}\n';
  const parser = new DocumentParser();
  parser.update(text);
  const next = text.replace('a = 1', 'b = 2');
  const source = counted(next);
  const result = parser.update(source, { start: 9, oldEnd: 14, newEnd: 14 });
  assert.deepEqual(result.ast, parse(next).ast);
  assert.ok(source.read > 80_000);
});
