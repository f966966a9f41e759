// Step 1 of `npm run test:e2e`: the mocha extension tests (client/test/e2e) inside a real VS Code.
// code-server loads this repository as the extension under development and the bundled suite as
// `extensionTestsPath` (the `payload` test hook, enabled by the smoke-test driver option); headless
// Chromium opens the workbench, and VS Code calls `codeAutomationExit(code)` when the suite ends.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { prepareExtensionTests } from './extension-fixture.mjs';
import { cacheDir, root } from './paths.mjs';
import { withTimeout } from './processes.mjs';

const SUITE_TIMEOUT_MS = 240_000;
const workbenchLog = join(cacheDir, 'extension-tests-workbench.log');

/** Prints the lines the suite appends to `file` as they come; returns a function that stops and flushes. */
function followReport(file) {
  let printed = 0;
  const flush = () => {
    if (!existsSync(file)) return;
    const text = readFileSync(file, 'utf8');
    if (text.length > printed) process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  const timer = setInterval(flush, 200);
  return () => {
    clearInterval(timer);
    flush();
  };
}

/** Counts the suite's closing `N passed, N failed` line. */
function counts(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = /extension tests: (\d+) passed, (\d+) failed/.exec(text);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

/** Opens the workbench with the test payload and waits for VS Code to call codeAutomationExit. */
async function runInBrowser(page, server, workspaceDir, index) {
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  // The workbench's own log (noisy: offline gallery look-ups, missing auth providers) goes to a file.
  await page.exposeFunction('codeAutomationLog', (type, args) => appendFileSync(workbenchLog, `[${type}] ${args.join(' ')}\n`));
  page.on('pageerror', (error) => appendFileSync(workbenchLog, `[page error] ${error.stack ?? error.message}\n`));
  const remote = (path) => `vscode-remote://${server.authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(index)],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return withTimeout(exited, SUITE_TIMEOUT_MS, 'the extension tests to finish (VS Code calls codeAutomationExit)');
}

/** Runs the suite; resolves with `{ ok, passed, failed }`. Everything started here is stopped. */
export async function runExtensionTests(tools) {
  const report = join(cacheDir, 'extension-tests.log');
  writeFileSync(report, '');
  writeFileSync(workbenchLog, '');
  const fixture = await prepareExtensionTests(report);
  let server;
  let browser;
  const stopFollowing = followReport(report);
  try {
    server = await startCodeServer(tools, fixture.env);
    console.log(`   code-server ${server.url}, sample API ${fixture.apiUrl}, workspace ${fixture.workspaceDir}`);
    const opened = await openPage();
    browser = opened.browser;
    const code = await runInBrowser(opened.page, server, fixture.workspaceDir, fixture.index);
    stopFollowing();
    const result = counts(report);
    if (!result) {
      console.error(`   VS Code ended the tests (code ${code}) before the suite's closing line; code-server's log:\n${server.log().slice(-4000)}`);
      console.error(`   the workbench's log: ${workbenchLog}`);
    }
    return { ok: code === 0 && result?.failed === 0, passed: result?.passed ?? 0, failed: result?.failed ?? 1 };
  } finally {
    stopFollowing();
    await browser?.close().catch(() => {});
    await server?.stop();
    await fixture.stop();
  }
}
