/** Tests of the registry: stable, unique, kebab-case codes, each exercised by the tests in this folder. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/core/checks/index';

test('every check has a unique kebab-case code and a description', () => {
  const codes = CHECKS.map((c) => c.meta.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const check of CHECKS) {
    assert.match(check.meta.code, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(check.meta.description.length > 10, check.meta.code);
  }
});

test('every check code is expected by at least one test case', () => {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  // The schema-aware checks are tested with loaded schemas, in ../schema.
  const sources = [dir, path.join(dir, '..', 'schema')]
    .flatMap((folder) =>
      fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
        .map((f) => fs.readFileSync(path.join(folder, f), 'utf8')),
    )
    .join('\n');
  const untested = CHECKS.map((c) => c.meta.code).filter((code) => !sources.includes(`'${code}'`));
  assert.deepEqual(untested, []);
});
