/**
 * The CLI bundle runs through a V8 code cache (cli/code-cache.ts). Each case runs a small CommonJS file
 * through `runWithCodeCache` in a child process, as `server/dist/cli.js` runs the CLI: the second run
 * must compile from the cache, and a rebuilt file, a damaged cache or a cache that cannot be written
 * must never run stale code or fail.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const CODE_CACHE = join(__dirname, '..', '..', 'src', 'cli', 'code-cache.ts');

/** A module with enough functions that V8 has something to cache, which prints what it was given. */
const bundle = (answer: string): string =>
  `${Array.from({ length: 40 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n')}\n` +
  `process.stdout.write(JSON.stringify({ answer: ${JSON.stringify(answer)}, sum: f39(f1(1)), file: __filename, req: typeof require('node:path').join }));\n`;

function runOnce(file: string): { fromCache: boolean; output: { answer: string; sum: number; file: string; req: string } } {
  const script = `const { runWithCodeCache } = require(${JSON.stringify(CODE_CACHE)}); const r = runWithCodeCache(${JSON.stringify(file)}, 'run'); process.stderr.write(JSON.stringify(r));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(child.status, 0, child.stderr);
  return { fromCache: (JSON.parse(child.stderr) as { fromCache: boolean }).fromCache, output: JSON.parse(child.stdout) };
}

function setUp(): { dir: string; file: string; caches: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'assay-code-cache-'));
  const file = join(dir, 'bundle.js');
  writeFileSync(file, bundle('first'));
  return { dir, file, caches: () => readdirSync(dir).filter((f) => f.endsWith('.cache')) };
}

test('the first run writes the cache at exit; the next one compiles from it and runs the same', () => {
  const { file, caches } = setUp();
  const first = runOnce(file);
  assert.equal(first.fromCache, false);
  assert.deepEqual(first.output, { answer: 'first', sum: 41, file, req: 'function' });
  assert.deepEqual(caches(), [`bundle.js.run.${process.version}-${process.arch}.cache`]);
  const second = runOnce(file);
  assert.equal(second.fromCache, true);
  assert.deepEqual(second.output, first.output);
});

test('a rebuilt file of the same length never meets the old cache', () => {
  const { file } = setUp();
  runOnce(file);
  assert.equal(runOnce(file).fromCache, true);
  writeFileSync(file, bundle('other'));
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const rebuilt = runOnce(file);
  assert.equal(rebuilt.fromCache, false);
  assert.equal(rebuilt.output.answer, 'other');
  assert.equal(runOnce(file).fromCache, true, 'the cache is written again for the new file');
});

test('a damaged cache is not used, and is written again', () => {
  const { dir, file, caches } = setUp();
  runOnce(file);
  const cacheFile = join(dir, caches()[0]);
  const bytes = readFileSync(cacheFile);
  const firstLine = bytes.indexOf(10) + 1;
  writeFileSync(cacheFile, Buffer.concat([bytes.subarray(0, firstLine), Buffer.alloc(bytes.length - firstLine, 7)]));
  const damaged = runOnce(file);
  assert.equal(damaged.fromCache, false);
  assert.equal(damaged.output.answer, 'first');
  assert.equal(runOnce(file).fromCache, true);
});

test('a cache that cannot be written costs nothing but the cache', () => {
  const { dir, file } = setUp();
  mkdirSync(join(dir, `bundle.js.run.${process.version}-${process.arch}.cache`));
  for (let i = 0; i < 2; i++) {
    const run = runOnce(file);
    assert.equal(run.fromCache, false);
    assert.equal(run.output.answer, 'first');
  }
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
});
