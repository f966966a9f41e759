/**
 * Property-based tests of the parser with fast-check: random text and mutated real files never make
 * `parse`, the checks or the formatter throw or hang, every span stays inside the document, and an
 * incremental re-parse after any edit gives exactly the tree and errors of a fresh parse.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkFile, DocumentParser, format, parse, type Span, type WorkspaceHost } from '../../src/core';
import { goldenInputs } from '../helpers/corpus';

const seeds = goldenInputs();
const TOKENS = ['{', '}', '[', ']', '"', '"""', '{{', '}}', '#', '\n', ' ', '/', '\\', '@tag', 'test "x" {', 'GET /a', 'expect', '==', 'json', ':', ',', '$.a[', '\r\n', 'é', '😀'];

/** An edit of one of the seeds: replace a random range with random tokens or characters. */
const editArb = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join('')), fc.string({ maxLength: 12, unit: 'binary' })),
});

function applyEdit(e: { seed: number; at: number; length: number; insert: string }) {
  const text = seeds[e.seed];
  const start = Math.floor(e.at * text.length);
  const end = Math.min(text.length, start + e.length);
  return { before: text, after: text.slice(0, start) + e.insert + text.slice(end), start, oldEnd: end, newEnd: start + e.insert.length };
}

function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as unknown as Span);
    else Object.values(o).forEach((v) => spansOf(v, out));
  }
  return out;
}

test('parse never throws on random text and keeps spans inside it', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
      const result = parse(text);
      for (const s of spansOf(result)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
    }),
    { numRuns: 300 },
  );
});

test('parse never throws on mutated real files, and reports an error when a block breaks', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(editArb, (e) => {
      const { after } = applyEdit(e);
      const started = performance.now();
      const result = parse(after);
      assert.ok(performance.now() - started < 5_000, 'parse took more than 5 s');
      for (const s of spansOf(result)) assert.ok(s.start >= 0 && s.end <= after.length);
      for (const item of result.ast.items) {
        if (item.kind === 'Broken') assert.ok(result.errors.some((d) => d.span.start >= item.span.start && d.span.start <= item.span.end));
      }
    }),
    { numRuns: 400 },
  );
});

test('an incremental re-parse equals a fresh parse after any edit', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
      const parser = new DocumentParser();
      let text = seeds[edits[0].seed];
      parser.update(text);
      for (const e of edits) {
        const start = Math.floor(e.at * text.length);
        const end = Math.min(text.length, start + e.length);
        const next = text.slice(0, start) + e.insert + text.slice(end);
        const incremental = parser.update(next, { start, oldEnd: end, newEnd: start + e.insert.length });
        assert.deepEqual(incremental, parse(next));
        text = next;
      }
    }),
    { numRuns: 300 },
  );
});

/** A workspace where every import and data file resolves to the same small text. */
const host: WorkspaceHost = {
  root: '/ws',
  readFile: (path) => (path.endsWith('.csv') ? 'id,name\n1,a\n' : path.endsWith('.json') ? '[{"id": 1}]' : 'vars {\n  shared = 1\n}\n'),
  exists: () => true,
};

test('checks and the formatter never throw on mutated real files', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(editArb, (e) => {
      const { after } = applyEdit(e);
      const diagnostics = checkFile({ path: '/ws/suite.assay', ast: parse(after).ast }, host);
      for (const d of diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= after.length && d.message.length > 0);
      const formatted = format(after);
      assert.equal(format(formatted), formatted);
    }),
    { numRuns: 300 },
  );
});
