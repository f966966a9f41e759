// `npm run test:e2e`: the extension in a real VS Code (code-server + headless Chromium).
//  1. installs the pinned tools once (cached under .cache/e2e/); `npm run package` builds the bundles
//     and assay.vsix;
//  2. runs the mocha extension tests (client/test/e2e) with this repository as the extension;
//  3. installs assay.vsix into a clean code-server and drives the UI with Playwright, saving
//     screenshots under .cache/e2e/screenshots/.
// Exit code 0 only when every check passed; the last line is `e2e: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runExtensionTests } from './extension-tests.mjs';
import { ensureTools } from './install.mjs';
import { root } from './paths.mjs';
import { runUiCheck } from './ui-check.mjs';

const BUILD_TIMEOUT_MS = 5 * 60_000;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Runs a build command quietly: its output is shown only when it fails. */
function run(what, command, args) {
  console.log(`== ${what}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  if (result.status !== 0) {
    process.stdout.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
  }
}

let passed = 0;
let failed = 0;
async function step(name, body) {
  console.log(`== ${name} (at ${elapsed()})`);
  try {
    const result = await body();
    passed += result.passed;
    failed += result.failed;
  } catch (error) {
    failed += 1;
    console.error(`${name} FAILED: ${error.message}`);
  }
}

try {
  const tools = ensureTools();
  run('npm run package (the bundles and assay.vsix)', 'npm', ['run', '--silent', 'package']);
  await step('extension tests in code-server', () => runExtensionTests(tools));
  await step('assay.vsix in a clean code-server, driven through the UI', () => runUiCheck(tools, join(root, 'assay.vsix')));
} catch (error) {
  failed += 1;
  console.error(`e2e: ${error.message}`);
}
console.log(`== done in ${elapsed()}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
