// Tests for the sample API: start real servers on free ports and exercise every endpoint,
// including error cases, with global fetch. Run: node --import tsx --test samples/api/server.test.ts
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from './http-util.js';
import { createRouter } from './router.js';
import { startSampleApi, type SampleApi } from './server.js';
import { createAppState } from './state.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const started: SampleApi[] = [];
let base = '';

/** Starts another instance with pristine state; closed in `after`. */
async function freshApi(): Promise<string> {
  const api = await startSampleApi();
  started.push(api);
  return api.url;
}

before(async () => {
  base = await freshApi();
});

after(async () => {
  await Promise.all(started.map((api) => api.close()));
});

function call(path: string, init: RequestInit = {}, root = base): Promise<Response> {
  return fetch(`${root}${path}`, { redirect: 'manual', ...init });
}

/**
 * Parses a JSON response after checking its status and content type. The result is typed `any` so
 * assertions can reach into arbitrary response shapes.
 */
async function expectJson(response: Response, status: number): Promise<any> {
  assert.equal(response.status, status, `status of ${response.url}`);
  assert.equal(response.headers.get('content-type'), JSON_TYPE);
  return response.json();
}

async function expectError(response: Response, status: number, code: string): Promise<any> {
  const body = await expectJson(response, status);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  return body.error;
}

function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

