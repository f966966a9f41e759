/**
 * The tests of the workspace for the editor's test explorer: answers `assay/listTests` from the index
 * of every `.assay` file, and sends `assay/testsChanged` for the files whose tests changed after edits,
 * saves and file events (debounced, so a burst of keystrokes sends one notification).
 */
import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver';
import type { Feature } from '../feature';
import { ListTests, TestsChanged, type TestItem } from '../protocol';
import { pathOf, uriOf, type Workspace } from '../workspace';
import { notify, unguarded } from './notify';
import { testItems } from './test-items';

/** How long after the last change of a file its tests are compared and sent: longer than the gap between keystrokes, so that typing in a large file is not held up by listing its tests. */
const DEBOUNCE_MS = 400;

/**
 * A digest of a file's test list: what is kept to compare with the next list, rather than the list as
 * JSON (megabytes for a large file, kept for as long as the file is).
 */
function digestOf(tests: TestItem[]): string {
  return createHash('sha1').update(JSON.stringify(tests)).digest('base64');
}

const NO_TESTS = digestOf([]);

/** What the client was last told about each file's tests (a digest), and the files changed since. */
class TestTracker {
  private readonly told = new Map<string, string>();
  private readonly pending = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  /** The tests of the given files, or of every file that has tests. */
  list(params: ListTests.Params | undefined): ListTests.Result {
    const explicit = params?.uris !== undefined;
    const paths = params?.uris?.map(pathOf) ?? this.workspace.filePaths();
    const files = paths.map((path) => ({ uri: this.workspace.file(path)?.uri ?? uriOf(path), tests: this.testsOf(path) }));
    return { files: explicit ? files : files.filter((f) => f.tests.length > 0) };
  }

  changed(path: string): void {
    this.pending.add(path);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    unguarded(this.connection, 'updating the tests', () => {
      const files: TestsChanged.Params['files'] = [];
      for (const path of this.pending) {
        const before = this.told.get(path) ?? NO_TESTS;
        const tests = this.testsOf(path);
        if (this.told.get(path) !== before) files.push({ uri: this.workspace.file(path)?.uri ?? uriOf(path), tests });
      }
      this.pending.clear();
      if (files.length > 0) notify(this.connection, TestsChanged.method, { files } satisfies TestsChanged.Params);
    });
  }

  /** The tests of the file at `path` (none when it is gone), remembered as told. */
  private testsOf(path: string): TestItem[] {
    const file = this.workspace.file(path);
    const tests = file ? testItems(file) : [];
    this.told.set(path, digestOf(tests));
    return tests;
  }
}

export const testsFeature: Feature = {
  capabilities: {},
  register({ connection, workspace }) {
    const tracker = new TestTracker(connection, workspace);
    workspace.onDidChangeFile((path) => tracker.changed(path));
    connection.onRequest(ListTests.method, (params: ListTests.Params | undefined) => tracker.list(params));
  },
};
