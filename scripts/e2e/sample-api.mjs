// Starts the sample API (samples/api) on a free port for the end-to-end tests and gives its URL.
import { join } from 'node:path';
import { root } from './paths.mjs';
import { killGroup, startChild, waitForLine } from './processes.mjs';

/** Starts `samples/api/main.ts` on port 0; resolves with `{ url, stop() }`. */
export async function startSampleApiProcess() {
  const child = startChild(process.execPath, ['--import', 'tsx', join(root, 'samples/api/main.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const match = await waitForLine(child, child.stdout, /^listening on (\S+)$/m, 20_000, 'the sample API prints its URL');
  child.stdout.resume();
  return { url: match[1], stop: () => killGroup(child) };
}
