// Step 2 of `npm run test:e2e`: the packaged extension as a user gets it. Installs assay.vsix into a
// clean code-server, opens the sample workspace in headless Chromium, opens a sample, runs every test
// from the Testing view's Run button, and saves screenshots (editor, Testing view after the run, the
// failure peek, the "Assay" output channel) under .cache/e2e/screenshots/.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { cacheDir } from './paths.mjs';
import { startSampleApiProcess } from './sample-api.mjs';
import { CHANGED_TEST, prepareWorkspace } from './workspace.mjs';

export const screenshotDir = join(cacheDir, 'screenshots');
const RUN_ALL_TIMEOUT_MS = 120_000;

/** Runs the command palette entry whose label matches `label` (typed as `text`). */
async function palette(page, text, label = text) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${text}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/** Saves a screenshot with the pointer parked on the window title, where it shows no hover. */
async function screenshot(page, path) {
  await page.mouse.move(720, 14);
  await page.waitForTimeout(300);
  await page.screenshot({ path });
}

/** Shows a view container by clicking its icon in the activity bar ("Explorer", "Testing"). */
async function showView(page, name) {
  const item = page.locator(`.part.activitybar .action-item:has([aria-label^="${name}"]), .part.activitybar .action-item[aria-label^="${name}"]`).first();
  await item.waitFor({ timeout: 10_000 });
  if (!(await item.getAttribute('class'))?.includes('checked')) await item.click();
}

/** Opens a workspace file from the Explorer view (a click opens it) and waits for its editor tab. */
async function openFile(page, name) {
  await showView(page, 'Explorer');
  const row = page.locator('.explorer-folders-view .monaco-list-row .label-name', { hasText: name }).filter({ hasText: new RegExp(`^${name.replaceAll('.', '\\.')}$`) });
  await row.first().click({ timeout: 10_000 });
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 10_000 });
}

/** Runs the checks in order; a failed check saves a screenshot of the moment and stops the rest. */
function checklist(page) {
  let passed = 0;
  let failed = 0;
  let stopped = false;
  return {
    async check(name, body) {
      if (stopped) return;
      const began = Date.now();
      try {
        await body();
        passed += 1;
        console.log(`  ok   ${name} (${Date.now() - began} ms)`);
      } catch (error) {
        failed += 1;
        stopped = true;
        const shot = join(screenshotDir, 'failure.png');
        await page?.screenshot({ path: shot }).catch(() => {});
        console.log(`  FAIL ${name}\n       ${error.message.split('\n').join('\n       ')}\n       screenshot of the moment: ${shot}`);
      }
    },
    result: () => ({ ok: failed === 0, passed, failed }),
  };
}

