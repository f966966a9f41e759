// Requests through an HTTP proxy (a CONNECT tunnel per connection), to the sample API over HTTP and to a
// self-signed HTTPS server; hosts listed as going direct do not touch the proxy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy';
import { runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
let proxy: ConnectProxy;
before(async () => {
  api = await startApi();
  proxy = await startConnectProxy();
});
after(async () => {
  await proxy.close();
  await api.close();
});

const suite = `test "through" {\n  GET {{baseUrl}}/pets/1\n  expect status == 200\n  expect $.id == 1\n}\n`;

test('an http:// request goes through the proxy, and a host listed as direct does not', async () => {
  proxy.targets.length = 0;
  const through = await runText(suite, api.url, {}, { proxy: { http: proxy.url } });
  assert.equal(through.summary.passed, 1, JSON.stringify(through.tests.get('through')?.failures));
  assert.deepEqual(proxy.targets, [`127.0.0.1:${api.port}`]);

  const direct = await runText(suite, api.url, {}, { proxy: { http: proxy.url, noProxy: 'localhost,127.0.0.1' } });
  assert.equal(direct.summary.passed, 1);
  assert.equal(proxy.targets.length, 1, 'no tunnel for a host that goes direct');
});

test('an https:// request through the proxy still checks the server certificate against the run\'s trust', async () => {
  const fixtures = join(__dirname, '..', 'fixtures', 'tls');
  const cert = readFileSync(join(fixtures, 'localhost-cert.pem'), 'utf8');
  const server: Server = createServer({ cert, key: readFileSync(join(fixtures, 'localhost-key.pem')) }, (_req, res) => res.end('{"id":1}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const untrusted = await runText(suite, url, {}, { proxy: { https: proxy.url } });
    assert.match(untrusted.tests.get('through')?.failures[0].message ?? '', /DEPTH_ZERO_SELF_SIGNED_CERT/);
    const trusted = await runText(suite, url, {}, { proxy: { https: proxy.url }, ca: [cert] });
    assert.equal(trusted.summary.passed, 1, JSON.stringify(trusted.tests.get('through')?.failures));
    assert.ok(proxy.targets.includes(url.slice('https://'.length)), 'tunnelled');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('a proxy that refuses connections fails the request with the cause', async () => {
  const closed = await startConnectProxy();
  await closed.close();
  const result = await runText(suite, api.url, {}, { proxy: { http: closed.url } });
  assert.equal(result.tests.get('through')?.status, 'errored');
  assert.match(result.tests.get('through')?.failures[0].message ?? '', /refused|proxy/i);
});
