// Runs every samples/*.assay file against a started sample API: all must pass, except the skipped ones.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { diskHost, run, SAMPLES, startApi } from './helpers';

test('every sample passes against the sample API', async () => {
  const api = await startApi();
  try {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.assay')).map((f) => path.join(SAMPLES, f));
    const result = await run(diskHost(SAMPLES), files, { env: { BASE_URL: api.url }, jobs: 4, timeoutMs: 10_000 });
    const problems = [...result.tests.values()]
      .filter((t) => t.status === 'failed' || t.status === 'errored')
      .map((t) => `${t.name}: ${t.failures.map((f) => `${f.message} (${path.basename(f.location.file)}:${f.location.line})`).join('; ')}`);
    const fileErrors = result.events.flatMap((e) => (e.type === 'file-end' ? e.errors.map((x) => `${path.basename(e.file)}: ${x.message}`) : []));
    assert.deepEqual([...problems, ...fileErrors], []);
    assert.equal(result.summary.skipped, 2);
    assert.ok(result.summary.passed > 50, `passed ${result.summary.passed}`);
  } finally {
    await api.close();
  }
});