export async function runUiCheck(tools, vsix) {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: \`npm run package\` did not produce it`);
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const shot = (name) => join(screenshotDir, name);
  const api = await startSampleApiProcess();
  let server;
  let browser;
  let workspace;
  try {
    workspace = prepareWorkspace(api.url);
    server = await startCodeServer(tools);
    const opened = await openPage();
    browser = opened.browser;
    const { page } = opened;
    const { check, result } = checklist(page);

    await check('installs assay.vsix into a clean extensions folder', async () => {
      const listed = server.installExtension(vsix);
      if (!/^assay\.assay@/m.test(listed)) throw new Error(`the installed extensions are:\n${listed || '(none)'}`);
    });

    await check('opens the sample workspace in the browser', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}`, { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'pets.assay' }).first().waitFor({ timeout: 30_000 });
    });

    await check('highlights a sample in the editor', async () => {
      await openFile(page, 'pets.assay');
      const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
      await lines.locator('.view-line', { hasText: 'list the seeded pets' }).waitFor({ timeout: 10_000 });
      // Highlighting has landed when the visible lines use several token colours (mtk1 is plain text).
      await page.waitForFunction(
        () => new Set([...document.querySelectorAll('.editor-group-container.active .view-lines span[class^="mtk"]')].map((s) => s.className)).size >= 5,
        undefined,
        { timeout: 20_000 },
      );
      // The extension is running once its code lenses ("Run | Debug" above each test) are shown.
      await page.locator('.editor-group-container.active .codelens-decoration', { hasText: 'Debug' }).first().waitFor({ timeout: 30_000 });
      await screenshot(page, shot('1-editor-highlighting.png'));
    });

    await check('runs every test from the Testing view', async () => {
      // The changed copy stays visible so VS Code opens the failure's peek there when the run ends.
      await openFile(page, 'pets-changed.assay');
      await showView(page, 'Testing');
      const tree = page.locator('.test-explorer .monaco-list');
      await tree.locator('.monaco-list-row', { hasText: 'pets-changed.assay' }).first().waitFor({ timeout: 30_000 });
      await page.locator('.part.sidebar a[aria-label^="Run Tests"]').first().click();
      // Once the run has finished the Run button is back (a Cancel button replaces it meanwhile) and the
      // summary above the tree reads "passed/total".
      await page.waitForFunction(
        () =>
          /\d+\/\d+/.test(document.querySelector('.test-explorer .result-summary')?.textContent ?? '') &&
          !document.querySelector('.part.sidebar a[aria-label^="Cancel Test Run"]'),
        undefined,
        { timeout: RUN_ALL_TIMEOUT_MS },
      );
      const summary = await page.locator('.test-explorer .result-summary').evaluate((element) =>
        [...element.querySelectorAll('*')].filter((e) => e.children.length === 0).map((e) => e.textContent.trim()).filter(Boolean),
      );
      const [, ok, all] = /^(\d+)\/(\d+)$/.exec(summary.find((part) => /^\d+\/\d+$/.test(part)) ?? '') ?? [];
      if (!(Number(all) > 10 && Number(all) - Number(ok) === 1)) {
        throw new Error(`expected exactly one failing test, the Testing view's summary says: ${summary.join(' | ')}`);
      }
      // Unfold the changed copy to show its failing test.
      await tree.locator('.monaco-list-row', { hasText: 'pets-changed.assay' }).first().click();
      await page.keyboard.press('ArrowRight');
      await tree.locator('.monaco-list-row', { hasText: CHANGED_TEST }).first().waitFor({ timeout: 10_000 });
      await screenshot(page, shot('2-testing-view-after-run.png'));
    });

    await check(`shows the failure of "${CHANGED_TEST}" at the changed line`, async () => {
      const peek = page.locator('.test-output-peek');
      await peek.waitFor({ timeout: 15_000 });
      await peek.getByText('Dory').first().waitFor({ timeout: 10_000 });
      const changedLine = page.locator('.editor-group-container.active .view-line', { hasText: '== "Dory"' });
      await changedLine.waitFor({ timeout: 10_000 });
      const [peekBox, lineBox] = [await peek.boundingBox(), await changedLine.boundingBox()];
      if (!peekBox || !lineBox || peekBox.y < lineBox.y) throw new Error('the failure peek does not open below the changed line');
      await screenshot(page, shot('3-failure-peek.png'));
      await page.keyboard.press('Escape');
    });

    await check('shows requests and responses in the "Assay" output channel', async () => {
      await palette(page, 'Output: Show Output Channels', 'Show Output Channels');
      const input = page.locator('.quick-input-widget input');
      await input.fill('Assay');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Assay/ }).first().click();
      // The channel scrolls to its end: the run's last request and its closing line are in view (the
      // editor renders spaces as no-break spaces, hence \s).
      const lines = page.locator('.part.panel .output-view .view-lines .view-line');
      await lines.filter({ hasText: api.url }).first().waitFor({ timeout: 10_000 });
      await lines.filter({ hasText: /Run\sfinished:\s\d+\spassed,\s1\sfailed/ }).first().waitFor({ timeout: 10_000 });
      if ((await lines.allTextContents()).join('\n').includes('lovelace')) throw new Error('the output channel shows the password');
      await palette(page, 'View: Toggle Maximized Panel', 'Toggle Maximized Panel');
      await screenshot(page, shot('4-output-channel.png'));
    });

    console.log(`   screenshots in ${screenshotDir}: ${readdirSync(screenshotDir).sort().join(', ')}`);
    return result();
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    await api.stop();
    if (workspace) rmSync(workspace.dir, { recursive: true, force: true });
  }
}
