/**
 * The grammar's fast paths (grammar/fast-paths.ts, fast-applications.ts, fast-eval.ts) change how Ohm matches, never what: for real files
 * and random edits of them, the grammar with fast paths gives the same tree (every node's rule and
 * extent), the same failure position and the same expected set as the grammar without them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type * as ohm from 'ohm-js';
import { assayGrammar } from '../../src/core/grammar/grammar';
import { loadGrammar } from '../../src/core/grammar/load';
import { scanChunks } from '../../src/core/syntax/scan';
import { goldenInputs } from '../helpers/corpus';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const seeds = [
  ...goldenInputs(),
  ...readdirSync(samplesDir)
    .filter((name) => name.endsWith('.assay'))
    .map((name) => readFileSync(join(samplesDir, name), 'utf8')),
];
const plain = loadGrammar();
const fast = assayGrammar();

interface Node {
  matchLength: number;
  ctorName: string;
  children?: Node[];
  childOffsets?: number[];
}

/** The tree as text: each node's rule (or _iter / _terminal), offset and length, nested. */
function shape(node: Node, offset: number): string {
  const kids = (node.children ?? []).map((c, i) => shape(c, node.childOffsets![i]));
  return `${node.ctorName}@${offset}+${node.matchLength}(${kids.join(',')})`;
}

function outcome(grammar: ohm.Grammar, text: string, rule: string): string {
  const match: ohm.MatchResult = grammar.match(text, rule);
  if (match.succeeded()) {
    const internal = match as unknown as { _cst: Node; _cstOffset: number };
    return shape(internal._cst, internal._cstOffset);
  }
  const failed = match as ohm.FailedMatchResult;
  return `failed at ${failed.getRightmostFailurePosition()}: ${failed.getExpectedText()} | ${failed.shortMessage}`;
}

function assertSame(text: string): void {
  for (const chunk of scanChunks(text).chunks) {
    const chunkText = text.slice(chunk.start, chunk.end);
    assert.equal(outcome(fast, chunkText, 'Chunk'), outcome(plain, chunkText, 'Chunk'), chunkText);
  }
}

test('the fast paths are installed on the grammar in use', () => {
  assert.notEqual(fast, plain);
  const rules = (fast as unknown as { rules: Record<string, { body: { terms?: { eval: unknown }[] } }> }).rules;
  const own = (rules.identChar.body.terms ?? []).length;
  assert.ok(own > 0);
  assert.ok(Object.prototype.hasOwnProperty.call(rules.identChar.body, 'eval'), 'identChar is matched as one character class');
});

test('rule applications of the grammar in use leave no memo behind, and the plain grammar memoizes', () => {
  const memoEntries = (grammar: ohm.Grammar): number => {
    const match = grammar.match('test "t" {\n  GET /a\n  expect status == 200\n}', 'Chunk') as unknown as { matcher: { _memoTable: unknown[] } };
    return match.matcher._memoTable.filter(Boolean).length;
  };
  assert.equal(memoEntries(fast), 0);
  assert.ok(memoEntries(plain) > 0);
});

test('real files match to the same tree with and without fast paths', () => {
  for (const seed of seeds) assertSame(seed);
});

test('edited files match or fail the same way with and without fast paths', { timeout: 120_000 }, () => {
  const tokens = ['{', '}', '[', ']', '"', '"""', '{{', '}}', '#', '\n', ' ', '\t', '/', '\\', '$.a[', ':', 'é', '😀', 'expect', '12ms'];
  fc.assert(
    fc.property(
      fc.nat({ max: seeds.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat({ max: 20 }),
      fc.oneof(fc.array(fc.constantFrom(...tokens), { maxLength: 5 }).map((t) => t.join('')), fc.string({ maxLength: 8, unit: 'binary' })),
      (seed, at, length, insert) => {
        const text = seeds[seed];
        const start = Math.floor(at * text.length);
        assertSame(text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length)));
      },
    ),
    { numRuns: 300 },
  );
});
