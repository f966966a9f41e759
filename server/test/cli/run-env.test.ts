/** The environment of `assay run`: the .env reader, and the order in which .env files, the process and --var win. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDotenv } from '../../src/cli/dotenv';
import { loadEnvironment } from '../../src/cli/environment';

test('dotenv: plain, quoted, exported, commented and multi-line values', () => {
  const text = [
    '# a comment',
    '',
    'PLAIN=hello world  # trailing comment',
    'export EXPORTED = yes',
    'HASH=abc#123',
    "SINGLE='keep \\n # as is'",
    'DOUBLE="line\\nnext \\"quoted\\" # not a comment"  # comment',
    'EMPTY=',
    'MULTI="first',
    'second"',
    'BACKTICK=`it\'s "fine"`',
    'DOTTED.NAME-X=1',
  ].join('\n');
  assert.deepEqual(parseDotenv(text), {
    values: {
      PLAIN: 'hello world',
      EXPORTED: 'yes',
      HASH: 'abc#123',
      SINGLE: 'keep \\n # as is',
      DOUBLE: 'line\nnext "quoted" # not a comment',
      EMPTY: '',
      MULTI: 'first\nsecond',
      BACKTICK: 'it\'s "fine"',
      'DOTTED.NAME-X': '1',
    },
    errors: [],
  });
});

test('dotenv: lines it cannot read are reported by number', () => {
  assert.deepEqual(parseDotenv('A=1\nnot an assignment\nB="open\n').errors, [
    { line: 2, message: 'expected KEY=VALUE' },
    { line: 3, message: 'unterminated " quote' },
  ]);
  assert.deepEqual(parseDotenv("C='x' y").errors, [{ line: 1, message: "unexpected text after the closing ' quote" }]);
});

test('environment: .env, then .env.NAME, then --env-file, then the process, then --var', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-env-'));
  writeFileSync(join(root, '.env'), 'A=dotenv\nB=dotenv\nC=dotenv\nD=dotenv\nE=dotenv\n');
  writeFileSync(join(root, '.env.staging'), 'B=staging\nC=staging\nD=staging\nE=staging\n');
  writeFileSync(join(root, 'extra.env'), 'C=extra\nD=extra\nE=extra\n');
  const env = loadEnvironment({ root, cwd: root, envName: 'staging', envFiles: ['extra.env'], processEnv: { D: 'process', E: 'process' }, vars: { E: 'var', F: 'var' } });
  assert.deepEqual(env, { A: 'dotenv', B: 'staging', C: 'extra', D: 'process', E: 'var', F: 'var' });
});

test('environment: a missing or broken file is a usage error naming it', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-env-'));
  const base = { root, cwd: root, envFiles: [], processEnv: {}, vars: {} };
  assert.deepEqual(loadEnvironment(base), {});
  assert.throws(() => loadEnvironment({ ...base, envName: 'prod' }), /cannot read the environment file \.env\.prod/);
  assert.throws(() => loadEnvironment({ ...base, envName: '../x' }), /--env takes a name/);
  writeFileSync(join(root, 'bad.env'), 'OK=1\n???\n');
  assert.throws(() => loadEnvironment({ ...base, envFiles: ['bad.env'] }), /bad\.env:2: expected KEY=VALUE/);
});
