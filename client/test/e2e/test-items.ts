// Reading the Assay test tree: every item under the controller, the item of one file, a test by label.
import * as vscode from 'vscode';

/** Every item of the tree, parents before children. */
export function allItems(controller: vscode.TestController): vscode.TestItem[] {
  const items: vscode.TestItem[] = [];
  const visit = (collection: vscode.TestItemCollection) =>
    collection.forEach((item) => {
      items.push(item);
      visit(item.children);
    });
  visit(controller.items);
  return items;
}

/** The item that stands for a whole file (the shallowest item with that file's URI), if listed yet. */
export function fileItem(controller: vscode.TestController, uri: vscode.Uri): vscode.TestItem | undefined {
  const depth = (item: vscode.TestItem) => {
    let d = 0;
    for (let parent = item.parent; parent; parent = parent.parent) d += 1;
    return d;
  };
  return allItems(controller)
    .filter((item) => item.uri?.toString() === uri.toString())
    .sort((a, b) => depth(a) - depth(b))[0];
}

/** The direct children of an item, in line order. */
export function childrenOf(item: vscode.TestItem): vscode.TestItem[] {
  const children: vscode.TestItem[] = [];
  item.children.forEach((child) => children.push(child));
  return children.sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0));
}

/**
 * Test names and the 0-based lines their blocks start on (at their decorators, if any), read from a
 * file's text: what the tree should list for it.
 */
export function testsInText(text: string): { name: string; line: number }[] {
  const lines = text.split('\n');
  const tests: { name: string; line: number }[] = [];
  lines.forEach((line, index) => {
    const match = /^test "([^"]*)"/.exec(line);
    if (!match) return;
    let start = index;
    while (start > 0 && lines[start - 1]?.startsWith('@')) start -= 1;
    tests.push({ name: match[1] ?? '', line: start });
  });
  return tests;
}

/** Asks the controller to resolve the whole tree when it lists items lazily. */
export async function resolveAll(controller: vscode.TestController): Promise<void> {
  if (!controller.resolveHandler) return;
  await controller.resolveHandler(undefined);
  for (const item of allItems(controller)) {
    if (item.canResolveChildren) await controller.resolveHandler(item);
  }
}
