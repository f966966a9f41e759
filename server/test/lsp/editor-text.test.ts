/**
 * `EditorText` (the open document's text in blocks) against `vscode-languageserver-textdocument`: after
 * random edits, with `\n`, `\r\n` and lone `\r` line ends and edits larger than a block, both give the
 * same text, lines, positions and offsets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditorText } from '../../src/lsp/editor-text';

const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', 'test "x" {\n', '}\n', 'x'.repeat(5000), '\n'.repeat(300)];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const editArb = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 12000 })), insert: textArb });

function assertSame(mine: EditorText, theirs: TextDocument): void {
  const text = theirs.getText();
  assert.equal(mine.getText(), text);
  assert.equal(mine.length, text.length);
  assert.equal(mine.lineCount, theirs.lineCount);
  const step = Math.max(1, Math.floor(text.length / 400));
  for (let offset = -1; offset <= text.length + 1; offset += offset < 8 || offset > text.length - 8 ? 1 : step) {
    const position = theirs.positionAt(offset);
    assert.deepEqual(mine.positionAt(offset), position, `positionAt(${offset})`);
    assert.equal(mine.offsetAt(position), theirs.offsetAt(position));
    assert.equal(mine.offsetAt({ line: position.line, character: position.character + 3 }), theirs.offsetAt({ line: position.line, character: position.character + 3 }));
  }
  for (let line = -1; line <= theirs.lineCount; line += Math.max(1, Math.floor(theirs.lineCount / 50))) {
    assert.deepEqual(mine.getLineRange(line), theirs.getLineRange(line));
    assert.equal(mine.getEOLCharacters(line), theirs.getEOLCharacters(line));
  }
}

test('EditorText keeps the same text, lines and positions as a TextDocument through random edits', () => {
  fc.assert(
    fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (initial, edits) => {
      const mine = new EditorText('file:///a.assay', 'assay', 1, initial);
      const theirs = TextDocument.create('file:///a.assay', 'assay', 1, initial);
      assertSame(mine, theirs);
      for (const e of edits) {
        const length = theirs.getText().length;
        // Edits come as positions, which cannot point between a `\r` and its `\n`: offsets go through them.
        const range = { start: theirs.positionAt(Math.floor(e.from * length)), end: theirs.positionAt(Math.floor(e.from * length) + e.length) };
        const start = theirs.offsetAt(range.start);
        const end = theirs.offsetAt(range.end);
        // Edits only: the whole text is never asked for in between, as while typing.
        mine.edit(start, end, e.insert);
        TextDocument.update(theirs, [{ range, text: e.insert }], 2);
        assert.equal(mine.slice(Math.max(0, start - 50), start + e.insert.length + 50), theirs.getText().slice(Math.max(0, start - 50), start + e.insert.length + 50));
      }
      assertSame(mine, theirs);
    }),
    { numRuns: 300 },
  );
});

test('EditorText.replace takes a whole new text', () => {
  const text = new EditorText('file:///a.assay', 'assay', 1, 'a\nb\n');
  text.replace('x\r\ny');
  assert.equal(text.getText(), 'x\r\ny');
  assert.deepEqual(text.positionAt(4), { line: 1, character: 1 });
  assert.equal(text.lineCount, 2);
});
