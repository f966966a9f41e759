// Cookies: what responses set is sent with the later requests of the same test; the setup's reach every
// test and the teardown; a test's own never reach the next test; a Cookie header written in the request
// wins; a redirect's Set-Cookie is sent to where it redirects.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { assertions, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

/** The sample API's /headers sets `session=abc`; /echo answers with the request's headers. */
const SET = '  GET {{baseUrl}}/headers\n  expect status == 200\n';
const echoExpecting = (check: string) => `  GET {{baseUrl}}/echo\n  expect ${check}\n`;

test('a cookie a response sets is sent with the later requests of the test, and only of that test', async () => {
  const text = `test "gets one" {\n${SET}${echoExpecting('$.headers.cookie == "session=abc"')}}\n\ntest "starts without" {\n${echoExpecting('$.headers.cookie not exists')}}\n`;
  const result = await runText(text, api.url);
  assert.deepEqual(
    assertions(result).map((a) => [a.source, a.passed]),
    [
      ['expect status == 200', true],
      ['expect $.headers.cookie == "session=abc"', true],
      ['expect $.headers.cookie not exists', true],
    ],
  );
  const echoRequest = result.events.filter((e) => e.type === 'request')[1];
  assert.ok(echoRequest?.type === 'request' && echoRequest.headers.Cookie === 'session=abc', 'the request event shows the cookie sent');
});

test('the setup\'s cookies reach every test and the teardown', async () => {
  const text = `setup {\n${SET}}\n\nteardown {\n${echoExpecting('$.headers.cookie == "session=abc"')}}\n\ntest "one" {\n${echoExpecting('$.headers.cookie == "session=abc"')}}\n\ntest "two" {\n${echoExpecting('$.headers.cookie == "session=abc"')}}\n`;
  const result = await runText(text, api.url);
  assert.equal(result.summary.passed, 2);
  const fileEnd = result.events.find((e) => e.type === 'file-end');
  assert.ok(fileEnd?.type === 'file-end');
  assert.deepEqual(fileEnd.errors, [], 'the teardown passed');
  assert.ok(assertions(result).every((a) => a.passed));
});

test('a Cookie header written in the request is sent instead of the kept cookies', async () => {
  const text = `test "own" {\n${SET}  GET {{baseUrl}}/echo\n  Cookie: mine=1\n  expect $.headers.cookie == "mine=1"\n}\n`;
  const result = await runText(text, api.url);
  assert.equal(result.summary.passed, 1, JSON.stringify(assertions(result).filter((a) => !a.passed)));
});

test('a cookie set by a redirect is sent to where it redirects', async () => {
  // POST /login answers 303 with a session cookie; /home says which cookie it got.
  const server: Server = createServer((req, res) => {
    if (req.url === '/login') res.writeHead(303, { location: '/home', 'set-cookie': 'sid=42; Path=/; HttpOnly' }).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cookie: req.headers.cookie ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const result = await runText(`test "login" {\n  POST {{baseUrl}}/login\n  expect status == 200\n  expect $.cookie == "sid=42"\n}\n`, url);
    assert.equal(result.summary.passed, 1, JSON.stringify(assertions(result).filter((a) => !a.passed)));
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
