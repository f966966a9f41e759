// The schema registry: one load per file however many ask at once, synchronous `peek` once loaded,
// and `invalidate` for the spec or any file it `$ref`s, with notices for loads and invalidations.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SchemaRegistry } from '../../src/core/schema';
import { workspace } from '../checks/harness';
import { fsHost } from '../helpers/fs-host';

const ROOT_SPEC = 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /pets:\n    $ref: "./pets.yaml"\n';
const PETS = 'get:\n  responses:\n    "200": { description: ok }\n';

test('concurrent loads share one read; peek answers once loaded', async () => {
  const root = workspace({ 'api.yaml': ROOT_SPEC, 'pets.yaml': PETS });
  const host = fsHost(root);
  const registry = new SchemaRegistry(host);
  const file = path.join(root, 'api.yaml');
  assert.equal(registry.peek(file), undefined);
  const [a, b] = await Promise.all([registry.load(file), registry.load(file)]);
  assert.equal(a, b);
  assert.equal(registry.peek(file), a);
  assert.equal(host.reads.get(path.join(root, 'pets.yaml')), 1);
  assert.deepEqual(a.kind === 'openapi' && a.files, [file, path.join(root, 'pets.yaml')]);
});

test('a change to a $ref-ed file drops the spec; the next load reads the new text', async () => {
  const root = workspace({ 'api.yaml': ROOT_SPEC, 'pets.yaml': PETS });
  const registry = new SchemaRegistry(fsHost(root));
  const file = path.join(root, 'api.yaml');
  const loaded: string[] = [];
  const dropped: string[][] = [];
  registry.onDidLoad((s) => loaded.push(s.file));
  registry.onDidInvalidate((roots) => dropped.push(roots));
  await registry.load(file);
  fs.writeFileSync(path.join(root, 'pets.yaml'), PETS.replace('get:', 'post:'));
  assert.deepEqual(registry.invalidate(path.join(root, 'pets.yaml')), [file]);
  assert.deepEqual(dropped, [[file]]);
  assert.equal(registry.peek(file), undefined);
  const again = await registry.load(file);
  assert.deepEqual(again.kind === 'openapi' && again.operations.map((o) => o.method), ['POST']);
  assert.deepEqual(loaded, [file, file]);
  assert.deepEqual(registry.invalidate(path.join(root, 'unrelated.yaml')), []);
});

test('a load that was in flight when a file changed is not kept', async () => {
  const root = workspace({ 'api.yaml': ROOT_SPEC, 'pets.yaml': PETS });
  const registry = new SchemaRegistry(fsHost(root));
  const file = path.join(root, 'api.yaml');
  const first = registry.load(file);
  registry.invalidate(path.join(root, 'pets.yaml'));
  await first;
  assert.equal(registry.peek(file), undefined);
  await registry.load(file);
  assert.ok(registry.peek(file));
});
