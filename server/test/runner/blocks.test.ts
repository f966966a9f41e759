// Blocks and their order: components (named args, exported captures, checks after `use`), imports,
// setup and teardown (teardown after failures, a failed setup), parameterized rows, decorators and
// filters, retries and delays, and the order of events.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertions, memoryHost, run, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

const COMMON = `vars {
  key = "sample-key"
}
# Creates a pet and captures petId.
component createPet(name) {
  POST {{baseUrl}}/pets
  auth apikey "X-API-Key" "{{key}}"
  json { "name": "{{name}}" }
  expect status == 201
  capture petId = $.id
}
component createTwo(first, second) {
  use createPet(name: "{{first}}")
  capture one = $.id
  use createPet(name: "{{second}}")
}
`;

test('components: imported, named args, captures exported, checks after use on the last response', async () => {
  const host = memoryHost({
    'common.assay': COMMON,
    'main.assay': `import "./common.assay"
test "components" {
  use createTwo(first: "A", second: "B")
  expect $.name == "B"
  expect {{one}} is integer
  capture second = $.id

  GET {{baseUrl}}/pets/{{petId}}
  expect $.name == "B"
  expect $.id == {{second}}
}`,
  });
  const result = await run(host, ['main.assay'], { vars: { baseUrl: api.url } });
  assert.deepEqual(assertions(result).filter((a) => !a.passed), []);
  assert.equal(result.summary.passed, 1);
  const starts = result.events.filter((e) => e.type === 'step-start');
  assert.deepEqual(starts.map((s) => s.type === 'step-start' && s.kind), ['call', 'request']);
  const requests = result.events.filter((e) => e.type === 'request');
  assert.deepEqual(requests.map((r) => r.type === 'request' && r.step), [0, 0, 1]);
  const inner = assertions(result).find((a) => a.source === 'expect status == 201');
  assert.match(inner?.location.file ?? '', /common\.assay$/);
});

test('a call with a missing argument or an unknown component errors', async () => {
  const result = await run(memoryHost({ 'common.assay': COMMON, 'main.assay': 'import "./common.assay"\ntest "missing" {\n  use createPet()\n}\ntest "unknown" {\n  use nope()\n}\n' }), ['main.assay'], { vars: { baseUrl: api.url } });
  assert.match(result.tests.get('missing')?.failures[0].message ?? '', /does not give name/);
  assert.match(result.tests.get('unknown')?.failures[0].message ?? '', /no component "nope"/);
});

test('setup captures reach every test and the teardown; teardown runs after a failure', async () => {
  const result = await runText(
    `setup {
  POST {{baseUrl}}/login
  json { "user": "ada", "password": "lovelace" }
  capture token = $.token
}
teardown {
  DELETE {{baseUrl}}/sessions/current
  auth bearer "{{token}}"
  expect status == 204
}
test "first fails" {
  GET {{baseUrl}}/me
  auth bearer "{{token}}"
  expect $.user == "nobody"
}
test "second passes" {
  GET {{baseUrl}}/me
  auth bearer "{{token}}"
  expect $.user == "ada"
}`,
    api.url,
  );
  assert.equal(result.tests.get('first fails')?.status, 'failed');
  assert.equal(result.tests.get('second passes')?.status, 'passed');
  const teardown = result.events.filter((e) => 'testId' in e && e.testId?.endsWith('#@teardown'));
  assert.ok(teardown.some((e) => e.type === 'assertion' && e.passed && e.source === 'expect status == 204'));
  const fileEnd = result.events.find((e) => e.type === 'file-end');
  assert.deepEqual(fileEnd?.type === 'file-end' && fileEnd.errors, []);
  const order = result.events.map((e) => e.type);
  assert.equal(order[0], 'run-start');
  assert.equal(order[1], 'file-start');
  assert.equal(order.at(-2), 'file-end');
  assert.equal(order.at(-1), 'run-end');
});

test('a failed setup fails the tests without running them; the teardown still runs', async () => {
  const result = await runText(
    `setup {
  GET {{baseUrl}}/status/500
  expect status == 200
}
teardown {
  GET {{baseUrl}}/health
  expect status == 200
}
test "never runs" {
  GET {{baseUrl}}/pets
}`,
    api.url,
  );
  const end = result.tests.get('never runs');
  assert.equal(end?.status, 'errored');
  assert.match(end?.failures[0].message ?? '', /the setup failed: Expected 200, got 500/);
  assert.equal(result.events.filter((e) => e.type === 'request').length, 2, 'setup and teardown only');
  const fileEnd = result.events.find((e) => e.type === 'file-end');
  assert.match(fileEnd?.type === 'file-end' ? fileEnd.errors[0].message : '', /The setup failed/);
});

