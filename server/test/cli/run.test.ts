/**
 * `assay run` end to end: the built bundle (server/bin/assay.js) as a child process, against the
 * sample API started in this process on a free port; exit codes, test selection, the environment,
 * reporters to files, failure output and Ctrl+C.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startConnectProxy } from '../helpers/connect-proxy';
import { assertJunitShape } from '../report/junit-shape';
import { parseXml } from '../report/strict-xml';

const BIN = join(__dirname, '..', '..', 'bin', 'assay.js');
// Imported by path at run time: the samples are not part of this TypeScript project.
const SAMPLE_API = join(__dirname, '..', '..', '..', 'samples', 'api', 'server.ts');

interface SampleApi {
  url: string;
  close(): Promise<void>;
}

let api: SampleApi;
before(async () => {
  const { startSampleApi } = (await import(SAMPLE_API)) as { startSampleApi(options: { port: number }): Promise<SampleApi> };
  api = await startSampleApi({ port: 0 });
});
after(() => api.close());

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the API answers from here); no BASE_URL unless given. */
function assay(args: string[], cwd: string, env: Record<string, string> = {}, onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      onStdout?.(stdout, child);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const SUITE = `vars {
  base = env("BASE_URL", "http://127.0.0.1:1")
}

@tag(smoke)
test "list pets" {
  GET {{base}}/pets
  expect status == 200
  expect $.items[0].name == "Rex"
}

test "fetch pet 1" {
  GET {{base}}/pets/1
  expect status == 200
  expect $.name == "Rex"
}

test "status {{code}}" with [
  { code: 200 },
  { code: 404 },
] {
  GET {{base}}/status/{{code}}
  expect status == {{code}}
}
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-run-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The names of the tests a JSON report lists, with their status. */
function results(json: string): string[] {
  const doc = JSON.parse(json) as { tests: Array<{ name: string; status: string }> };
  return doc.tests.map((t) => `${t.name}: ${t.status}`);
}

const withUrl = () => ['--var', `BASE_URL=${api.url}`];

test('run: all tests pass, rows as their own tests, exit 0', async () => {
  const dir = workspace({ 'suite.assay': SUITE });
  const r = await assay(['run', ...withUrl()], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const name of ['list pets', 'fetch pet 1', 'status 200', 'status 404']) assert.match(r.stdout, new RegExp(`^  ✓ ${name} \\(\\d+ ms\\)$`, 'm'));
  assert.match(r.stdout, /^Tests: 4 passed \(4 total\)$/m);
  assert.doesNotMatch(r.stdout, /\u001b/, 'no colors when not a terminal');
});

test('run: a changed expected value exits 1 and shows the assertion line, expected and actual, and the exchange', async () => {
  const dir = workspace({ 'suite.assay': SUITE.replace('expect $.name == "Rex"', 'expect $.name == "Rexy"') });
  const r = await assay(['run', ...withUrl()], dir);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^ {2}✗ fetch pet 1 /m);
  assert.match(r.stdout, /^ {6}suite\.assay:15:3: expect \$\.name == "Rexy"$/m);
  assert.match(r.stdout, /^ {8}expected: "Rexy"$/m);
  assert.match(r.stdout, /^ {8}actual: {3}"Rex"$/m);
  assert.match(r.stdout, new RegExp(`^ {6}request: {2}GET ${api.url}/pets/1$`, 'm'));
  assert.match(r.stdout, /^ {6}response: 200 /m);
  assert.match(r.stdout, /^Tests: 3 passed, 1 failed \(4 total\)$/m);
});

test('run: errors in the files are printed as by check, nothing is sent, exit 2', async () => {
  const dir = workspace({ 'suite.assay': SUITE, 'broken.assay': 'test "b" {\n  GET {{nowhere}}/x\n  expct status == 200\n}\n' });
  const r = await assay(['run', '--reporter', 'ndjson', ...withUrl()], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^broken\.assay:2:\d+: error undefined-variable /m);
  assert.match(r.stderr, /^broken\.assay:3:3: error unknown-statement /m);
});

test('run: usage mistakes exit 2 with one line and no stack trace', async () => {
  const dir = workspace({ 'suite.assay': SUITE });
  const mistakes = [['--jobs', '0'], ['--reporter', 'tap'], ['--shard', '3/2'], ['--env', 'missing'], ['nowhere.assay'], ['--cacert', 'missing.pem'], ['--cacert', 'suite.assay'], ['--proxy', 'nope'], ['--key', 'key.pem'], ['--cert', 'suite.assay']];
  for (const args of mistakes) {
    const r = await assay(['run', ...args], dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^assay run: .+\nSee 'assay --help'\.\n$/, args.join(' '));
  }
});

test('run --grep and --tag select tests; rows match by their interpolated name', async () => {
  const dir = workspace({ 'suite.assay': SUITE });
  const grep = await assay(['run', '--grep', 'status 4', '--reporter', 'json', ...withUrl()], dir);
  assert.equal(grep.code, 0, grep.stderr);
  assert.deepEqual(results(grep.stdout), ['status 404: passed']);
  const tag = await assay(['run', '--tag', 'smoke', '--reporter', 'json', ...withUrl()], dir);
  assert.deepEqual(results(tag.stdout), ['list pets: passed']);
});

test('run --shard: the slices are disjoint and together cover every test', async () => {
  const dir = workspace({ 'suite.assay': SUITE });
  const slices = await Promise.all([1, 2].map((i) => assay(['run', '--shard', `${i}/2`, '--reporter', 'json', ...withUrl()], dir)));
  const [one, two] = slices.map((r) => results(r.stdout));
  assert.ok(one!.length > 0 && two!.length > 0, 'both slices have tests');
  assert.deepEqual([...one!, ...two!].sort(), ['fetch pet 1: passed', 'list pets: passed', 'status 200: passed', 'status 404: passed']);
});

test('run --bail: no test passes after the first failure', async () => {
  const dir = workspace({ 'suite.assay': SUITE.replace('expect $.items[0].name == "Rex"', 'expect $.items[0].name == "Nobody"') });
  const r = await assay(['run', '--bail', '--reporter', 'json', ...withUrl()], dir);
  assert.equal(r.code, 1);
  const listed = results(r.stdout);
  assert.equal(listed[0], 'list pets: failed');
  assert.ok(listed.slice(1).every((line) => line.endsWith(': skipped')), listed.join('\n'));
});

test('run: BASE_URL from --env NAME (.env.NAME over .env), from --env-file, from the process, or from --var', async () => {
  const dir = workspace({
    'suite.assay': SUITE,
    '.env': 'BASE_URL=http://127.0.0.1:1\n',
    '.env.local': `# the sample API\nBASE_URL="${api.url}"\n`,
    'api.env': `BASE_URL=${api.url}\n`,
  });
  const fromNamed = await assay(['run', '--env', 'local'], dir);
  assert.equal(fromNamed.code, 0, fromNamed.stdout + fromNamed.stderr);
  const fromFile = await assay(['run', '--env-file', 'api.env'], dir);
  assert.equal(fromFile.code, 0, fromFile.stdout + fromFile.stderr);
  const fromProcess = await assay(['run'], dir, { BASE_URL: api.url });
  assert.equal(fromProcess.code, 0, fromProcess.stdout + fromProcess.stderr);
  const onlyDotenv = await assay(['run', '--grep', 'fetch'], dir);
  assert.equal(onlyDotenv.code, 1, 'the .env address has no server');
  const varWins = await assay(['run', '--env', 'local', ...['--var', 'BASE_URL=http://127.0.0.1:1'], '--grep', 'fetch'], dir);
  assert.equal(varWins.code, 1, '--var wins over the .env files');
});

