// Runs the benchmarks in bench/ (each a TypeScript script run through tsx, with --expose-gc so memory
// numbers are measured after a collection). Arguments pick benchmarks by name: `npm run bench -- parse`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Helpers shared by the benchmarks live in bench/lib/; every top-level .ts file is a benchmark.
const wanted = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));

let failed = 0;
for (const file of benches) {
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
