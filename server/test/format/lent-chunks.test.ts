/**
 * Formatting an open document with its lent chunks (`AssayDocument.lendChunk`) gives the same text as
 * formatting from scratch, and leaves the document's tree and diagnostics as they were.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AssayDocument, format, type WorkspaceHost } from '../../src/core';
import { goldenInputs } from '../helpers/corpus';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const inputs = [
  ...goldenInputs(),
  ...readdirSync(samplesDir)
    .filter((name) => name.endsWith('.assay'))
    .map((name) => readFileSync(join(samplesDir, name), 'utf8')),
  // Messy layout, so that formatting changes it.
  'test   "a"{\n GET /a\n   expect status==200 # why\n\n\n  capture  id=$.id }\n@tag(x) test "b" { POST /b\njson {"a":1}\n}\n',
];
const host: WorkspaceHost = { root: '/w', readFile: () => undefined, exists: () => false };

test('formatting with lent chunks equals formatting from scratch and leaves the document intact', () => {
  for (const text of inputs) {
    const doc = new AssayDocument('/w/a.assay', host);
    const before = doc.update(text);
    const tree = JSON.stringify(before.ast);
    const diagnostics = JSON.stringify(before.diagnostics);
    let lent = 0;
    const formatted = format(text, (start, chunkText, use) => {
      const out = doc.lendChunk(start, chunkText, use);
      if (out !== undefined) lent++;
      return out;
    });
    assert.equal(formatted, format(text));
    assert.equal(JSON.stringify(before.ast), tree);
    assert.equal(JSON.stringify(before.diagnostics), diagnostics);
    if (!text.includes('\r')) assert.ok(lent > 0 || text.trim() === '', 'the document lent its chunks');
  }
});
