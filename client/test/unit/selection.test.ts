/** What a Test Explorer request runs: by path for whole files and folders, by id otherwise; tags; saves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { affectedBy, selectTests, tagsOf } from '../../src/testing/selection';
import { nodesById, TestIndex, type TreeNode } from '../../src/testing/test-tree';
import { listed } from './helpers';

const uri = (path: string) => pathToFileURL(path).href;
const ROW = (i: number) => `/ws/a/rows.assay#code {{c}}[${i}]`;

const tests = new TestIndex();
tests.update([
  { uri: uri('/ws/a/rows.assay'), tests: [listed('/ws/a/rows.assay', 'code {{c}}', { tags: ['slow'], rows: [0, 1, 2].map((i) => ({ id: ROW(i), label: `code ${i}` })) })] },
  { uri: uri('/ws/a/one.assay'), tests: [listed('/ws/a/one.assay', 'first', { tags: ['smoke'] }), listed('/ws/a/one.assay', 'second')] },
  { uri: uri('/ws/top.assay'), tests: [listed('/ws/top.assay', 'top', { tags: ['smoke'] })] },
]);
const roots = tests.tree('/ws');
const byId = nodesById(roots);
const node = (id: string): TreeNode => byId.get(id) as TreeNode;

test('everything: no paths and no ids (the server runs the workspace); every test and row queued', () => {
  const selection = selectTests(roots, undefined);
  assert.deepEqual(selection?.target, {});
  assert.deepEqual(selection?.queued, ['/ws/a/one.assay#first', '/ws/a/one.assay#second', ROW(0), ROW(1), ROW(2), '/ws/top.assay#top']);
});

test('a folder and a file run by path', () => {
  const selection = selectTests(roots, [node(uri('/ws/a')), node(uri('/ws/top.assay'))]);
  assert.deepEqual(selection?.target, { uris: [uri('/ws/a'), uri('/ws/top.assay')] });
});

test('a test runs by id; a parameterized test by its id, with its rows queued', () => {
  const selection = selectTests(roots, [node('/ws/a/one.assay#second'), node('/ws/a/rows.assay#code {{c}}')]);
  assert.deepEqual(selection?.target, { testIds: ['/ws/a/one.assay#second', '/ws/a/rows.assay#code {{c}}'] });
  assert.deepEqual(selection?.queued, ['/ws/a/one.assay#second', ROW(0), ROW(1), ROW(2)]);
});

test('an exclusion inside a file turns the run into ids: the rows left, the other tests', () => {
  const selection = selectTests(roots, [node(uri('/ws/a'))], [node(ROW(1)), node('/ws/a/one.assay#first')]);
  assert.deepEqual(selection?.target, { testIds: ['/ws/a/one.assay#second', ROW(0), ROW(2)] });
});

test('a tag keeps only the tests that have it, by id', () => {
  const selection = selectTests(roots, undefined, [], 'smoke');
  assert.deepEqual(selection?.target, { testIds: ['/ws/a/one.assay#first', '/ws/top.assay#top'] });
  assert.deepEqual(tagsOf(roots), ['slow', 'smoke']);
});

test('nothing left to run is undefined', () => {
  assert.equal(selectTests(roots, [node('/ws/a/one.assay#second')], [], 'smoke'), undefined);
  assert.equal(selectTests(roots, [node(uri('/ws/top.assay'))], [node(uri('/ws/top.assay'))]), undefined);
});

test('after a save, a continuous run reruns what it covers of the saved file', () => {
  const saved = uri('/ws/a/one.assay');
  assert.deepEqual(affectedBy(saved, roots, undefined).map((n) => n.id), [saved]);
  assert.deepEqual(affectedBy(saved, roots, [node(uri('/ws/a')), node(uri('/ws/top.assay'))]).map((n) => n.id), [uri('/ws/a')]);
  assert.deepEqual(affectedBy(saved, roots, [node('/ws/a/one.assay#first')]).map((n) => n.id), ['/ws/a/one.assay#first']);
  assert.deepEqual(affectedBy(saved, roots, [node(uri('/ws/top.assay'))]), []);
});
