// Network faults and hostile bodies: connection refused, DNS failure, TLS, a reset connection, a server that
// never answers, a body over the size cap. Each ends its test as errored (or failed) with the cause;
// nothing crashes or hangs, and runFiles never rejects.
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, test } from 'node:test';
import { assertions, runText, startApi, type SampleApi } from './helpers';

let api: SampleApi;
before(async () => (api = await startApi()));
after(() => api.close());

/** A raw TCP server that handles each connection with `onSocket`; resolves with its base URL. */
async function rawServer(onSocket: (socket: net.Socket) => void): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function errorOf(baseUrl: string, options = {}): Promise<string> {
  const result = await runText(`test "fault" {\n  GET {{baseUrl}}/x\n  expect status == 200\n}\n`, baseUrl, {}, options);
  const end = result.tests.get('fault');
  assert.equal(end?.status, 'errored');
  assert.equal(assertions(result).length, 0);
  return end?.failures[0].message ?? '';
}

test('connection refused', async () => {
  const server = await rawServer(() => undefined);
  const url = server.url;
  await server.close();
  assert.match(await errorOf(url), /Connection refused by 127\.0\.0\.1:\d+/);
});

test('DNS failure on a .invalid host', async () => {
  assert.match(await errorOf('http://no-such-host.invalid'), /DNS lookup failed for no-such-host\.invalid/);
});

test('a TLS handshake with a server that does not speak TLS', async () => {
  // The sample API speaks plain HTTP: an https:// URL to it fails in the TLS handshake.
  const httpsUrl = api.url.replace(/^http:/, 'https:');
  assert.match(await errorOf(httpsUrl), /TLS error talking to 127\.0\.0\.1:\d+: wrong version number \(ERR_SSL_/);
});

test('a connection reset before the response', async () => {
  const server = await rawServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
  try {
    assert.match(await errorOf(server.url), /reset or closed/);
  } finally {
    await server.close();
  }
});

test('a server that accepts and never answers times out', async () => {
  const server = await rawServer(() => undefined);
  try {
    const started = Date.now();
    assert.match(await errorOf(server.url, { timeoutMs: 300 }), /No full response within 300 ms/);
    assert.ok(Date.now() - started < 3000);
  } finally {
    await server.close();
  }
});

test('a response cut off in the middle of its body', async () => {
  const server = await rawServer((socket) =>
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"a":');
      setTimeout(() => socket.destroy(), 20);
    }),
  );
  try {
    assert.match(await errorOf(server.url), /reset or closed|terminated|closed/i);
  } finally {
    await server.close();
  }
});

test('a body over the cap is truncated, said so, and JSONPath fails with the cause', async () => {
  const result = await runText(`test "big" {\n  GET {{baseUrl}}/big?kb=20000\n  timeout 20s\n  expect status == 200\n  expect count $[*] == 20000\n}\n`, api.url);
  const response = result.events.find((e) => e.type === 'response');
  assert.ok(response?.type === 'response');
  assert.equal(response.bodyTruncated, true);
  assert.equal(response.bodyBytes, 10 * 1024 * 1024);
  assert.ok((response.body ?? '').length <= 4097, 'the event shows a preview only');
  const [status, count] = assertions(result);
  assert.equal(status.passed, true);
  assert.match(count.message, /not valid JSON, as it was truncated/);
});

test('the cap can be set per run', async () => {
  const result = await runText(`test "big" {\n  GET {{baseUrl}}/big?kb=100\n  expect body contains "index"\n}\n`, api.url, {}, { maxBodyBytes: 2048 });
  const response = result.events.find((e) => e.type === 'response');
  assert.ok(response?.type === 'response' && response.bodyTruncated && response.bodyBytes === 2048);
  assert.equal(result.summary.passed, 1);
});

test('after a body over the cap, the next request to the same server still gets its answer', async () => {
  // Past the cap the runner closes the connection instead of reading the rest: the next test reconnects.
  const text = `test "big" {\n  GET {{baseUrl}}/big?kb=500\n  expect status == 200\n}\n\ntest "next" {\n  GET {{baseUrl}}/pets/1\n  expect $.id == 1\n}\n`;
  const result = await runText(text, api.url, {}, { maxBodyBytes: 4096 });
  const [big, next] = result.events.filter((e) => e.type === 'response');
  assert.ok(big?.type === 'response' && big.bodyTruncated && big.bodyBytes === 4096);
  assert.ok(next?.type === 'response' && !next.bodyTruncated && next.status === 200);
  assert.equal(result.summary.passed, 2);
});

test('interim 1xx answers before the response: the final status, headers and body are reported', async () => {
  const body = '{"ok":true}';
  const server = await rawServer((socket) =>
    socket.once('data', () =>
      socket.write(
        'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n' +
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Final: yes\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      ),
    ),
  );
  try {
    const result = await runText(`test "hints" {\n  GET {{baseUrl}}/x\n  expect status == 200\n  expect header "X-Final" == "yes"\n  expect $.ok == true\n}\n`, server.url);
    assert.deepEqual(
      assertions(result).map((a) => a.passed),
      [true, true, true],
    );
    const response = result.events.find((e) => e.type === 'response');
    assert.ok(response?.type === 'response' && response.headers.link === undefined);
  } finally {
    await server.close();
  }
});

test('an unreadable file, a listener that throws, a broken test: runFiles still resolves', async () => {
  const { runFiles } = await import('../../src/core/runner');
  const { memoryHost, ROOT } = await import('./helpers');
  const host = memoryHost({ 'broken.assay': 'test "broken" {\n  GET\n' });
  const summary = await runFiles(
    { files: [`${ROOT}/missing.assay`, `${ROOT}/broken.assay`], host, vars: {}, env: {}, jobs: 2, bail: false, timeoutMs: 1000 },
    () => {
      throw new Error('listener bug');
    },
  );
  assert.equal(summary.errored, 1);
});
