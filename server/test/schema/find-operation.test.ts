// Which operation a request goes to: concrete and templated paths, whole URLs, `{{base}}` prefixes,
// servers' base paths, query strings, and literal segments winning over templates.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadSchemaFile, type LoadedOpenApi } from '../../src/core/schema';
import { workspace } from '../checks/harness';

const SPEC = `openapi: 3.0.3
info: { title: x, version: "1" }
servers: [{ url: "https://api.example.com/v1" }]
paths:
  /pets:
    get: { operationId: list, responses: { "200": { description: ok } } }
    post: { operationId: create, responses: { "201": { description: ok } } }
  /pets/{id}:
    get: { operationId: show, responses: { "200": { description: ok } } }
  /pets/mine:
    get: { operationId: mine, responses: { "200": { description: ok } } }
  /files/{name}.json:
    get: { operationId: file, responses: { "200": { description: ok } } }
`;

test('requests find their operations', async () => {
  const root = workspace({ 'api.yaml': SPEC });
  const spec = (await loadSchemaFile(path.join(root, 'api.yaml'))) as LoadedOpenApi;
  const find = (method: string, url: string) => spec.findOperation(method, url)?.operationId;
  assert.equal(find('GET', '/pets'), 'list');
  assert.equal(find('get', '/pets/'), 'list');
  assert.equal(find('POST', '{{baseUrl}}/pets'), 'create');
  assert.equal(find('GET', 'https://api.example.com/v1/pets/7?x=1'), 'show');
  assert.equal(find('GET', '/v1/pets/7'), 'show');
  assert.equal(find('GET', '{{baseUrl}}/pets/{{petId}}'), 'show');
  assert.equal(find('GET', '/pets/{id}'), 'show');
  assert.equal(find('GET', '/pets/mine'), 'mine');
  assert.equal(find('GET', '/files/report.json'), 'file');
  assert.equal(find('DELETE', '/pets/7'), undefined);
  assert.equal(find('GET', '/owners'), undefined);
  assert.equal(find('GET', '/pets/7/toys'), undefined);
});