async function login(root = base): Promise<string> {
  const body = await expectJson(await call('/login', jsonInit('POST', { user: 'ada', password: 'lovelace' }), root), 200);
  return body.token;
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const apiKey = { 'x-api-key': 'sample-key' };

async function graphql(
  body: unknown,
  headers: Record<string, string> = {},
  root = base,
): Promise<{ status: number; body: any }> {
  const response = await call('/graphql', jsonInit('POST', body, headers), root);
  return { status: response.status, body: await expectJson(response, response.status) };
}

test('GET /health is ok, HEAD has headers and no body', async () => {
  assert.deepEqual(await expectJson(await call('/health'), 200), { status: 'ok' });
  const head = await call('/health', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-type'), JSON_TYPE);
  assert.equal(await head.text(), '');
});

test('unknown route is a 404 JSON error, wrong method a 405 with Allow', async () => {
  await expectError(await call('/nope'), 404, 'not_found');
  await expectError(await call('/pets/'), 404, 'not_found');
  const wrong = await call('/health', { method: 'DELETE' });
  assert.equal(wrong.headers.get('allow'), 'GET, HEAD');
  await expectError(wrong, 405, 'method_not_allowed');
  const pets = await call('/pets/1', { method: 'POST' });
  assert.equal(pets.headers.get('allow'), 'GET, HEAD, PUT, PATCH, DELETE');
  await expectError(pets, 405, 'method_not_allowed');
});

test('POST /login issues a token, rejects wrong credentials and bad bodies', async () => {
  const body = await expectJson(await call('/login', jsonInit('POST', { user: 'ada', password: 'lovelace' })), 200);
  assert.equal(body.user, 'ada');
  assert.match(body.token, /^[\w-]{20,}$/);
  const wrong = await call('/login', jsonInit('POST', { user: 'ada', password: 'nope' }));
  assert.equal(wrong.headers.get('www-authenticate'), 'Bearer');
  await expectError(wrong, 401, 'invalid_credentials');
  const missing = await expectError(await call('/login', jsonInit('POST', { user: 'ada' })), 422, 'validation_failed');
  assert.deepEqual(missing.details.map((detail: { field: string }) => detail.field), ['password']);
  await expectError(await call('/login', { method: 'POST', body: '{"user":' }), 400, 'invalid_json');
  await expectError(await call('/login', jsonInit('POST', ['ada'])), 400, 'bad_request');
});

test('GET /me accepts bearer, API key and Basic; otherwise 401 with challenges', async () => {
  const token = await login();
  assert.deepEqual(await expectJson(await call('/me', { headers: bearer(token) }), 200), { user: 'ada' });
  assert.deepEqual(await expectJson(await call('/me', { headers: apiKey }), 200), { user: 'ada' });
  const basic = `Basic ${Buffer.from('ada:lovelace').toString('base64')}`;
  assert.deepEqual(await expectJson(await call('/me', { headers: { authorization: basic } }), 200), { user: 'ada' });
  const rejected: Array<Record<string, string>> = [
    {},
    { authorization: `Basic ${Buffer.from('ada:wrong').toString('base64')}` },
    { authorization: 'Bearer not-a-token' },
    { 'x-api-key': 'wrong-key' },
  ];
  for (const headers of rejected) {
    const response = await call('/me', { headers });
    assert.equal(response.headers.get('www-authenticate'), 'Bearer, Basic realm="assay-sample"');
    await expectError(response, 401, 'unauthorized');
  }
});

test('DELETE /sessions/current revokes the bearer token', async () => {
  const token = await login();
  const revoked = await call('/sessions/current', { method: 'DELETE', headers: bearer(token) });
  assert.equal(revoked.status, 204);
  assert.equal(await revoked.text(), '');
  await expectError(await call('/me', { headers: bearer(token) }), 401, 'unauthorized');
  const again = await call('/sessions/current', { method: 'DELETE', headers: bearer(token) });
  assert.equal(again.headers.get('www-authenticate'), 'Bearer');
  await expectError(again, 401, 'unauthorized');
  await expectError(await call('/sessions/current', { method: 'DELETE', headers: apiKey }), 401, 'unauthorized');
});

test('GET /pets lists the seed pets with pagination, Link header and tag filter', async () => {
  const root = await freshApi();
  const all = await expectJson(await call('/pets', {}, root), 200);
  assert.deepEqual(
    all.items.map((pet: { id: number; name: string; tag: string }) => [pet.id, pet.name, pet.tag]),
    [[1, 'Rex', 'dog'], [2, 'Tom', 'cat'], [3, 'Nemo', 'fish']],
  );
  assert.deepEqual([all.total, all.limit, all.offset], [3, 10, 0]);
  assert.match(all.items[0].createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  const first = await call('/pets?limit=2', {}, root);
  assert.equal(first.headers.get('link'), '</pets?limit=2&offset=2>; rel="next"');
  const firstPage = await expectJson(first, 200);
  assert.deepEqual(firstPage.items.map((pet: { id: number }) => pet.id), [1, 2]);
  const last = await call('/pets?limit=2&offset=2', {}, root);
  assert.equal(last.headers.get('link'), null);
  assert.deepEqual((await expectJson(last, 200)).items.map((pet: { id: number }) => pet.id), [3]);
  assert.deepEqual((await expectJson(await call('/pets?offset=5', {}, root), 200)).items, []);

  const cats = await expectJson(await call('/pets?tag=cat', {}, root), 200);
  assert.deepEqual([cats.total, cats.items[0].name], [1, 'Tom']);
  assert.equal((await expectJson(await call('/pets?tag=bird', {}, root), 200)).total, 0);

  for (const query of ['limit=0', 'limit=101', 'limit=abc', 'limit=1.5', 'offset=-1', 'offset=x']) {
    await expectError(await call(`/pets?${query}`, {}, root), 400, 'bad_request');
  }
  assert.equal((await expectJson(await call('/pets?limit=100', {}, root), 200)).limit, 100);
});

test('the Link header keeps the tag filter', async () => {
  const root = await freshApi();
  for (const name of ['Ace', 'Bo']) await call('/pets', jsonInit('POST', { name, tag: 'dog' }, apiKey), root);
  const response = await call('/pets?tag=dog&limit=2', {}, root);
  assert.equal(response.headers.get('link'), '</pets?limit=2&offset=2&tag=dog>; rel="next"');
  assert.equal((await expectJson(response, 200)).total, 3);
});

test('GET /pets/{id}: 200, 404 for a missing pet, 400 for a non-integer id', async () => {
  const pet = await expectJson(await call('/pets/1'), 200);
  assert.deepEqual(Object.keys(pet).sort(), ['age', 'createdAt', 'id', 'name', 'tag']);
  assert.equal(pet.name, 'Rex');
  await expectError(await call('/pets/999'), 404, 'not_found');
  for (const id of ['abc', '1.5', '-1']) await expectError(await call(`/pets/${id}`), 400, 'bad_request');
});

test('POST /pets creates a pet with Location; ids never reuse', async () => {
  const root = await freshApi();
  const token = await login(root);
  const response = await call('/pets', jsonInit('POST', { name: 'Bolt', tag: 'dog', age: 2 }, bearer(token)), root);
  assert.equal(response.headers.get('location'), '/pets/4');
  const pet = await expectJson(response, 201);
  assert.equal(pet.id, 4);
  assert.deepEqual([pet.name, pet.tag, pet.age], ['Bolt', 'dog', 2]);
  assert.ok(Math.abs(Date.parse(pet.createdAt) - Date.now()) < 60_000);
  assert.deepEqual(await expectJson(await call('/pets/4', {}, root), 200), pet);

  const minimal = await expectJson(await call('/pets', jsonInit('POST', { name: 'Kit' }, apiKey), root), 201);
  assert.deepEqual([minimal.id, minimal.tag, minimal.age], [5, null, null]);
  assert.equal((await call('/pets/5', { method: 'DELETE', headers: apiKey }, root)).status, 204);
  const next = await expectJson(await call('/pets', jsonInit('POST', { name: 'Zed' }, apiKey), root), 201);
  assert.equal(next.id, 6);
});

test('POST /pets requires credentials', async () => {
  const response = await call('/pets', jsonInit('POST', { name: 'Nope' }));
  assert.equal(response.headers.get('www-authenticate'), 'Bearer');
  await expectError(response, 401, 'unauthorized');
  await expectError(await call('/pets', jsonInit('POST', { name: 'Nope' }, bearer('bogus'))), 401, 'unauthorized');
});

test('POST /pets rejects invalid pets with 422 details and non-JSON with 400', async () => {
  const cases: Array<[unknown, string[]]> = [
    [{}, ['name']],
    [{ name: '' }, ['name']],
    [{ name: 'x'.repeat(65) }, ['name']],
    [{ name: 7, tag: 3, age: -1 }, ['name', 'tag', 'age']],
    [{ name: 'Ok', age: 1.5 }, ['age']],
    [{ name: 'Ok', age: '3' }, ['age']],
  ];
  for (const [body, fields] of cases) {
    const error = await expectError(await call('/pets', jsonInit('POST', body, apiKey)), 422, 'validation_failed');
    assert.deepEqual(error.details.map((detail: { field: string }) => detail.field), fields, JSON.stringify(body));
  }
  assert.equal((await call('/pets', jsonInit('POST', { name: 'x'.repeat(64) }, apiKey))).status, 201);
  await expectError(await call('/pets', { method: 'POST', headers: apiKey, body: 'name=Rex' }), 400, 'invalid_json');
  await expectError(await call('/pets', { method: 'POST', headers: apiKey }), 400, 'invalid_json');
  await expectError(await call('/pets', jsonInit('POST', 'Rex', apiKey)), 400, 'bad_request');
});

test('PUT /pets/{id} replaces the whole pet', async () => {
  const root = await freshApi();
  const token = await login(root);
  const pet = await expectJson(await call('/pets/1', jsonInit('PUT', { name: 'Max' }, bearer(token)), root), 200);
  assert.deepEqual(pet, { id: 1, name: 'Max', tag: null, age: null, createdAt: '2024-01-01T09:00:00.000Z' });
  assert.deepEqual(await expectJson(await call('/pets/1', {}, root), 200), pet);
  await expectError(await call('/pets/1', jsonInit('PUT', { tag: 'dog' }, apiKey), root), 422, 'validation_failed');
  await expectError(await call('/pets/99', jsonInit('PUT', { name: 'Max' }, apiKey), root), 404, 'not_found');
  await expectError(await call('/pets/x', jsonInit('PUT', { name: 'Max' }, apiKey), root), 400, 'bad_request');
  await expectError(await call('/pets/1', jsonInit('PUT', { name: 'Max' }), root), 401, 'unauthorized');
});

test('PATCH /pets/{id} changes only the given fields; null clears', async () => {
  const root = await freshApi();
  const patched = await expectJson(await call('/pets/2', jsonInit('PATCH', { age: 6 }, apiKey), root), 200);
  assert.deepEqual([patched.name, patched.tag, patched.age], ['Tom', 'cat', 6]);
  const cleared = await expectJson(await call('/pets/2', jsonInit('PATCH', { tag: null }, apiKey), root), 200);
  assert.deepEqual([cleared.name, cleared.tag, cleared.age], ['Tom', null, 6]);
  assert.deepEqual(await expectJson(await call('/pets/2', jsonInit('PATCH', {}, apiKey), root), 200), cleared);
  const error = await expectError(
    await call('/pets/2', jsonInit('PATCH', { name: null, age: -3 }, apiKey), root),
    422,
    'validation_failed',
  );
  assert.deepEqual(error.details.map((detail: { field: string }) => detail.field), ['name', 'age']);
  await expectError(await call('/pets/99', jsonInit('PATCH', { age: 1 }, apiKey), root), 404, 'not_found');
  await expectError(await call('/pets/2', jsonInit('PATCH', { age: 1 }), root), 401, 'unauthorized');
});

test('DELETE /pets/{id} answers 204, then the pet is gone', async () => {
  const root = await freshApi();
  await expectError(await call('/pets/3', { method: 'DELETE' }, root), 401, 'unauthorized');
  const token = await login(root);
  const deleted = await call('/pets/3', { method: 'DELETE', headers: bearer(token) }, root);
  assert.equal(deleted.status, 204);
  assert.equal(await deleted.text(), '');
  await expectError(await call('/pets/3', {}, root), 404, 'not_found');
  await expectError(await call('/pets/3', { method: 'DELETE', headers: bearer(token) }, root), 404, 'not_found');
  assert.equal((await expectJson(await call('/pets', {}, root), 200)).total, 2);
});

test('each instance has its own state', async () => {
  const first = await freshApi();
  const second = await freshApi();
  await call('/pets/1', { method: 'DELETE', headers: apiKey }, first);
  await expectError(await call('/pets/1', {}, first), 404, 'not_found');
  assert.equal((await expectJson(await call('/pets/1', {}, second), 200)).name, 'Rex');
  const token = await login(first);
  await expectError(await call('/me', { headers: bearer(token) }, second), 401, 'unauthorized');
});

test('GET /slow waits the given time; bad ms is a 400', async () => {
  const startedAt = Date.now();
  assert.deepEqual(await expectJson(await call('/slow?ms=150'), 200), { waited: 150 });
  assert.ok(Date.now() - startedAt >= 140);
  assert.deepEqual(await expectJson(await call('/slow?ms=0'), 200), { waited: 0 });
  for (const query of ['', '?ms=10001', '?ms=-1', '?ms=soon']) {
    await expectError(await call(`/slow${query}`), 400, 'bad_request');
  }
});

test('GET /slow gives up when the client goes away', async () => {
  await assert.rejects(call('/slow?ms=10000', { signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
  assert.equal((await call('/health')).status, 200);
});

test('POST /upload reports files and fields sent with FormData', async () => {
  const bytes = Buffer.from(Array.from({ length: 3000 }, (_, index) => (index * 7) % 256));
  const form = new FormData();
  form.append('title', 'holiday ✈');
  form.append('photo', new Blob([bytes], { type: 'image/png' }), 'beach.png');
  form.append('tags', 'a');
  form.append('tags', 'b');
  form.append('notes', new Blob(['hello']), 'notes.txt');
  const body = await expectJson(await call('/upload', { method: 'POST', body: form, headers: apiKey }), 200);
  assert.deepEqual(body.fields, { title: 'holiday ✈', tags: ['a', 'b'] });
  assert.deepEqual(body.files, [
    {
      field: 'photo',
      filename: 'beach.png',
      contentType: 'image/png',
      size: 3000,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    {
      field: 'notes',
      filename: 'notes.txt',
      contentType: 'application/octet-stream',
      size: 5,
      sha256: createHash('sha256').update('hello').digest('hex'),
    },
  ]);
});

test('POST /upload parses a hand-written binary multipart body', async () => {
  const boundary = 'b0undary';
  const binary = Buffer.concat([Buffer.from('\r\n--b0undar\r\n-'), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
  const body = Buffer.concat([
    Buffer.from(`preamble to ignore\r\n--${boundary}\r\n`),
    Buffer.from('Content-Disposition: form-data; name="blob"; filename="raw.bin"\r\n\r\n'),
    binary,
    Buffer.from(`\r\n--${boundary}\r\n`),
    Buffer.from('content-disposition: form-data; name="empty"; filename=""\r\n\r\n'),
    Buffer.from(`\r\n--${boundary}\r\n`),
    Buffer.from('Content-Disposition: form-data; name=plain\r\n\r\nline one\r\nline two'),
    Buffer.from(`\r\n--${boundary}--\r\nepilogue`),
  ]);
  const response = await call('/upload', {
    method: 'POST',
    headers: { ...apiKey, 'content-type': `multipart/form-data; boundary="${boundary}"` },
    body,
  });
  const result = await expectJson(response, 200);
  assert.deepEqual(result.fields, { plain: 'line one\r\nline two' });
  assert.deepEqual(result.files, [
    {
      field: 'blob',
      filename: 'raw.bin',
      contentType: null,
      size: binary.length,
      sha256: createHash('sha256').update(binary).digest('hex'),
    },
    { field: 'empty', filename: '', contentType: null, size: 0, sha256: createHash('sha256').digest('hex') },
  ]);
});

test('POST /upload errors: 401, 415, missing boundary and malformed bodies', async () => {
  await expectError(await call('/upload', { method: 'POST', body: new FormData() }), 401, 'unauthorized');
  await expectError(await call('/upload', jsonInit('POST', {}, apiKey)), 415, 'unsupported_media_type');
  await expectError(await call('/upload', { method: 'POST', headers: apiKey, body: 'x' }), 415, 'unsupported_media_type');
  const multipart = (boundary: string, body: string): Promise<Response> =>
    call('/upload', {
      method: 'POST',
      headers: { ...apiKey, 'content-type': `multipart/form-data${boundary}` },
      body,
    });
  await expectError(await multipart('', '--x--'), 400, 'bad_request');
  const malformed = [
    'no boundary here',
    '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue with no closing boundary',
    '--x\r\nContent-Disposition: form-data; name="a"\r\nno blank line\r\n--x--',
    '--x\r\nContent-Disposition: attachment; name="a"\r\n\r\nv\r\n--x--',
    '--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--',
    '--x\r\nbad header line\r\n\r\nv\r\n--x--',
    '--xjunk\r\n',
  ];
  for (const body of malformed) {
    const error = await expectError(await multipart('; boundary=x', body), 400, 'bad_request');
    assert.match(error.message, /^malformed multipart body/, body);
  }
  assert.deepEqual(await expectJson(await multipart('; boundary=x', '--x--'), 200), { files: [], fields: {} });
});

test('/echo mirrors method, path, query, headers and a JSON body', async () => {
  const response = await call('/echo?a=1&a=2&b=%20x', jsonInit('POST', { hello: ['world'] }, { 'X-Custom': 'Yes' }));
  const body = await expectJson(response, 200);
  assert.equal(body.method, 'POST');
  assert.equal(body.path, '/echo');
  assert.deepEqual(body.query, { a: ['1', '2'], b: ' x' });
  assert.equal(body.headers['x-custom'], 'Yes');
  assert.equal(body.headers['content-type'], 'application/json');
  assert.deepEqual(body.body, { hello: ['world'] });
  assert.equal('form' in body, false);
});

test('/echo returns text bodies as text, forms as form, and accepts any method', async () => {
  const text = await expectJson(
    await call('/echo', { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'raw\ntext' }),
    200,
  );
  assert.deepEqual([text.method, text.body], ['PUT', 'raw\ntext']);
  const form = await expectJson(await call('/echo', { method: 'POST', body: new URLSearchParams('x=1&y=two+words&x=3') }), 200);
  assert.equal(form.body, 'x=1&y=two+words&x=3');
  assert.deepEqual(form.form, { x: ['1', '3'], y: 'two words' });
  const vendorJson = await call('/echo', { method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json' }, body: '[1]' });
  assert.deepEqual((await expectJson(vendorJson, 200)).body, [1]);
  for (const method of ['GET', 'DELETE', 'OPTIONS']) {
    const echoed = await expectJson(await call('/echo', { method, headers: { cookie: 'a=1' } }), 200);
    assert.deepEqual([echoed.method, echoed.body, echoed.headers.cookie], [method, null, 'a=1']);
  }
  const bad = await call('/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
  await expectError(bad, 400, 'invalid_json');
});

test('request bodies over 10 MiB are rejected with 413', async () => {
  const response = await call('/echo', { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
  await expectError(response, 413, 'payload_too_large');
  assert.equal((await call('/health')).status, 200);
});

/**
 * Sends a `Connection: close` POST over a raw socket, writing the whole body before reading anything
 * (as simple clients do), and returns the status code and the JSON error code of the response.
 */
function sendThenRead(path: string, headers: Record<string, string>, body: Buffer): Promise<[number, string]> {
  const { hostname, port } = new URL(base);
  const head = Object.entries({ ...headers, host: `${hostname}:${port}`, 'content-length': String(body.length), connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
      socket.write(body, () => socket.on('data', (chunk: Buffer) => chunks.push(chunk)));
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const response = Buffer.concat(chunks).toString();
      const payload = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
      resolve([Number(response.split(' ')[1]), payload.error.code]);
    });
  });
}

test('rejected uploads are read to the end before the error is sent', async () => {
  const big = Buffer.alloc(12 * 1024 * 1024, 'b');
  const multipart = { 'content-type': 'multipart/form-data; boundary=x' };
  assert.deepEqual(await sendThenRead('/upload', multipart, big), [401, 'unauthorized']);
  assert.deepEqual(await sendThenRead('/upload', { ...multipart, ...apiKey }, big), [413, 'payload_too_large']);
  assert.deepEqual(await sendThenRead('/upload', { ...apiKey, 'content-type': 'text/plain' }, big), [415, 'unsupported_media_type']);
});

test('GET /redirect redirects to a local path', async () => {
  const response = await call('/redirect?to=/pets/2');
  assert.equal(response.headers.get('location'), '/pets/2');
  assert.deepEqual(await expectJson(response, 302), { location: '/pets/2' });
  const followed = await fetch(`${base}/redirect?to=/pets/1`);
  assert.equal(followed.url, `${base}/pets/1`);
  assert.equal((await expectJson(followed, 200)).name, 'Rex');
  const rejected = ['', '?to=', '?to=pets', '?to=//evil.example', '?to=/\\evil.example', '?to=http://evil.example/'];
  for (const to of [...rejected, '?to=/a%0d%0aX-Evil:%201', '?to=/%E2%9C%88', '?to=/a%20b']) {
    await expectError(await call(`/redirect${to}`), 400, 'bad_request');
  }
});

test('GET /redirect/chain redirects n times, then lands on /pets/1', async () => {
  const hops: string[] = [];
  let path = '/redirect/chain?n=3';
  for (;;) {
    const response = await call(path);
    if (response.status !== 302) {
      assert.equal((await expectJson(response, 200)).id, 1);
      break;
    }
    path = response.headers.get('location') ?? '';
    hops.push(path);
  }
  assert.deepEqual(hops, ['/redirect/chain?n=2', '/redirect/chain?n=1', '/pets/1']);
  const followed = await fetch(`${base}/redirect/chain?n=5`);
  assert.equal(followed.url, `${base}/pets/1`);
  for (const query of ['', '?n=0', '?n=21', '?n=two']) {
    await expectError(await call(`/redirect/chain${query}`), 400, 'bad_request');
  }
});

test('GET /status/{code} answers with that status', async () => {
  for (const status of [200, 201, 400, 418, 500, 503, 599]) {
    assert.deepEqual(await expectJson(await call(`/status/${status}`), status), { status });
  }
  const noContent = await call('/status/204');
  assert.deepEqual([noContent.status, noContent.headers.get('content-type'), await noContent.text()], [204, null, '']);
  for (const code of ['99', '199', '600', 'abc', '2000']) {
    await expectError(await call(`/status/${code}`), 400, 'bad_request');
  }
});

test('GET /headers sets custom response headers', async () => {
  const response = await call('/headers');
  const requestId = response.headers.get('x-request-id') ?? '';
  assert.match(requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(response.headers.get('x-rate-limit'), '100');
  assert.deepEqual(response.headers.getSetCookie(), ['session=abc; Path=/']);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal((await expectJson(response, 200)).requestId, requestId);
});

test('GET /text and /html serve their content types', async () => {
  const text = await call('/text');
  assert.equal(text.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(await text.text(), 'hello from assay sample api\nversion=1.0.0\n');
  const html = await call('/html');
  assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await html.text(), /^<!doctype html>[\s\S]*<h1>Assay sample API<\/h1>/);
});

test('GET /big streams a JSON array of about N KB', async () => {
  for (const kb of [0, 1, 65, 300]) {
    const response = await call(`/big?kb=${kb}`);
    assert.equal(response.headers.get('content-type'), JSON_TYPE);
    assert.equal(response.headers.get('content-length'), null);
    const text = await response.text();
    assert.equal(Buffer.byteLength(text), kb === 0 ? 2 : kb * 1024 + 1);
    const items = JSON.parse(text) as Array<{ index: number }>;
    assert.deepEqual(items.map((item) => item.index), Array.from({ length: kb }, (_, index) => index));
  }
  for (const query of ['', '?kb=-1', '?kb=50001', '?kb=big']) {
    await expectError(await call(`/big${query}`), 400, 'bad_request');
  }
});

test('GET /big stops streaming when the client goes away', async () => {
  const response = await call('/big?kb=50000');
  const reader = response.body?.getReader();
  assert.ok(reader);
  await reader.read();
  await reader.cancel();
  assert.equal((await call('/health')).status, 200);
});

test('GET /malformed labels an invalid body as JSON', async () => {
  const response = await call('/malformed');
  assert.equal(response.headers.get('content-type'), JSON_TYPE);
  await assert.rejects(response.json(), SyntaxError);
});

test('jobs go pending, running, done on successive polls', async () => {
  const created = await call('/jobs', { method: 'POST' });
  const job = await expectJson(created, 202);
  assert.equal(job.state, 'pending');
  assert.match(job.id, /^[0-9a-f-]{36}$/);
  assert.equal(created.headers.get('location'), `/jobs/${job.id}`);
  const states = [];
  for (let poll = 0; poll < 4; poll += 1) states.push(await expectJson(await call(`/jobs/${job.id}`), 200));
  assert.deepEqual(states, [
    { id: job.id, state: 'pending' },
    { id: job.id, state: 'running' },
    { id: job.id, state: 'done', result: 42 },
    { id: job.id, state: 'done', result: 42 },
  ]);
  await expectError(await call('/jobs/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  await expectError(await call('/jobs', { method: 'GET' }), 405, 'method_not_allowed');
});

test('GraphQL: pets as a relay connection sharing the REST store', async () => {
  const root = await freshApi();
  const query = `query Pets($after: String) {
    pets(first: 2, after: $after) { totalCount edges { cursor node { id name tag age createdAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const first = await graphql({ query }, {}, root);
  assert.equal(first.status, 200);
  assert.equal(first.body.errors, undefined);
  const page = first.body.data.pets;
  assert.equal(page.totalCount, 3);
  assert.deepEqual(page.edges.map((edge: { cursor: string }) => edge.cursor), ['MQ==', 'Mg==']);
  assert.deepEqual(page.edges[0].node, { id: '1', name: 'Rex', tag: 'dog', age: 3, createdAt: '2024-01-01T09:00:00.000Z' });
  assert.deepEqual(page.pageInfo, { hasNextPage: true, hasPreviousPage: false, startCursor: 'MQ==', endCursor: 'Mg==' });
  const second = (await graphql({ query, variables: { after: 'Mg==' } }, {}, root)).body.data.pets;
  assert.deepEqual(second.edges.map((edge: { node: { name: string } }) => edge.node.name), ['Nemo']);
  assert.deepEqual(second.pageInfo, { hasNextPage: false, hasPreviousPage: true, startCursor: 'Mw==', endCursor: 'Mw==' });

  await call('/pets', jsonInit('POST', { name: 'Goldie', tag: 'fish' }, apiKey), root);
  const fish = (await graphql({ query: '{ pets(tag: "fish") { totalCount edges { node { name } } } }' }, {}, root)).body;
  assert.deepEqual(fish.data.pets, { totalCount: 2, edges: [{ node: { name: 'Nemo' } }, { node: { name: 'Goldie' } }] });

  const bad = (await graphql({ query: '{ a: pets(first: 101) { totalCount } }' }, {}, root)).body;
  assert.equal(bad.errors[0].extensions.code, 'BAD_USER_INPUT');
  const badCursor = (await graphql({ query: '{ pets(after: "nope") { totalCount } }' }, {}, root)).body;
  assert.equal(badCursor.errors[0].extensions.code, 'BAD_USER_INPUT');
});

test('GraphQL: pet, films and film queries', async () => {
  const { body } = await graphql({
    query: `{ rex: pet(id: 1) { name } missing: pet(id: "999") { name } odd: pet(id: "abc") { name }
      films { id title episodeID director } film(id: "ZmlsbXM6MQ==") { title episodeID director } none: film(id: "x") { title } }`,
  });
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data.rex, { name: 'Rex' });
  assert.equal(body.data.missing, null);
  assert.equal(body.data.odd, null);
  assert.deepEqual(body.data.films.map((film: { episodeID: number }) => film.episodeID), [4, 5, 6]);
  assert.equal(body.data.films[0].id, 'ZmlsbXM6MQ==');
  assert.deepEqual(body.data.film, { title: 'A New Hope', episodeID: 4, director: 'George Lucas' });
  assert.equal(body.data.none, null);
});

test('GraphQL: me and mutations need credentials', async () => {
  const root = await freshApi();
  const anonymous = (await graphql({ query: '{ me { name } }' }, {}, root)).body;
  assert.deepEqual(anonymous.data, { me: null });
  assert.equal(anonymous.errors[0].message, 'Unauthorized');
  assert.deepEqual(anonymous.errors[0].extensions, { code: 'UNAUTHENTICATED' });
  const denied = await graphql({ query: 'mutation { addPet(input: { name: "Ghost" }) { id } }' }, {}, root);
  assert.equal(denied.status, 200);
  assert.equal(denied.body.data, null);
  assert.equal(denied.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const deleteDenied = (await graphql({ query: 'mutation { deletePet(id: 1) }' }, bearer('bogus'), root)).body;
  assert.equal(deleteDenied.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.equal((await expectJson(await call('/pets', {}, root), 200)).total, 3);

  const token = await login(root);
  assert.deepEqual((await graphql({ query: '{ me { name } }' }, bearer(token), root)).body, { data: { me: { name: 'ada' } } });
  assert.deepEqual((await graphql({ query: '{ me { name } }' }, apiKey, root)).body.data, { me: { name: 'ada' } });
});

test('GraphQL: addPet and deletePet change the REST store', async () => {
  const root = await freshApi();
  const headers = bearer(await login(root));
  const added = await graphql(
    {
      query: 'mutation Add($input: AddPetInput!) { addPet(input: $input) { id name tag age createdAt } }',
      variables: { input: { name: 'Polly', tag: 'bird', age: 30 } },
      operationName: 'Add',
    },
    headers,
    root,
  );
  assert.equal(added.body.errors, undefined);
  assert.deepEqual({ ...added.body.data.addPet, createdAt: undefined }, { id: '4', name: 'Polly', tag: 'bird', age: 30, createdAt: undefined });
  assert.equal((await expectJson(await call('/pets/4', {}, root), 200)).name, 'Polly');

  const invalid = (await graphql({ query: 'mutation { addPet(input: { name: "", age: -1 }) { id } }' }, headers, root)).body;
  assert.equal(invalid.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.deepEqual(invalid.errors[0].extensions.details.map((detail: { field: string }) => detail.field), ['name', 'age']);

  const deleted = (await graphql({ query: 'mutation { a: deletePet(id: 4) b: deletePet(id: 4) c: deletePet(id: "x") }' }, headers, root)).body;
  assert.deepEqual(deleted.data, { a: true, b: false, c: false });
  await expectError(await call('/pets/4', {}, root), 404, 'not_found');
});

test('GraphQL: GET runs queries, not mutations', async () => {
  const query = encodeURIComponent('query Film($id: ID!) { film(id: $id) { title } }');
  const variables = encodeURIComponent(JSON.stringify({ id: 'ZmlsbXM6Mg==' }));
  const response = await call(`/graphql?query=${query}&variables=${variables}&operationName=Film`);
  assert.deepEqual(await expectJson(response, 200), { data: { film: { title: 'The Empire Strikes Back' } } });
  const mutation = await call(`/graphql?query=${encodeURIComponent('mutation { deletePet(id: 1) }')}`, { headers: apiKey });
  assert.equal(mutation.headers.get('allow'), 'GET, HEAD, POST');
  assert.match((await expectJson(mutation, 405)).errors[0].message, /mutation operations must use POST/);
  assert.equal((await expectJson(await call('/pets/1'), 200)).id, 1);
  assert.equal((await expectJson(await call('/graphql'), 400)).errors[0].message, '"query" must be a string');
  const badVariables = await call(`/graphql?query=${query}&variables=%7Bnope`);
  assert.equal((await expectJson(badVariables, 400)).errors[0].message, '"variables" is not valid JSON');
  await expectError(await call('/graphql', { method: 'PUT' }), 405, 'method_not_allowed');
});

test('GraphQL: syntax and validation errors are 200, bad requests 400', async () => {
  const syntax = await graphql({ query: '{ pets( ' });
  assert.equal(syntax.status, 200);
  assert.match(syntax.body.errors[0].message, /^Syntax Error/);
  assert.equal('data' in syntax.body, false);
  const invalid = await graphql({ query: '{ nope }' });
  assert.equal(invalid.status, 200);
  assert.match(invalid.body.errors[0].message, /Cannot query field "nope"/);
  const badVariables = await graphql({ query: 'query ($id: ID!) { pet(id: $id) { id } }', variables: {} });
  assert.equal(badVariables.status, 200);
  assert.match(badVariables.body.errors[0].message, /\$id/);

  const unparsable = await call('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
  assert.deepEqual(await expectJson(unparsable, 400), { errors: [{ message: 'request body is not valid JSON' }] });
  for (const [body, message] of [
    [[], 'request must be a JSON object'],
    [{}, '"query" must be a string'],
    [{ query: '{ films { id } }', variables: [1] }, '"variables" must be an object'],
    [{ query: '{ films { id } }', operationName: 3 }, '"operationName" must be a string'],
  ] as const) {
    assert.deepEqual(await graphql(body), { status: 400, body: { errors: [{ message }] } });
  }
});

test('handler exceptions become a 500 JSON error and the server keeps serving', async (t) => {
  t.mock.method(console, 'error', () => undefined);
  const routes = [
    {
      path: '/boom',
      methods: {
        GET: () => {
          throw new Error('boom');
        },
        POST: async () => {
          throw new HttpError(409, 'conflict', 'already there');
        },
      },
    },
  ];
  const server = createServer(createRouter(routes, createAppState()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await expectError(await call('/boom', {}, root), 500, 'internal_error');
    await expectError(await call('/boom', { method: 'POST' }, root), 409, 'conflict');
    await expectError(await call('/boom', {}, root), 500, 'internal_error');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('close() returns promptly despite keep-alive connections and pending requests', async () => {
  const api = await startSampleApi();
  assert.match(api.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(api.url, `http://127.0.0.1:${api.port}`);
  assert.equal((await fetch(`${api.url}/health`)).status, 200);
  const pending = fetch(`${api.url}/slow?ms=10000`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const startedAt = Date.now();
  await api.close();
  assert.ok(Date.now() - startedAt < 1000);
  await assert.rejects(pending);
  await assert.rejects(fetch(`${api.url}/health`));
  await api.close();
});
