// The extension tests (client/test/e2e) in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code: `node .vscode-test.mjs`. The same suite runs offline inside code-server
// with `npm run test:e2e` (scripts/e2e/). Both start the sample API and prepare the same workspace.
import { runTests } from '@vscode/test-electron';
import { prepareExtensionTests } from './scripts/e2e/extension-fixture.mjs';
import { root } from './scripts/e2e/paths.mjs';

/** The VS Code the code-server route runs (code-server 4.139.1 ships Code 1.139.1). */
const VSCODE_VERSION = '1.139.1';

const fixture = await prepareExtensionTests();
let code = 1;
try {
  code = await runTests({
    version: VSCODE_VERSION,
    extensionDevelopmentPath: root,
    extensionTestsPath: fixture.index,
    extensionTestsEnv: fixture.env,
    launchArgs: [fixture.workspaceDir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`extension tests failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await fixture.stop();
}
process.exit(code);
