/**
 * Regeneration through `assay generate`: an unchanged spec regenerates byte for byte; after a small
 * spec change only the affected tests change, a hand-edited test stays exactly as the user wrote it,
 * removed operations lose their tests, new ones are added; an edit the spec also changed is kept and
 * reported (and replaced with --overwrite-edited).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../src/cli/run-cli';
import { mergeGenerated } from '../../src/core/generator';
import { captureIo, readSuite, SAMPLES, tempDir } from './helpers';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

async function generate(root: string, ...flags: string[]): Promise<string> {
  const io = captureIo(root);
  const code = await runCli(['generate', 'openapi', 'spec/openapi.yaml', '-o', 'tests', ...flags], io);
  assert.equal(code, 0, io.stderr);
  return io.stderr;
}

const CREATE_PET = /# @generated op=createPet hash=\w+\ntest "add a pet" \{[^]*?\n\}/;

test('regeneration keeps edits, replaces what the spec changed, drops what it removed', async () => {
  const root = tempDir();
  mkdirSync(join(root, 'spec'));
  const original = readFileSync(join(SAMPLES, 'openapi.yaml'), 'utf8');
  writeFileSync(join(root, 'spec/openapi.yaml'), original);
  await generate(root);
  const first = snapshot(join(root, 'tests'));

  assert.match(await generate(root), /0 files changed/);
  assert.deepEqual(snapshot(join(root, 'tests')), first);

  const pets = join(root, 'tests/pets.assay');
  const edited = first['pets.assay'].replace(/(test "add a pet" \{\n[^]*?)json \{[^\n]*\}/, '$1json { "name": "Bella", "tag": "dog" }\n  expect $.name == "Bella"');
  assert.notEqual(edited, first['pets.assay']);
  writeFileSync(pets, edited);
  const userTest = CREATE_PET.exec(edited)![0];

  const healthPath = /\n {2}\/health:\n[^]*?(?=\n {2}\/text:)/;
  assert.match(original, healthPath);
  const changed = original.replace('summary: One pet.', 'summary: Fetch one pet by its id.').replace(healthPath, '\n  /ping:\n    get:\n      tags: [http]\n      operationId: ping\n      summary: Answer pong.\n      responses:\n        \'200\':\n          description: Pong.');
  writeFileSync(join(root, 'spec/openapi.yaml'), changed);
  const log = await generate(root);
  const second = snapshot(join(root, 'tests'));

  assert.equal(CREATE_PET.exec(second['pets.assay'])?.[0], userTest);
  assert.match(second['pets.assay'], /test "fetch one pet by its id" \{/);
  assert.doesNotMatch(second['pets.assay'], /test "one pet" \{/);
  assert.doesNotMatch(second['http.assay'], /op=health /);
  assert.match(second['http.assay'], /op=ping hash=\w+\ntest "answer pong" \{/);
  for (const file of ['auth.assay', 'jobs.assay', 'graphql.assay']) assert.equal(second[file], first[file], file);
  assert.match(log, /updated .*pets\.assay: replaced getPet/);
  assert.match(log, /updated .*http\.assay: added ping; removed health/);
  assert.deepEqual((await readSuite(join(root, 'tests'))).flatMap((f) => f.errors), []);

  writeFileSync(join(root, 'spec/openapi.yaml'), changed.replace('summary: Add a pet.', 'summary: Add a pet to the store.'));
  const conflict = await generate(root);
  assert.match(conflict, /warning: .*pets\.assay: kept your edited test createPet; the spec changed it/);
  assert.equal(CREATE_PET.exec(readFileSync(pets, 'utf8'))?.[0], userTest);

  await generate(root, '--overwrite-edited');
  assert.match(readFileSync(pets, 'utf8'), /test "add a pet to the store" \{/);
  assert.doesNotMatch(readFileSync(pets, 'utf8'), /"Bella"/);
});

test('tests without a marker are the user\'s: kept in place; an edited test whose operation is gone is kept', () => {
  const generated = '# head\n# @generated op=file hash=00000000\n\nvars {\n  a = 1\n}\n';
  const current = [
    '# head',
    '# @generated op=file hash=00000000',
    '',
    'vars {',
    '  a = 1',
    '}',
    '',
    'test "mine" {',
    '  GET {{a}}/x',
    '}',
    '',
    '# @generated op=gone hash=00000000',
    'test "edited" {',
    '  GET {{a}}/y',
    '}',
    '',
  ].join('\n');
  const merged = mergeGenerated(current, generated);
  assert.equal(merged.text, current);
  assert.deepEqual(merged.orphans, ['gone']);
});

test('a head whose marker the user deleted stays the only head', () => {
  const generated = '# head\n# @generated op=file hash=00000000\n\nvars {\n  a = 2\n}\n';
  const current = 'vars {\n  a = 1\n}\n';
  const merged = mergeGenerated(current, generated);
  assert.equal(merged.text, current);
  assert.deepEqual(merged.added, []);
});
