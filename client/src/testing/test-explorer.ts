/**
 * The Test Explorer's tree: a test controller (`assay`) whose items mirror the language server's test
 * lists — folders, files, tests, parameter rows — loaded with `assay/listTests` and kept current with
 * `assay/testsChanged` as files are edited, saved, created and deleted.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListTests, TestsChanged } from '../../../server/src/lsp/protocol';
import { nodesById, TestIndex, type TreeNode } from './test-tree';

export class TestExplorer implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('assay', 'Assay');
  private readonly index = new TestIndex();
  private tree: TreeNode[] = [];
  private nodes = new Map<string, TreeNode>();
  private readonly items = new Map<string, vscode.TestItem>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  private markLoaded?: () => void;
  private readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));
  /** Fires after the tree changed. */
  readonly onDidChangeTree = this.changed.event;

  constructor(private readonly client: LanguageClient) {
    this.controller.refreshHandler = () => this.load();
    this.subscriptions = [
      client.onNotification(TestsChanged.method, ({ files }: TestsChanged.Params) => {
        this.index.update(files);
        this.rebuild();
      }),
      this.changed,
    ];
  }

  /** Lists every test of the workspace again (at start and after the server restarted). */
  async load(): Promise<void> {
    try {
      const { files } = await this.client.sendRequest<ListTests.Result>(ListTests.method, {} satisfies ListTests.Params);
      this.index.clear();
      this.index.update(files);
      this.rebuild();
    } finally {
      this.markLoaded?.();
    }
  }

  /** Resolves once the tests were listed for the first time (or listing them failed). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  get roots(): readonly TreeNode[] {
    return this.tree;
  }

  node(id: string): TreeNode | undefined {
    return this.nodes.get(id);
  }

  item(id: string): vscode.TestItem | undefined {
    return this.items.get(id);
  }

  /** The test whose block holds `line` of the file `uri` (0-based). */
  testAt(uri: vscode.Uri, line: number): vscode.TestItem | undefined {
    const file = this.nodes.get(uri.toString());
    const test = file?.children.find((t) => t.range !== undefined && t.range.start.line <= line && line <= t.range.end.line);
    return test && this.items.get(test.id);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.controller.dispose();
  }

  private rebuild(): void {
    this.tree = this.index.tree(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    this.nodes = nodesById(this.tree);
    this.items.clear();
    this.mirror(this.controller.items, this.tree);
    this.changed.fire();
  }

  /** Makes `collection` hold exactly the items of `nodes`, reusing items by id so results stay. */
  private mirror(collection: vscode.TestItemCollection, nodes: readonly TreeNode[]): void {
    const items = nodes.map((node) => {
      const item = collection.get(node.id) ?? this.controller.createTestItem(node.id, node.label, vscode.Uri.parse(node.uri));
      item.label = node.label;
      item.range = node.range && new vscode.Range(node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character);
      item.tags = node.tags.map((tag) => new vscode.TestTag(tag));
      this.items.set(node.id, item);
      this.mirror(item.children, node.children);
      return item;
    });
    collection.replace(items);
  }
}
