// Run control and safety: secrets masked in every event, cancellation (in-flight request aborted,
// teardown still runs, the rest skipped), --bail, and files run in parallel.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MASK } from '../../src/core/runner';
import { Secrets } from '../../src/core/runner/secrets';
import { memoryHost, run, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

test('the masking function masks secrets in strings, keys, numbers and their encodings', () => {
  const secrets = new Secrets();
  secrets.add('p@ss word');
  secrets.add(4242);
  const masked = secrets.mask({ a: 'x p@ss word y', b: ['p%40ss%20word', 'p%40ss+word'], 'p@ss word': 4242, c: '"p@ss word"' });
  assert.deepEqual(masked, { a: `x ${MASK} y`, b: [MASK, MASK], [MASK]: MASK, c: `"${MASK}"` });
  assert.deepEqual(secrets.mask({ n: 4243, s: '4242', t: true }), { n: 4243, s: MASK, t: true });
});

test('masking copies only what changes: parts without a secret are passed through as they are', () => {
  const secrets = new Secrets();
  secrets.add('hunter2');
  const clean = { type: 'response', headers: { a: 'b' }, list: [1, 'x'] };
  assert.equal(secrets.mask(clean), clean);
  const event = { first: { a: 1 }, second: 'pw hunter2', third: { b: 2 } };
  const masked = secrets.mask(event);
  assert.notEqual(masked, event);
  assert.deepEqual(Object.keys(masked), ['first', 'second', 'third']);
  assert.equal(masked.first, event.first);
  assert.equal(masked.third, event.third);
  assert.equal(masked.second, `pw ${MASK}`);
});

test('a secret appears in no event: headers, URLs, bodies, responses, captures, assertions, logs', async () => {
  const password = 'lovelace';
  const key = 'sample-key';
  const text = `vars {
  password = secret env("PASSWORD")
  apiKey = secret "${key}"
}
setup {
  POST {{baseUrl}}/login
  json { "user": "ada", "password": "{{password}}" }
  capture token = $.token
}
test "secrets everywhere" {
  GET {{baseUrl}}/me
  auth basic "ada" "{{password}}"
  expect $.user == "ada"

  POST {{baseUrl}}/echo?key={{apiKey}}&pw={{password}}
  X-API-Key: {{apiKey}}
  json { "password": "{{password}}", "nested": { "key": "{{apiKey}}" } }
  capture echoed = $.body.password
  expect $.body.password == "{{password}}"
  expect $.headers["x-api-key"] == "wrong"
  log "the password is {{password}}, echoed {{echoed}}"
}
test "secret rows {{pw}}" with [ { pw: "{{password}}" } ] {
  POST {{baseUrl}}/echo
  form {
    pw = "{{pw}}"
  }
  expect $.form.pw == "nope"
}`;
  const result = await runText(text, api.url, {}, { env: { PASSWORD: password } });
  const serialized = JSON.stringify(result.events);
  const basic = Buffer.from(`ada:${password}`).toString('base64');
  for (const secret of [password, key, basic]) assert.ok(!serialized.includes(secret), `${secret} leaked`);
  assert.ok(serialized.includes(MASK));
  assert.equal(result.tests.get('secrets everywhere')?.status, 'failed', 'the secrets were sent for real');
  const failed = result.events.find((e) => e.type === 'assertion' && !e.passed);
  assert.ok(failed?.type === 'assertion' && failed.actual === MASK);
});

test('cancellation aborts the request in flight, skips the rest, and still runs the teardown', async () => {
  const controller = new AbortController();
  const text = `teardown {
  GET {{baseUrl}}/health
  expect status == 200
}
test "slow" {
  GET {{baseUrl}}/slow?ms=5000
}
test "after" {
  GET {{baseUrl}}/health
}`;
  const started = Date.now();
  setTimeout(() => controller.abort(), 200);
  const result = await runText(text, api.url, {}, { signal: controller.signal });
  assert.ok(Date.now() - started < 3000, 'the request was aborted');
  assert.equal(result.tests.get('slow')?.status, 'skipped');
  assert.equal(result.tests.get('after')?.skipReason, 'The run was cancelled.');
  assert.ok(result.events.some((e) => e.type === 'assertion' && e.testId.endsWith('#@teardown') && e.passed));
  assert.equal(result.events.at(-1)?.type, 'run-end');
});

test('bail stops starting tests after the first failure; the rest are skipped with the reason', async () => {
  const text = `test "one" {\n  GET {{baseUrl}}/health\n  expect status == 500\n}\ntest "two" {\n  GET {{baseUrl}}/health\n}\n`;
  const result = await runText(text, api.url, {}, { bail: true });
  assert.equal(result.tests.get('one')?.status, 'failed');
  assert.equal(result.tests.get('two')?.status, 'skipped');
  assert.match(result.tests.get('two')?.skipReason ?? '', /--bail/);
  assert.deepEqual(result.summary.failed + result.summary.skipped, 2);
});

test('files run in parallel up to jobs; tests inside a file in order', async () => {
  const slow = (n: number): string => `test "t${n}a" {\n  GET {{baseUrl}}/slow?ms=300\n}\ntest "t${n}b" {\n  GET {{baseUrl}}/health\n}\n`;
  const host = memoryHost({ 'a.assay': slow(1), 'b.assay': slow(2), 'c.assay': slow(3) });
  const started = Date.now();
  const result = await run(host, ['a.assay', 'b.assay', 'c.assay'], { vars: { baseUrl: api.url }, jobs: 3 });
  assert.ok(Date.now() - started < 800, 'three 300 ms files at once');
  assert.equal(result.summary.passed, 6);
  const order = result.events.flatMap((e) => (e.type === 'test-end' ? [result.tests.get(`t1a`)?.testId === e.testId ? 't1a' : result.tests.get('t1b')?.testId === e.testId ? 't1b' : ''] : [])).filter(Boolean);
  assert.deepEqual(order, ['t1a', 't1b']);
});