test('rows: inline, CSV (strings) and JSON (typed), each its own test with an id and a name', async () => {
  const result = await runText(
    `test "pet {{id}} is {{status}}" with [
  { id: 1, status: 200 },
  { id: 999, status: 404 },
] {
  GET {{baseUrl}}/pets/{{id}}
  expect status == {{status}}
}
test "csv {{id}} {{name}}" with file "./rows.csv" {
  GET {{baseUrl}}/pets/{{id}}
  expect $.name == "{{name}}"
  expect {{id}} is string
}
test "json {{code}}" with file "./rows.json" {
  GET {{baseUrl}}/status/{{code}}
  expect status == {{code}}
}
test "unreadable" with file "./nope.csv" {
  GET {{baseUrl}}/pets
}`,
    api.url,
    { 'rows.csv': 'id,name\n1,Rex\n2,"Tom"\n', 'rows.json': '[{"code": 201}, {"code": 418}]' },
  );
  const names = [...result.tests.keys()];
  assert.deepEqual(names, ['pet 1 is 200', 'pet 999 is 404', 'csv 1 Rex', 'csv 2 Tom', 'json 201', 'json 418', 'unreadable']);
  assert.equal(result.summary.passed, 6);
  assert.equal(result.tests.get('unreadable')?.status, 'errored');
  const start = result.events.find((e) => e.type === 'test-start' && e.name === 'pet 999 is 404');
  assert.ok(start?.type === 'test-start');
  assert.match(start.testId, /main\.assay#pet \{\{id\}\} is \{\{status\}\}\[1\]$/);
  assert.deepEqual(start.row, { index: 1, values: { id: 999, status: 404 } });
});

const FILTERS = `@tag(smoke)
test "a" {
  GET {{baseUrl}}/health
}
@tag(slow, "x-y")
test "b" {
  GET {{baseUrl}}/health
}
@skip("not today")
test "c" {
  GET {{baseUrl}}/health
}
test "d" {
  GET {{baseUrl}}/health
}`;

test('@skip reports the reason; tags, grep and testIds select tests', async () => {
  const all = await runText(FILTERS, api.url);
  assert.equal(all.tests.get('c')?.status, 'skipped');
  assert.equal(all.tests.get('c')?.skipReason, 'not today');
  const start = all.events.find((e) => e.type === 'run-start');
  assert.equal(start?.type === 'run-start' && start.testCount, 4);
  assert.deepEqual([...(await runText(FILTERS, api.url, {}, { tags: ['x-y', 'smoke'] })).tests.keys()], ['a', 'b']);
  assert.deepEqual([...(await runText(FILTERS, api.url, {}, { grep: /^[bd]$/ })).tests.keys()], ['b', 'd']);
  const ids = [...all.events].flatMap((e) => (e.type === 'test-start' && e.name === 'd' ? [e.testId] : []));
  assert.deepEqual([...(await runText(FILTERS, api.url, {}, { testIds: ids })).tests.keys()], ['d']);
});

test('@only runs only the marked tests', async () => {
  const result = await runText(FILTERS.replace('test "b"', '@only\ntest "b"'), api.url);
  assert.deepEqual([...result.tests.keys()], ['b']);
});

test('shard selects every n-th test deterministically', async () => {
  const one = await runText(FILTERS, api.url, {}, { shard: { index: 1, total: 2 } });
  const two = await runText(FILTERS, api.url, {}, { shard: { index: 2, total: 2 } });
  assert.deepEqual([...one.tests.keys()], ['a', 'c']);
  assert.deepEqual([...two.tests.keys()], ['b', 'd']);
});

test('retry until a condition holds, and without until while an expect fails', async () => {
  const result = await runText(
    `test "until" {
  POST {{baseUrl}}/jobs
  capture jobId = $.id
  GET {{baseUrl}}/jobs/{{jobId}}
  retry 5 every 10ms until $.state == "done"
  expect $.result == 42
}
test "expects" {
  POST {{baseUrl}}/jobs
  capture jobId = $.id
  GET {{baseUrl}}/jobs/{{jobId}}
  retry 4 every 10ms
  expect $.state == "done"
}
test "gives up" {
  POST {{baseUrl}}/jobs
  capture jobId = $.id
  GET {{baseUrl}}/jobs/{{jobId}}
  retry 1 every 10ms until $.state == "done"
}`,
    api.url,
  );
  assert.equal(result.tests.get('until')?.status, 'passed');
  assert.equal(result.tests.get('expects')?.status, 'passed');
  assert.equal(result.tests.get('gives up')?.status, 'failed');
  assert.match(result.tests.get('gives up')?.failures[0].message ?? '', /never held in 2 tries/);
  const attempts = result.events.filter((e) => e.type === 'step-start' && e.step === 1 && e.testId.endsWith('#until')).map((e) => e.type === 'step-start' && e.attempt);
  assert.deepEqual(attempts, [1, 2, 3]);
  assert.equal(assertions(result).filter((a) => a.source === 'expect $.state == "done"').length, 1, 'only the last try reports');
});

test('delay waits; log prints interpolated values', async () => {
  const started = Date.now();
  const result = await runText(`test "wait" {\n  delay 150ms\n  log "waited {{n}}"\n}\n`, api.url, {}, { vars: { baseUrl: api.url, n: '150' } });
  assert.ok(Date.now() - started >= 140);
  const log = result.events.find((e) => e.type === 'log');
  assert.equal(log?.type === 'log' && log.message, 'waited 150');
  assert.equal(result.summary.passed, 1);
});

test('vars: env() with fallbacks, --var overrides, a missing env errors the file', async () => {
  const text = `vars {
  a = env("A", "fallback")
  b = env("B")
  c = "{{a}}-{{b}}"
}
test "vars" {
  GET {{baseUrl}}/echo?c={{c}}
  expect $.query.c == "{{expected}}"
}`;
  const withEnv = await runText(text, api.url, {}, { env: { B: 'env' }, vars: { baseUrl: api.url, expected: 'fallback-env' } });
  assert.equal(withEnv.summary.passed, 1);
  const overridden = await runText(text, api.url, {}, { env: { B: 'env' }, vars: { baseUrl: api.url, A: 'cli', expected: 'cli-env' } });
  assert.equal(overridden.summary.passed, 1);
  const missing = await runText(text, api.url, {}, { vars: { baseUrl: api.url, expected: '' } });
  assert.equal(missing.summary.errored, 1);
  assert.match(missing.tests.get('vars')?.failures[0].message ?? '', /environment variable B is not set/);
});
