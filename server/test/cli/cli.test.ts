/**
 * The `assay` command end to end: the built bundle (server/bin/assay.js) run as a child process on
 * files in a temporary folder, checking output lines and exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(__dirname, '..', '..', 'bin', 'assay.js');

function assay(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD = `vars {
  base = "http://127.0.0.1:1"
}

test "one" {
  GET {{base}}/a
  expect status == 200
}

test "two" {
  GET {{base}}/b
  expect status == 200
}

test "three" {
  GET {{base}}/c
  expect status == 200
}
`;

test('check: a clean file exits 0 and prints no diagnostics', () => {
  const dir = workspace({ 'good.assay': GOOD });
  const r = assay(['check'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /0 errors, 0 warnings in 1 file checked/);
});

test('check: a garbage line in three tests gives an error at each inserted line', () => {
  const lines = GOOD.split('\n');
  // Insert after each request line (lines 6, 11, 16 in 1-based terms), bottom up to keep numbering simple.
  for (const at of [16, 11, 6]) lines.splice(at, 0, '  ??? garbage !!!');
  const dir = workspace({ 'broken.assay': lines.join('\n') });
  const r = assay(['check', 'broken.assay'], dir);
  assert.equal(r.code, 1);
  const reported = r.stdout.split('\n').filter((l) => l.startsWith('broken.assay:')).map((l) => Number(l.split(':')[1]));
  assert.deepEqual(reported, [7, 13, 19]);
  assert.match(r.stdout, /^broken\.assay:7:3: error parse-error Expected a statement/m);
});

test('check: an undefined variable is reported with its code and position', () => {
  const dir = workspace({ 'vars.assay': 'test "t" {\n  GET {{nowhere}}/x\n}\n' });
  const r = assay(['check', '.'], dir);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^vars\.assay:2:9: error undefined-variable `nowhere` is not defined/m);
});

test('check --format json gives positions and codes', () => {
  const dir = workspace({ 'a.assay': 'test "t" {\n  GET /x\n  expct status == 1\n}\n' });
  const r = assay(['check', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  const rows = JSON.parse(r.stdout) as Array<{ line: number; column: number; code: string }>;
  assert.deepEqual(rows.map((d) => [d.line, d.column, d.code]), [[3, 3, 'unknown-statement']]);
});

test('fmt --check lists files that would change and exits 1; fmt rewrites; a second fmt changes nothing', () => {
  const messy = 'test "t" {\nGET /x\n      expect   status==200\n}\n';
  const dir = workspace({ 'messy.assay': messy, 'tidy.assay': 'test "t" {\n  GET /x\n}\n' });
  const checkRun = assay(['fmt', '--check'], dir);
  assert.equal(checkRun.code, 1);
  assert.equal(checkRun.stdout, 'messy.assay\n');
  assert.equal(assay(['fmt'], dir).code, 0);
  const once = readFileSync(join(dir, 'messy.assay'), 'utf8');
  assert.equal(once, 'test "t" {\n  GET /x\n  expect status == 200\n}\n');
  assert.equal(assay(['fmt'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'messy.assay'), 'utf8'), once);
  assert.equal(assay(['fmt', '--check'], dir).code, 0);
});

test('usage errors exit 2 with one clear line and no stack trace', () => {
  const dir = workspace({});
  for (const args of [['frobnicate'], ['check', '--nope'], ['check', 'missing.assay'], ['check', '--format', 'xml']]) {
    const r = assay(args, dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^assay/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('--help lists the commands', () => {
  const r = assay(['--help'], workspace({}));
  assert.equal(r.code, 0);
  assert.match(r.stdout, /check \[paths\.\.\.\]/);
  assert.match(r.stdout, /fmt \[--check\]/);
  assert.match(r.stdout, /Options of 'run':\n(.+\n)*  --watch/);
});

test('`assay <command> --help` shows that command alone and runs nothing', () => {
  const dir = workspace({ 'broken.assay': 'test "x" {\n' });
  for (const command of ['run', 'check', 'fmt', 'lsp', 'generate', 'coverage']) {
    const r = assay([command, '--help'], dir);
    assert.equal(r.code, 0, `${command}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^Usage: assay ${command} `));
    assert.doesNotMatch(r.stdout, /Commands:/);
  }
  assert.match(assay(['run', '-h'], dir).stdout, /--reporter NAME\[:FILE\]/);
  // After `--`, --help is a path like any other: here one that does not exist.
  assert.equal(assay(['check', '--', '--help'], dir).code, 2);
});
