/**
 * `assay run --watch` end to end: the built bundle as a child process, against the sample API started
 * in this process. A change to a test file, to a file it reads or to .env runs the tests again; other
 * files (the run's own report, notes) do not; Ctrl+C ends it with the last run's exit code.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { RunEvent } from '../../src/core/runner/events';

const BIN = join(__dirname, '..', '..', 'bin', 'assay.js');
const SAMPLE_API = join(__dirname, '..', '..', '..', 'samples', 'api', 'server.ts');

let api: { url: string; close(): Promise<void> };
before(async () => {
  const { startSampleApi } = (await import(SAMPLE_API)) as { startSampleApi(options: { port: number }): Promise<typeof api> };
  api = await startSampleApi({ port: 0 });
});
after(() => api.close());

const suite = (status: number): string => `vars {
  base = env("BASE_URL")
}

test "pet names from a file" {
  POST {{base}}/pets
  X-API-Key: sample-key
  Content-Type: application/json
  file "pet.json"
  expect status == ${status}
  expect $.name == "rex"
}
`;

/** The CLI in watch mode, with its run-end events as they come. */
function watching(cwd: string, extraArgs: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'run', '--watch', '--reporter', 'ndjson', '--reporter', 'junit:report.xml', ...extraArgs], {
    cwd,
    env: { PATH: process.env.PATH ?? '', BASE_URL: api.url },
  });
  const ends: Array<Extract<RunEvent, { type: 'run-end' }>> = [];
  let stderr = '';
  let buffered = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const event = JSON.parse(line) as RunEvent;
      if (event.type === 'run-end') ends.push(event);
    }
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exited.then(() => clearTimeout(killer));
  /** Resolves when `count` runs have ended (fails after 20 s). */
  const runs = async (count: number): Promise<void> => {
    const deadline = Date.now() + 20_000;
    while (ends.length < count) {
      if (Date.now() > deadline) assert.fail(`waited for run ${count}; ${ends.length} ended. stderr:\n${stderr}`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  };
  return { child, ends, runs, exited, stderr: () => stderr };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('runs again after a change to the tests, to a file they read, and to .env; not after other files; Ctrl+C ends it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-watch-'));
  writeFileSync(join(dir, 'pets.assay'), suite(201));
  writeFileSync(join(dir, 'pet.json'), '{ "name": "rex" }');
  const run = watching(dir);

  await run.runs(1);
  assert.equal(run.ends[0].summary.passed, 1, run.stderr());

  writeFileSync(join(dir, 'pets.assay'), suite(200));
  await run.runs(2);
  assert.equal(run.ends[1].summary.failed, 1, 'the changed expectation');

  writeFileSync(join(dir, 'pet.json'), '{ "name": "max" }');
  await run.runs(3);
  assert.equal(run.ends[2].summary.failed, 1);

  writeFileSync(join(dir, 'pets.assay'), suite(201));
  writeFileSync(join(dir, 'pet.json'), '{ "name": "rex" }');
  await run.runs(4);
  assert.equal(run.ends[3].summary.passed, 1, 'two changes at once: one run');

  writeFileSync(join(dir, 'notes.txt'), 'not read by any test');
  writeFileSync(join(dir, 'report.xml'), '<testsuites/>');
  await pause(1000);
  assert.equal(run.ends.length, 4, 'files no run reads do not start one');

  writeFileSync(join(dir, '.env'), 'UNUSED=1\n');
  await run.runs(5);
  await pause(500);
  assert.equal(run.ends.length, 5);

  run.child.kill('SIGINT');
  assert.equal(await run.exited, 0, 'the last run passed');
  assert.match(run.stderr(), /pets\.assay changed: running again/);
  assert.match(run.stderr(), /Watching \. for changes; Ctrl\+C to stop\./);
});

test('an --env-file outside the watched folders is watched too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-watch-env-'));
  mkdirSync(join(dir, 'project'));
  mkdirSync(join(dir, 'secrets'));
  const envFile = join(dir, 'secrets', 'pets.env');
  writeFileSync(envFile, 'PET_NAME=rex\n');
  writeFileSync(join(dir, 'secrets', 'other.env'), 'UNUSED=1\n');
  writeFileSync(
    join(dir, 'project', 'pets.assay'),
    `vars {\n  base = env("BASE_URL")\n  name = env("PET_NAME")\n}\n\ntest "named from the env file" {\n  POST {{base}}/pets\n  X-API-Key: sample-key\n  json { "name": "{{name}}" }\n  expect $.name == "rex"\n}\n`,
  );
  const run = watching(join(dir, 'project'), ['--env-file', envFile]);

  await run.runs(1);
  assert.equal(run.ends[0].summary.passed, 1, run.stderr());

  writeFileSync(join(dir, 'secrets', 'other.env'), 'UNUSED=2\n');
  await pause(1000);
  assert.equal(run.ends.length, 1, 'another file beside it starts nothing');

  writeFileSync(envFile, 'PET_NAME=max\n');
  await run.runs(2);
  assert.equal(run.ends[1].summary.failed, 1, 'the changed variable');

  run.child.kill('SIGINT');
  assert.equal(await run.exited, 1, `the last run failed; stderr:\n${run.stderr()}`);
  assert.match(run.stderr(), /Watching \., \.\.\/secrets\/pets\.env for changes/);
  assert.match(run.stderr(), /\.\.\/secrets\/pets\.env changed: running again/);
});
