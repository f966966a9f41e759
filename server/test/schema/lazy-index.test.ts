// What the OpenAPI index builds on first use rather than at load: each operation's parameters, request
// body and responses, where operations and parameters are written (go to definition) and the
// request-to-operation matcher. Each must answer on its first use, and answer the same afterwards.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadSchemaFile, type LoadedOpenApi } from '../../src/core/schema';
import { workspace } from '../checks/harness';

const SPEC = `openapi: 3.0.3
info: { title: x, version: "1" }
paths:
  /pets/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: integer } }
    get:
      operationId: show
      parameters:
        - { name: verbose, in: query, schema: { type: boolean } }
      responses: { "200": { description: ok } }
    put:
      requestBody: { required: true, content: { application/json: { schema: { type: object } } } }
      responses: { "204": { description: saved } }
`;

test("an operation's parameters, body and responses are built on first read and kept", async () => {
  const root = workspace({ 'api.yaml': SPEC });
  const spec = (await loadSchemaFile(path.join(root, 'api.yaml'))) as LoadedOpenApi;
  const [show, save] = spec.operations;
  assert.deepEqual([show.method, show.operationId, save.method, save.operationId], ['GET', 'show', 'PUT', undefined]);
  assert.deepEqual(show.parameters.map((p) => `${p.in}:${p.name}:${p.required}`), ['path:id:true', 'query:verbose:false']);
  assert.equal(show.requestBody, undefined);
  assert.deepEqual(show.responses.map((r) => r.status), ['200']);
  assert.equal(show.responses, show.responses);
  assert.equal(show.parameters, show.parameters);
  assert.deepEqual(save.requestBody?.content.map((c) => [c.mediaType, c.schema]), [['application/json', { type: 'object' }]]);
  assert.equal(save.requestBody?.required, true);
  assert.deepEqual(save.responses.map((r) => [r.status, r.description]), [['204', 'saved']]);
});

test('source is looked up on first read, per operation and parameter, and then kept', async () => {
  const root = workspace({ 'api.yaml': SPEC });
  const file = path.join(root, 'api.yaml');
  const spec = (await loadSchemaFile(file)) as LoadedOpenApi;
  const [show] = spec.operations;
  assert.deepEqual(show.source, { file, line: 6, col: 4 });
  assert.equal(show.source, show.source);
  const [id, verbose] = show.parameters;
  assert.deepEqual(id.source, { file, line: 5, col: 8 });
  assert.deepEqual(verbose.source, { file, line: 9, col: 10 });
  // Kept: a later change to the file (before a reload) does not move what was found.
  fs.writeFileSync(file, `\n\n${SPEC}`);
  assert.deepEqual(show.source, { file, line: 6, col: 4 });
});

test('the first request finds its operation; the same operation objects as the list', async () => {
  const root = workspace({ 'api.yaml': SPEC });
  const spec = (await loadSchemaFile(path.join(root, 'api.yaml'))) as LoadedOpenApi;
  assert.equal(spec.findOperation('GET', '/pets/7'), spec.operations[0]);
  assert.equal(spec.findOperation('GET', '/pets/{{id}}'), spec.operations[0]);
  assert.equal(spec.findOperation('POST', '/pets/7'), undefined);
});
