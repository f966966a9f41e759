// What the extension tests need around them, whichever VS Code runs them (code-server here, Electron
// through @vscode/test-electron elsewhere): the bundled suite, the sample API on a free port, the
// workspace, and the environment that tells the suite about them (client/test/e2e/fixture.ts).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleTests } from './bundle-tests.mjs';
import { root } from './paths.mjs';
import { startSampleApiProcess } from './sample-api.mjs';
import { CHANGED_TEST, prepareWorkspace } from './workspace.mjs';

/**
 * Prepares a run. `report` is a file the suite appends its result lines to (optional).
 * Resolves with `{ index, workspaceDir, apiUrl, env, stop() }`.
 */
export async function prepareExtensionTests(report) {
  const extensionMain = join(root, 'client/dist/extension.js');
  if (!existsSync(extensionMain)) throw new Error(`${extensionMain} is missing: the extension is not built (node scripts/build.mjs)`);
  const index = await bundleTests();
  const api = await startSampleApiProcess();
  try {
    const workspace = prepareWorkspace(api.url, { withBroken: true });
    return {
      index,
      workspaceDir: workspace.dir,
      apiUrl: api.url,
      env: {
        ...(report ? { ASSAY_E2E_REPORT: report } : {}),
        ASSAY_E2E_API_URL: api.url,
        ASSAY_E2E_CHANGED_FILE: workspace.changedFile,
        ASSAY_E2E_CHANGED_LINE: String(workspace.changedLine),
        ASSAY_E2E_CHANGED_TEST: CHANGED_TEST,
        ASSAY_E2E_BROKEN_FILE: workspace.brokenFile,
      },
      async stop() {
        await api.stop();
        rmSync(workspace.dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await api.stop();
    throw error;
  }
}
