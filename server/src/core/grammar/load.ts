/**
 * The text of assay.ohm. Read from beside this module when running from source; the build script
 * (scripts/build.mjs) replaces this module with the inlined text in bundles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function grammarSource(): string {
  return readFileSync(join(__dirname, 'assay.ohm'), 'utf8');
}
