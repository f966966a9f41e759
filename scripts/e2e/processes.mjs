// Child processes of the end-to-end run: each is started in its own process group, remembered, and
// killed with everything it started (extension hosts, language servers) when the run ends in any way.
// Temporary folders registered here are removed then too.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const running = new Set();
const temporary = new Set();

/** Removes `dir` (if it is still there) when this process exits; returns `dir`. */
export function removeOnExit(dir) {
  temporary.add(dir);
  return dir;
}

/** Kills a process group: SIGTERM, then SIGKILL after `graceMs` if it is still there. */
export async function killGroup(child, graceMs = 3000) {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

function killAllNow() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}

process.on('exit', killAllNow);
for (const [name, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(name, () => {
    console.error(`e2e: ${name}, stopping`);
    process.exit(code);
  });
}

/** Starts a long-running child in its own process group; it is killed when this process exits. */
export function startChild(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Waits for `promise`, failing with `what` if it takes longer than `ms`. */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${(ms / 1000).toFixed(0)} s: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the first match of `pattern` in a child's output stream, or rejects if it exits first. */
export function waitForLine(child, stream, pattern, ms, what) {
  const found = new Promise((resolve, reject) => {
    let seen = '';
    stream.setEncoding('utf8');
    const onData = (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) {
        stream.off('data', onData);
        resolve(match);
      }
    };
    stream.on('data', onData);
    child.once('exit', (code, signal) =>
      reject(new Error(`${what}: the process exited (${signal ?? `code ${code}`}) first; its output:\n${seen.slice(-3000)}`)),
    );
    child.once('error', reject);
  });
  return withTimeout(found, ms, what);
}
