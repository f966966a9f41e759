/** Where a cursor stands in a half-written JSON body: cases as data, `█` the cursor. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonCursor, type JsonCursor } from '../../src/core/schema-editor/json-cursor';

type Expected = Pick<JsonCursor, 'path' | 'place' | 'typed' | 'quoted'> & { key?: string; siblings: string[]; token: string };

const CASES: Array<[string, Expected | undefined]> = [
  ['{█}', { path: [], place: 'key', typed: '', quoted: false, siblings: [], token: '' }],
  ['{ "na█', { path: [], place: 'key', typed: 'na', quoted: true, siblings: [], token: '"na' }],
  ['{ "na█me": 1 }', { path: [], place: 'key', typed: 'na', quoted: true, siblings: [], token: '"name"' }],
  ['{ "a": 1, "█", "c": 3 }', { path: [], place: 'key', typed: '', quoted: true, siblings: ['a', 'c'], token: '""' }],
  ['{ "a": { "b": [ { "x": 1, █ } ] } }', { path: ['a', 'b', 0], place: 'key', typed: '', quoted: false, siblings: ['x'], token: '' }],
  ['{ "a": [1, 2, { █', { path: ['a', 2], place: 'key', typed: '', quoted: false, siblings: [], token: '' }],
  ['{ "status": "so█" }', { path: [], key: 'status', place: 'value', typed: 'so', quoted: true, siblings: ['status'], token: '"so"' }],
  ['{ "ok": tr█ }', { path: [], key: 'ok', place: 'value', typed: 'tr', quoted: false, siblings: ['ok'], token: 'tr' }],
  ['{ "id": {{id}}, █ }', { path: [], place: 'key', typed: '', quoted: false, siblings: ['id'], token: '' }],
  ['{ "tag": "a\\"b", "█" }', { path: [], place: 'key', typed: '', quoted: true, siblings: ['tag'], token: '""' }],
  ['{ "a": 1 █ }', undefined],
  ['{ "a" █ }', undefined],
  ['{ "a": 1 } █', undefined],
];

for (const [marked, expected] of CASES) {
  test(`cursor in ${marked}`, () => {
    const offset = marked.indexOf('█');
    const text = marked.replace('█', '');
    const cursor = jsonCursor(text, offset);
    if (!expected) return assert.equal(cursor, undefined);
    assert.ok(cursor);
    const { siblings, token, ...rest } = expected;
    assert.deepEqual(
      { path: cursor.path, place: cursor.place, typed: cursor.typed, quoted: cursor.quoted, ...(cursor.key !== undefined ? { key: cursor.key } : {}) },
      rest,
    );
    assert.deepEqual([...cursor.siblings].sort(), siblings);
    assert.equal(text.slice(cursor.start, cursor.end), token);
  });
}
