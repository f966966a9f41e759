/** The golden inputs, as seeds for property-based tests and benchmarks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const casesDir = join(__dirname, '..', 'golden', 'cases');

export function goldenInputs(): string[] {
  return readdirSync(casesDir)
    .sort()
    .map((name) => readFileSync(join(casesDir, name, 'input.assay'), 'utf8'));
}
