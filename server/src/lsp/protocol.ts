/**
 * The custom messages between the Assay language server and its clients (the VS Code extension imports
 * this file). Standard LSP covers the rest.
 */

/** A test as the editor lists it: a file's test, with its parameter rows as children. */
export interface TestItem {
  /** Stable id: `file#name`, the runner's test id without the row. */
  id: string;
  uri: string;
  name: string;
  /** 0-based line/character range of the whole test block. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  tags: string[];
  skipped: boolean;
  /** Inline rows of a parameterized test, each its own runnable child (`id[index]`). */
  rows: Array<{ id: string; label: string }>;
  /** True when the test comes from a data file whose rows are known only at run time. */
  rowsFromFile: boolean;
}

/** `assay/listTests`: every test of the workspace, or of the given files. */
export namespace ListTests {
  export const method = 'assay/listTests';
  export interface Params {
    uris?: string[];
  }
  export interface Result {
    files: Array<{ uri: string; tests: TestItem[] }>;
  }
}

/** `assay/testsChanged`: the tests of these files changed (after an edit, a save, a file created or deleted). */
export namespace TestsChanged {
  export const method = 'assay/testsChanged';
  export interface Params {
    files: Array<{ uri: string; tests: TestItem[] }>;
  }
}
