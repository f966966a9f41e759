// Bundles the extension tests (client/test/e2e/*.ts) with esbuild to CommonJS files the extension
// host can load: index.js (the extensionTestsPath) and one *.test.js per suite. `vscode` and `mocha`
// stay external: the host provides vscode, and mocha resolves from the repository's node_modules.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, root } from './paths.mjs';

const sourceDir = join(root, 'client/test/e2e');
export const suiteDir = join(cacheDir, 'suite');

/** Bundles the suite; resolves with the path of the compiled index.js. */
export async function bundleTests() {
  rmSync(suiteDir, { recursive: true, force: true });
  const entries = readdirSync(sourceDir).filter((name) => name === 'index.ts' || name.endsWith('.test.ts'));
  await build({
    entryPoints: entries.map((name) => join(sourceDir, name)),
    outdir: suiteDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(suiteDir, 'index.js');
}
