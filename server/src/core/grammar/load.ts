/**
 * Builds the grammar from assay.ohm, read from beside this module, when running from source. The build
 * script (scripts/build.mjs) replaces this module in bundles with one that rebuilds the grammar from a
 * recipe compiled at build time: about 2 ms at start-up instead of about 190 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ohm from 'ohm-js';

export function loadGrammar(): ohm.Grammar {
  return ohm.grammar(readFileSync(join(__dirname, 'assay.ohm'), 'utf8'));
}
