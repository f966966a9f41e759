/** The Test Explorer's tree from the server's test lists: folders, files, tests, rows, tags, live changes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { nodesById, TestIndex, type TreeNode } from '../../src/testing/test-tree';
import { listed } from './helpers';

const ROOT = '/ws';
const uri = (path: string) => pathToFileURL(path).href;

/** The tree as indented lines `kind label [tags]`. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.label}${n.tags.length ? ` [${n.tags.join(',')}]` : ''}`, ...outline(n.children, depth + 1)]);
}

function index(): TestIndex {
  const tests = new TestIndex();
  tests.update([
    { uri: uri('/ws/pets.assay'), tests: [listed('/ws/pets.assay', 'list pets', { tags: ['smoke'] }), listed('/ws/pets.assay', 'get pet')] },
    {
      uri: uri('/ws/api/v2/users.assay'),
      tests: [listed('/ws/api/v2/users.assay', 'user {{n}}', { rows: [{ id: '/ws/api/v2/users.assay#user {{n}}[0]', label: 'user 1' }, { id: '/ws/api/v2/users.assay#user {{n}}[1]', label: 'user 2' }] })],
    },
    { uri: uri('/ws/api/auth.assay'), tests: [listed('/ws/api/auth.assay', 'login', { tags: ['auth', 'smoke'] })] },
  ]);
  return tests;
}

test('files sit in their folders, folders first; tests keep their order; rows are children of their test', () => {
  assert.deepEqual(outline(index().tree(ROOT)), [
    'folder api [auth,smoke]',
    '  folder v2',
    '    file users.assay',
    '      test user {{n}}',
    '        row user 1',
    '        row user 2',
    '  file auth.assay [auth,smoke]',
    '    test login [auth,smoke]',
    'file pets.assay [smoke]',
    '  test list pets [smoke]',
    '  test get pet',
  ]);
});

test('ids are the runner\'s test ids for tests and rows, URIs for files and folders', () => {
  const byId = nodesById(index().tree(ROOT));
  assert.equal(byId.get('/ws/api/v2/users.assay#user {{n}}[1]')?.kind, 'row');
  assert.equal(byId.get(uri('/ws/api'))?.kind, 'folder');
  assert.equal(byId.get(uri('/ws/pets.assay'))?.kind, 'file');
  assert.equal(byId.get('/ws/pets.assay#get pet')?.uri, uri('/ws/pets.assay'));
});

test('a change replaces a file\'s tests; a file left without tests leaves the tree, and so does its empty folder', () => {
  const tests = index();
  tests.update([
    { uri: uri('/ws/pets.assay'), tests: [listed('/ws/pets.assay', 'renamed')] },
    { uri: uri('/ws/api/v2/users.assay'), tests: [] },
  ]);
  assert.deepEqual(outline(tests.tree(ROOT)), ['folder api [auth,smoke]', '  file auth.assay [auth,smoke]', '    test login [auth,smoke]', 'file pets.assay', '  test renamed']);
});

test('without a workspace folder, and for files outside it, files sit at the top', () => {
  assert.deepEqual(outline(index().tree(undefined)).filter((l) => !l.startsWith(' ')), ['file auth.assay [auth,smoke]', 'file pets.assay [smoke]', 'file users.assay']);
  assert.deepEqual(outline(index().tree('/elsewhere')).filter((l) => !l.startsWith(' ')), ['file auth.assay [auth,smoke]', 'file pets.assay [smoke]', 'file users.assay']);
});
