// Starts code-server (a real VS Code whose extension host is Node) on a free loopback port, with its
// own temporary user data, extensions and XDG folders so nothing is read from or left in $HOME.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killGroup, removeOnExit, startChild, waitForLine, withTimeout } from './processes.mjs';

const START_TIMEOUT_MS = 30_000;
const INSTALL_TIMEOUT_MS = 90_000;

/** User settings that keep the workbench quiet and deterministic in tests. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'testing.automaticallyOpenPeekView': 'failureInVisibleDocument',
};

function tempDirs() {
  const base = removeOnExit(mkdtempSync(join(tmpdir(), 'assay-e2e-')));
  const dirs = {
    base,
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    xdg: join(base, 'xdg'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

function xdgEnv(dirs) {
  return {
    HOME: join(dirs.xdg, 'home'),
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: join(dirs.xdg, 'state'),
  };
}

function commonArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];
}

/**
 * Starts code-server. `env` is added to its environment (and so to the extension host's).
 * Resolves with `{ url, authority, dirs, log(), installExtension(vsix), stop() }`.
 */
export async function startCodeServer(tools, env = {}) {
  const dirs = tempDirs();
  const processEnv = { ...process.env, ...xdgEnv(dirs), ...env };
  for (const name of ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME']) {
    mkdirSync(processEnv[name], { recursive: true });
  }

  /** Installs a packaged extension into this instance's extensions folder (before the browser opens it). */
  function installExtension(vsix) {
    const result = spawnSync(tools.node, [tools.codeServerEntry, ...commonArgs(dirs), '--install-extension', vsix], {
      env: processEnv,
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
    const listed = spawnSync(tools.node, [tools.codeServerEntry, ...commonArgs(dirs), '--list-extensions', '--show-versions'], {
      env: processEnv,
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
    });
    return listed.stdout.trim();
  }

  let output = '';
  const child = startChild(
    tools.node,
    [
      tools.codeServerEntry,
      ...commonArgs(dirs),
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { env: processEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (output += chunk));
  const match = await waitForLine(child, child.stdout, /HTTP server listening on (http:\/\/[^\s/]+)/, START_TIMEOUT_MS, 'code-server starts listening');
  child.stdout.on('data', (chunk) => (output += chunk));
  const url = match[1];
  await withTimeout(waitForHealth(url), START_TIMEOUT_MS, `code-server answers ${url}/healthz`);

  return {
    url,
    authority: new URL(url).host,
    dirs,
    log: () => output,
    installExtension,
    async stop() {
      await killGroup(child);
      rmSync(dirs.base, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url) {
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not answering yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
