/**
 * Run events as text (the output channel, test output, Debug Console) and the last response of a step
 * ("Show Last Response"), from real events of the bundled CLI against the sample API. Secret values
 * stay masked: the text is made from the runner's already-masked events and never unmasks them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { RunnerEvent } from '../../../server/src/lsp/protocol';
import { describeEvent } from '../../src/runs/describe';
import { responseDocument, StepMemory } from '../../src/runs/step-memory';
import { runCli, startApi, workspace } from './helpers';

const SECRET = 'a-very-secret-key';

const SUITE = [
  'vars {',
  '  baseUrl = env("BASE_URL", "http://127.0.0.1:9")',
  '  key     = secret env("KEY")',
  '}',
  '',
  'test "pet {{id}}" with [{ id: 1 }, { id: 2 }] {',
  '  GET {{baseUrl}}/pets/{{id}}',
  '  X-Key: {{key}}',
  '  expect status == 200',
  '  capture name = $.name',
  '',
  '  GET {{baseUrl}}/status/204?echo={{key}}',
  '  expect status == 204',
  '}',
  '',
].join('\n');

let events: RunnerEvent[];
let file: string;

before(async () => {
  const api = await startApi();
  const dir = workspace({ 'suite.assay': SUITE });
  file = join(dir, 'suite.assay');
  try {
    events = (await runCli(dir, [file, `--var=BASE_URL=${api.url}`, `--var=KEY=${SECRET}`])).events;
  } finally {
    await api.close();
  }
});

const text = () => events.flatMap((e) => describeEvent(e) ?? []).join('\n');

test('the run as text: each request with its headers, each response with its status and pretty JSON body, results', () => {
  const all = text();
  assert.match(all, /^Run started: 2 tests in 1 file/);
  assert.match(all, /→ GET http:\/\/127\.0\.0\.1:\d+\/pets\/1\n {4}X-Key: ••••••/);
  assert.match(all, /← 200 \(\d+ ms, \d+ B\)\n(?: {4}.+\n)+\n {4}\{\n {6}"id": 1,\n {6}"name": "Rex"/);
  assert.match(all, /✓ expect status == 200/);
  assert.match(all, /capture name = "Rex"/);
  assert.match(all, /✓ passed: pet \{\{id\}\}\[1\] \(\d+ ms\)/);
  assert.match(all, /Run finished: 2 passed, 0 failed, 0 errored, 0 skipped/);
});

test('secret values never appear in the text', () => {
  assert.ok(events.length > 0);
  assert.ok(!text().includes(SECRET));
});

test('the last response of each step, for the block (rows share their test\'s block)', () => {
  const memory = new StepMemory();
  events.forEach((e) => memory.observe(e));
  const first = memory.last(`${file}#pet {{id}}`, 0);
  assert.equal(first?.testId, `${file}#pet {{id}}[1]`);
  const doc = first && responseDocument(first);
  assert.equal(doc?.language, 'jsonc');
  assert.match(doc?.text ?? '', /^\/\/ GET http:\/\/127\.0\.0\.1:\d+\/pets\/2\n\/\/ 200 \(\d+ ms, \d+ B\)\n(\/\/ .+\n)+\{\n {2}"id": 2,/);
  const second = memory.last(`${file}#pet {{id}}`, 1);
  const plain = second && responseDocument(second);
  assert.equal(plain?.language, 'plaintext');
  assert.match(plain?.text ?? '', /^GET .*echo=••••••\n204 /);
  assert.equal(memory.last(`${file}#pet {{id}}`, 2), undefined);
});
