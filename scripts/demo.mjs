// `npm run demo`: starts the sample API on a free port, runs `assay run samples` against it (BASE_URL
// set to the API's address; extra arguments go to `assay run`), stops the API, and exits with the run's
// exit code. The API is stopped on every way out: success, failure, Ctrl+C or an error here.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 15_000;

const api = spawn(process.execPath, ['--import', 'tsx', 'samples/api/main.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
const apiRunning = () => api.exitCode === null && api.signalCode === null;
process.on('exit', () => {
  if (apiRunning()) api.kill('SIGKILL');
});
// Ctrl+C reaches the API and the run as well (one process group): the run cancels and reports, the API
// stops; this script only has to wait for both and pass the exit code on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => process.exit(143));

/** The API's base URL, from its `listening on URL` line. */
function listeningUrl() {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no 'listening on' line within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    api.stdout.setEncoding('utf8');
    api.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /^listening on (\S+)$/m.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    api.once('exit', (code) => reject(new Error(`the sample API exited (code ${code}) before listening`)));
    api.once('error', reject);
  });
}

/** Stops the API: SIGTERM, then SIGKILL if it has not gone within 5 s. */
async function stopApi() {
  if (!apiRunning()) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  const timer = setTimeout(() => api.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

let code;
try {
  const url = await listeningUrl();
  console.error(`sample API listening on ${url}`);
  const run = spawn(process.execPath, [join(root, 'server/bin/assay.js'), 'run', 'samples', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: url },
  });
  code = await new Promise((resolve) => {
    run.once('exit', (status, signal) => resolve(status ?? (signal === 'SIGINT' ? 130 : 1)));
    run.once('error', (error) => {
      console.error(`demo: cannot start assay: ${error.message}`);
      resolve(2);
    });
  });
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  code = 2;
}
await stopApi();
process.exit(code);
