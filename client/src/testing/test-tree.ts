/**
 * The Test Explorer's tree as plain data: folders, files, tests and parameter rows, built from the
 * language server's test lists (`assay/listTests`, then `assay/testsChanged` file by file). Input: the
 * workspace root and per-file test lists. Output: `TreeNode`s the extension mirrors into VS Code's
 * test items. No `vscode` here.
 */
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestItem } from '../../../server/src/lsp/protocol';

export type NodeKind = 'folder' | 'file' | 'test' | 'row';

export interface TreeNode {
  /** Unique in the tree: a folder's or file's URI, a test's or row's runner id. */
  id: string;
  kind: NodeKind;
  label: string;
  /** The file or folder the node stands for (for a test or row: its file). */
  uri: string;
  /** For tests and rows: the test block, 0-based. */
  range?: TestItem['range'];
  /** The test's tags; for folders and files, those of the tests in them. */
  tags: string[];
  children: TreeNode[];
}

/** The tests of every file the server listed, kept up to date as files change. */
export class TestIndex {
  private readonly files = new Map<string, TestItem[]>();

  /** Takes the tests of some files (a whole list or a change); a file without tests leaves the index. */
  update(files: ReadonlyArray<{ uri: string; tests: TestItem[] }>): void {
    for (const file of files) {
      if (file.tests.length > 0) this.files.set(file.uri, file.tests);
      else this.files.delete(file.uri);
    }
  }

  clear(): void {
    this.files.clear();
  }

  /** The tree under `root` (an absolute folder path); files outside it (or all, without a root) sit at the top. */
  tree(root: string | undefined): TreeNode[] {
    const top: TreeNode[] = [];
    const folders = new Map<string, TreeNode>();
    const folderOf = (dir: string): TreeNode[] => {
      if (root === undefined) return top;
      const rel = relative(root, dir);
      if (rel === '' || rel.startsWith('..') || rel === dir) return top;
      const known = folders.get(dir);
      if (known) return known.children;
      const node: TreeNode = { id: pathToFileURL(dir).href, kind: 'folder', label: rel.split(sep).at(-1) ?? rel, uri: pathToFileURL(dir).href, tags: [], children: [] };
      folders.set(dir, node);
      folderOf(dirname(dir)).push(node);
      return node.children;
    };
    for (const uri of [...this.files.keys()].sort()) {
      const path = fileURLToPath(uri);
      const tests = this.files.get(uri) ?? [];
      const file: TreeNode = { id: uri, kind: 'file', label: path.split(sep).at(-1) ?? path, uri, tags: [], children: tests.map(testNode) };
      folderOf(dirname(path)).push(file);
    }
    sortFoldersFirst(top);
    top.forEach(gatherTags);
    return top;
  }
}

function testNode(test: TestItem): TreeNode {
  const row = (r: TestItem['rows'][number]): TreeNode => ({ id: r.id, kind: 'row', label: r.label, uri: test.uri, range: test.range, tags: test.tags, children: [] });
  return { id: test.id, kind: 'test', label: test.name, uri: test.uri, range: test.range, tags: test.tags, children: test.rows.map(row) };
}

/** Folders before files, each by name; tests keep their order in the file. */
function sortFoldersFirst(nodes: TreeNode[]): void {
  nodes.sort((a, b) => Number(a.kind !== 'folder') - Number(b.kind !== 'folder') || a.label.localeCompare(b.label));
  for (const node of nodes) if (node.kind === 'folder') sortFoldersFirst(node.children);
}

/** Gives folders and files the tags of the tests in them, so a tag's run profile can run them. */
function gatherTags(node: TreeNode): string[] {
  if (node.kind === 'folder' || node.kind === 'file') node.tags = [...new Set(node.children.flatMap(gatherTags))].sort();
  return node.tags;
}

/** Every node of the tree by id. */
export function nodesById(roots: readonly TreeNode[]): Map<string, TreeNode> {
  const byId = new Map<string, TreeNode>();
  const walk = (node: TreeNode): void => {
    byId.set(node.id, node);
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return byId;
}
