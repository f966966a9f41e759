/**
 * What a Test Explorer request runs: from the nodes it includes and excludes (and a tag, for a
 * tag-filtered profile) to the parameters of `assay/runTests` and the tests to show as queued. Whole
 * files and folders run by path; anything finer runs by test id. No `vscode` here.
 */
import type { RunTests } from '../../../server/src/lsp/protocol';
import type { TreeNode } from './test-tree';

export interface Selection {
  /** What to ask the server for: paths, or test and row ids. */
  target: Pick<RunTests.Params, 'uris' | 'testIds'>;
  /** The test and row ids to mark as queued (a test with rows: its rows). */
  queued: string[];
}

/**
 * The run for `include` (all of `roots` when undefined) minus `exclude`, keeping only tests with `tag`
 * when given. Undefined when nothing is left to run.
 */
export function selectTests(roots: readonly TreeNode[], include: readonly TreeNode[] | undefined, exclude: readonly TreeNode[] = [], tag?: string): Selection | undefined {
  const excluded = new Set(exclude.map((n) => n.id));
  const starts = (include ?? roots).filter((n) => !excluded.has(n.id));
  const testIds: string[] = [];
  const queued: string[] = [];
  let whole = tag === undefined;
  const visit = (node: TreeNode): void => {
    if (excluded.has(node.id)) {
      whole = false;
      return;
    }
    if (node.kind === 'folder' || node.kind === 'file') {
      node.children.forEach(visit);
      return;
    }
    if (tag !== undefined && !node.tags.includes(tag)) return;
    const rows = node.children.filter((row) => !excluded.has(row.id));
    if (rows.length < node.children.length) whole = false;
    if (node.kind === 'row' || rows.length === node.children.length) testIds.push(node.id);
    else testIds.push(...rows.map((r) => r.id));
    queued.push(...(rows.length > 0 ? rows.map((r) => r.id) : [node.id]));
  };
  starts.forEach(visit);
  if (queued.length === 0) return undefined;
  const byPath = whole && starts.every((n) => n.kind === 'folder' || n.kind === 'file');
  if (!byPath) return { target: { testIds }, queued };
  return { target: include === undefined ? {} : { uris: starts.map((n) => n.uri) }, queued };
}

/** The distinct tags of the tests in the tree, sorted. */
export function tagsOf(roots: readonly TreeNode[]): string[] {
  const tags = new Set<string>();
  const walk = (node: TreeNode): void => {
    node.tags.forEach((t) => tags.add(t));
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return [...tags].sort();
}

/**
 * The nodes of a continuous run to run again after `fileUri` was saved: of the run's nodes (all when
 * undefined), those in that file or a folder around it.
 */
export function affectedBy(fileUri: string, roots: readonly TreeNode[], include: readonly TreeNode[] | undefined): TreeNode[] {
  if (include === undefined) return findFile(fileUri, roots);
  return include.filter((n) => n.uri === fileUri || (n.kind === 'folder' && fileUri.startsWith(`${n.uri}/`)));
}

function findFile(fileUri: string, nodes: readonly TreeNode[]): TreeNode[] {
  for (const node of nodes) {
    if (node.kind === 'file' && node.uri === fileUri) return [node];
    if (node.kind === 'folder') {
      const found = findFile(fileUri, node.children);
      if (found.length > 0) return found;
    }
  }
  return [];
}
