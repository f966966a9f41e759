/**
 * What the OpenAPI generator writes for particular shapes of spec: chaining by naming and by links,
 * parameterized tests from several examples, credentials from security alternatives, redirects, the
 * base URL of Swagger 2.0, negative tests, and the same output for the same seed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateOpenApiSuite, renderFile } from '../../src/core/generator';
import { CORPUS, loadOpenApi, SAMPLES, tempDir } from './helpers';

async function generateText(file: string, options: { seed?: number; negative?: boolean } = {}): Promise<string> {
  const suite = generateOpenApiSuite(await loadOpenApi(file), { specPath: './spec.yaml', ...options });
  return suite.files.map(renderFile).join('\n');
}

function testNamed(text: string, name: string): string {
  const at = text.indexOf(`test "${name}"`);
  assert.ok(at >= 0, `no test "${name}"`);
  return text.slice(at, text.indexOf('\n}\n', at) + 2);
}

async function specFile(yaml: string): Promise<string> {
  const file = join(tempDir(), 'spec.yaml');
  writeFileSync(file, yaml);
  return file;
}

test('a path parameter is created first when POST on the collection returns it (naming)', async () => {
  const text = await generateText(join(SAMPLES, 'openapi.yaml'));
  assert.equal(
    testNamed(text, 'delete a pet'),
    [
      'test "delete a pet" {',
      '  POST {{baseUrl}}/pets',
      '  X-API-Key: {{apiKeyAuth}}',
      '  json { "name": "name-34" }',
      '  expect status == 201',
      '  capture petId = $.id',
      '',
      '  DELETE {{baseUrl}}/pets/{{petId}}',
      '  X-API-Key: {{apiKeyAuth}}',
      '  expect status == 204',
      '  expect body is empty',
      '}',
    ].join('\n'),
  );
  assert.match(testNamed(text, 'redirect (302) to a local path'), /query \{\n {4}to = "\/a"\n {2}\}\n {2}redirects off\n {2}expect status == 302/);
});

test('links chain operations: the value comes from the linked response', async () => {
  const text = await generateText(join(CORPUS, 'openapi/oai-link-example-3.0.yaml'));
  const t = testNamed(text, 'get repository');
  assert.match(t, /GET \{\{baseUrl\}\}\/2\.0\/repositories\/(username-\d+)\n {2}expect status == 200\n {2}capture repositorySlug = \$\.slug\n\n {2}GET \{\{baseUrl\}\}\/2\.0\/repositories\/\1\/\{\{repositorySlug\}\}/);
});

test('several request examples make a parameterized test; security alternatives pick the simplest', async () => {
  const file = await specFile(`openapi: 3.0.3
info: { title: Shop, version: '2' }
servers: [{ url: 'https://{region}.shop.test/v2', variables: { region: { default: eu } } }]
components:
  securitySchemes:
    oauth: { type: oauth2, flows: { implicit: { authorizationUrl: 'https://x', scopes: {} } } }
    key: { type: apiKey, in: query, name: key }
    basic: { type: http, scheme: basic }
security: [{ oauth: [] }, { key: [] }]
paths:
  /orders:
    post:
      tags: [Orders]
      summary: Place an order.
      security: [{ oauth: [] }, { basic: [] }]
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [sku], properties: { sku: { type: string }, qty: { type: integer, minimum: 1, maximum: 9 } } }
            examples:
              one: { value: { sku: A1, qty: 1 } }
              two: { value: { sku: B2, qty: 2 } }
      responses: { '201': { description: ok } }
    get:
      tags: [Orders]
      operationId: listOrders
      responses: { '200': { description: ok, content: { text/csv: { schema: { type: string } } } } }
  /open:
    get:
      tags: [Orders]
      operationId: openEndpoint
      security: [{}]
      responses: { '2XX': { description: ok } }
`);
  const text = await generateText(file, { negative: true });
  assert.match(text, /baseUrl += env\("BASE_URL", "https:\/\/eu\.shop\.test\/v2"\)/);
  assert.equal(
    testNamed(text, 'place an order (example {{example}})'),
    [
      'test "place an order (example {{example}})" with [',
      '  { example: 1, body: { sku: "A1", qty: 1 } },',
      '  { example: 2, body: { sku: "B2", qty: 2 } },',
      '] {',
      '  POST {{baseUrl}}/orders',
      '  auth basic "{{basicUser}}" "{{basicPassword}}"',
      '  json {{body}}',
      '  expect status == 201',
      '}',
    ].join('\n'),
  );
  assert.match(testNamed(text, 'list orders'), /query \{\n {4}key = "\{\{key\}\}"\n {2}\}\n {2}expect status == 200\n {2}expect header "Content-Type" contains "text\/csv"/);
  assert.match(testNamed(text, 'open endpoint'), /GET \{\{baseUrl\}\}\/open\n {2}expect status >= 200\n {2}expect status < 300\n\}/);
  assert.match(text, /basicPassword = secret env\("BASIC_PASSWORD"\)/);
  assert.match(testNamed(text, 'place an order (missing sku)'), /json \{ "qty": 1 \}\n {2}expect status >= 400\n {2}expect status < 500/);
  assert.match(testNamed(text, 'place an order (qty out of range)'), /"qty": 0/);
  assert.match(text, /# @generated op=POST:\/orders:missing-sku hash=[0-9a-f]{8}\n@tag\(negative\)/);
});

test('Swagger 2.0: the base URL is scheme, host and base path', async () => {
  const text = await generateText(join(CORPUS, 'openapi/swagger-petstore-2.0.json'));
  assert.match(text, /baseUrl += env\("BASE_URL", "http:\/\/petstore\.swagger\.io\/v2"\)/);
});

test('the same seed writes the same suite; another seed other values', async () => {
  const file = join(CORPUS, 'openapi/swagger-petstore-3.0.yaml');
  assert.equal(await generateText(file), await generateText(file));
  assert.notEqual(await generateText(file, { seed: 2 }), await generateText(file));
});