test('run: reporters to files alongside pretty on standard output', async () => {
  const dir = workspace({ 'suite.assay': SUITE.replace('expect $.name == "Rex"', 'expect $.name == "Rexy"') });
  const r = await assay(['run', '--reporter', 'pretty', '--reporter', 'junit:out/report.xml', '--reporter', 'json:report.json', '--reporter', 'ndjson', '--output', 'events.ndjson', ...withUrl()], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^Tests: 3 passed, 1 failed/m);
  const junit = parseXml(readFileSync(join(dir, 'out', 'report.xml'), 'utf8'));
  assertJunitShape(junit);
  assert.deepEqual([junit.attributes.tests, junit.attributes.failures], ['4', '1']);
  assert.deepEqual(junit.children[0]!.children.map((c) => c.attributes.name), ['list pets', 'fetch pet 1', 'status 200', 'status 404']);
  assert.deepEqual(results(readFileSync(join(dir, 'report.json'), 'utf8')), ['list pets: passed', 'fetch pet 1: failed', 'status 200: passed', 'status 404: passed']);
  const events = readFileSync(join(dir, 'events.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string });
  assert.equal(events[0]!.type, 'run-start');
  assert.equal(events.at(-1)!.type, 'run-end');
  assert.equal(events.filter((e) => e.type === 'test-end').length, 4);
});

test('run: Ctrl+C cancels, the teardown still runs, partial results are reported, exit 130', async () => {
  const slow = `vars {
  base = env("BASE_URL", "http://127.0.0.1:1")
}

teardown {
  GET {{base}}/pets
  expect status == 200
}

test "quick" {
  GET {{base}}/pets
  expect status == 200
}

test "slow" {
  GET {{base}}/slow?ms=8000
  expect status == 200
}

test "never" {
  GET {{base}}/pets
  expect status == 200
}
`;
  const dir = workspace({ 'slow.assay': slow });
  let interrupted = false;
  const started = Date.now();
  const r = await assay(['run', '--reporter', 'pretty', '--reporter', 'ndjson:events.ndjson', ...withUrl()], dir, {}, (stdout, child) => {
    if (!interrupted && stdout.includes('✓ quick')) {
      interrupted = true;
      setTimeout(() => child.kill('SIGINT'), 200);
    }
  });
  assert.equal(r.code, 130, r.stdout + r.stderr);
  assert.ok(Date.now() - started < 7000, 'the slow request was aborted');
  assert.match(r.stdout, /✓ quick/);
  assert.match(r.stdout, /^Tests: /m);
  assert.match(r.stderr, /Cancelling the run/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  const events = readFileSync(join(dir, 'events.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; url?: string });
  const teardownRequests = events.filter((e) => e.type === 'request' && e.url === `${api.url}/pets`);
  assert.ok(teardownRequests.length >= 2, 'the quick test and the teardown sent their requests');
  assert.equal(events.at(-1)!.type, 'run-end');
});

test('run over HTTPS to a self-signed server: errored by default, passes with -k or --cacert', async () => {
  const fixtures = join(__dirname, '..', 'fixtures', 'tls');
  const { createServer } = await import('node:https');
  const server = createServer({ cert: readFileSync(join(fixtures, 'localhost-cert.pem')), key: readFileSync(join(fixtures, 'localhost-key.pem')) }, (_req, res) => res.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    const dir = workspace({ 'tls.assay': `test "tls" {\n  GET https://127.0.0.1:${port}/\n  expect status == 200\n}\n` });
    const rejected = await assay(['run', '--no-color'], dir);
    assert.equal(rejected.code, 1);
    assert.match(rejected.stdout, /self[- ]signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. To trust it/);
    assert.equal((await assay(['run', '-k'], dir)).code, 0);
    const trusted = await assay(['run', '--cacert', join(fixtures, 'localhost-cert.pem')], dir);
    assert.equal(trusted.code, 0, trusted.stdout);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('run with HTTP_PROXY set: loopback goes direct; --proxy sends it through the proxy', async () => {
  const proxy = await startConnectProxy();
  try {
    const dir = workspace({ 'suite.assay': `vars {\n  base = env("BASE_URL")\n}\n\ntest "one" {\n  GET {{base}}/pets/1\n  expect status == 200\n}\n` });
    const env = { BASE_URL: api.url, HTTP_PROXY: proxy.url };
    const direct = await assay(['run'], dir, env);
    assert.equal(direct.code, 0, direct.stdout + direct.stderr);
    assert.deepEqual(proxy.targets, [], 'a machine-wide proxy does not capture loopback');
    const through = await assay(['run', '--proxy', proxy.url], dir, env);
    assert.equal(through.code, 0, through.stdout + through.stderr);
    assert.deepEqual(proxy.targets, [new URL(api.url).host]);
  } finally {
    await proxy.close();
  }
});
