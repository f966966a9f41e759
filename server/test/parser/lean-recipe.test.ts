/**
 * The bundles build the grammar from a recipe without source positions (scripts/lean-recipe.mjs). It
 * must match exactly as the grammar compiled from assay.ohm does: the same successes, and on failure
 * the same message (position and expected set), over real files and every line-by-line prefix of them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as ohm from 'ohm-js';
import { leanRecipe } from '../../../scripts/lean-recipe.mjs';

const root = join(__dirname, '../../..');
// Recipes are part of Ohm's API without being in its type declarations.
const { makeRecipe } = ohm as unknown as { makeRecipe(recipe: unknown): ohm.Grammar };
const fromSource = ohm.grammar(readFileSync(join(root, 'server/src/core/grammar/assay.ohm'), 'utf8'));
const recipe = (fromSource as unknown as { toRecipe(): string }).toRecipe();
const lean = makeRecipe(JSON.parse(leanRecipe(recipe)));

const goldenDir = join(root, 'server/test/golden/cases');
const files = [
  ...readdirSync(goldenDir).map((name) => join(goldenDir, name, 'input.assay')),
  ...readdirSync(join(root, 'samples'))
    .filter((name) => name.endsWith('.assay'))
    .map((name) => join(root, 'samples', name)),
];

/** Every prefix of the text that ends at a line end: most are unfinished, so they fail in many places. */
function prefixes(text: string): string[] {
  const ends = [...text.matchAll(/\n/g)].map((m) => m.index);
  return [...ends.map((end) => text.slice(0, end)), text];
}

test('the lean recipe keeps no source positions', () => {
  assert.match(recipe, /sourceInterval/);
  assert.doesNotMatch(leanRecipe(recipe), /sourceInterval|"source"/);
});

test('the lean grammar matches as the grammar from assay.ohm does, failures and their messages included', () => {
  let failures = 0;
  for (const file of files) {
    for (const input of prefixes(readFileSync(file, 'utf8'))) {
      const expected = fromSource.match(input);
      const actual = lean.match(input);
      assert.equal(actual.succeeded(), expected.succeeded(), `${file}: ${JSON.stringify(input.slice(-60))}`);
      if (expected.failed() && actual.failed()) {
        failures++;
        assert.equal(actual.message, expected.message);
      }
    }
  }
  assert.ok(failures > 100, `only ${failures} failing inputs were compared`);
});
