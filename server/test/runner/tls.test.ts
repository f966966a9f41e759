// HTTPS to a server on loopback with a self-signed certificate (server/test/fixtures/tls): rejected by
// default with the reason and what to do; accepted with `insecure`, or with the certificate as a
// trusted authority (`ca`). A server that asks for a client certificate gets `clientCertificate`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runText } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'tls');
const cert = readFileSync(join(FIXTURES, 'localhost-cert.pem'), 'utf8');

let server: Server;
let url: string;
before(async () => {
  server = createServer({ cert, key: readFileSync(join(FIXTURES, 'localhost-key.pem')) }, (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"secure":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const suite = `test "over TLS" {\n  GET {{baseUrl}}/\n  expect status == 200\n  expect $.secure == true\n}\n`;

test('a self-signed certificate is rejected by default: the reason, and how to trust it', async () => {
  const result = await runText(suite, url);
  const end = result.tests.get('over TLS');
  assert.equal(end?.status, 'errored');
  const message = end?.failures[0].message ?? '';
  assert.match(message, /TLS error talking to 127\.0\.0\.1:\d+: self[- ]signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
  assert.match(message, /--cacert FILE.*--insecure/);
});

test('insecure accepts it', async () => {
  const result = await runText(suite, url, {}, { insecure: true });
  assert.equal(result.summary.passed, 1, JSON.stringify(result.tests.get('over TLS')?.failures));
});

test('the certificate as a trusted authority accepts it', async () => {
  const result = await runText(suite, url, {}, { ca: [cert] });
  assert.equal(result.summary.passed, 1, JSON.stringify(result.tests.get('over TLS')?.failures));
});

test('a server that asks for a client certificate gets the one given, and refuses a run without it', async () => {
  const clientCert = readFileSync(join(FIXTURES, 'client-cert.pem'), 'utf8');
  const asking = createServer(
    { cert, key: readFileSync(join(FIXTURES, 'localhost-key.pem')), requestCert: true, rejectUnauthorized: true, ca: [clientCert] },
    (req, res) => {
      const subject = (req.socket as import('node:tls').TLSSocket).getPeerCertificate().subject;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ secure: true, client: subject?.CN }));
    },
  );
  await new Promise<void>((resolve) => asking.listen(0, '127.0.0.1', resolve));
  const askingUrl = `https://127.0.0.1:${(asking.address() as AddressInfo).port}`;
  try {
    const without = await runText(suite, askingUrl, {}, { ca: [cert] });
    assert.equal(without.tests.get('over TLS')?.status, 'errored');
    const clientCertificate = { cert: clientCert, key: readFileSync(join(FIXTURES, 'client-key.pem'), 'utf8') };
    const withCert = await runText(`${suite}\ntest "who" {\n  GET {{baseUrl}}/\n  expect $.client == "assay-test-client"\n}\n`, askingUrl, {}, { ca: [cert], clientCertificate });
    assert.equal(withCert.summary.passed, 2, JSON.stringify([...withCert.tests.values()].map((t) => t.failures)));
  } finally {
    await new Promise<void>((resolve) => asking.close(() => resolve()));
  }
});
