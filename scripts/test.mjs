// Runs every *.test.ts under server/, client/ and samples/ with Node's test runner (TypeScript through tsx).
// Arguments narrow the run to files whose path contains one of them: `node scripts/test.mjs format checks`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// e2e/ holds the suites that run inside a real VS Code (`npm run test:e2e`), not under plain Node.
const SKIP = new Set(['node_modules', 'out', 'dist', '.git', 'e2e']);

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

const filters = process.argv.slice(2);
const files = ['server', 'client', 'samples']
  .flatMap((dir) => findTests(join(root, dir)))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
