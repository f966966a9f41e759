/**
 * What the generators produce before it is written out: files of tests made of request steps, close
 * to the text they become (see render.ts). Values are already Assay text (`"Rex"`, `{{petId}}`).
 */

/** One request with what belongs to it, in the formatter's order. */
export interface GeneratedStep {
  method: string;
  /** The URL as written: `{{baseUrl}}/pets/{{petId}}`. */
  url: string;
  headers: { name: string; value: string }[];
  /** `name = value` lines of a `query { }` block; `value` is an Assay literal. */
  query: { name: string; value: string }[];
  /** A whole `auth ...` statement. */
  auth?: string;
  /** The body statement's lines (`json {`, `  "a": 1`, `}`), indented relative to the statement. */
  body?: string[];
  /** `variables ...` lines of a GraphQL body, relative like `body`. */
  variables?: string[];
  /** Whole option statements: `redirects off`. */
  options: string[];
  /** Whole `expect ...` and `capture ...` statements, in order. */
  checks: string[];
}

export interface GeneratedTest {
  /**
   * What the test covers, stable across runs: an operation id (`listPets`), `GET /pets/{id}` without an
   * id, `query.pet` for GraphQL, with a suffix for extra tests (`createPet:missing-name`). Written in
   * the test's `@generated` marker; regeneration matches tests by it.
   */
  key: string;
  name: string;
  /** Comment lines above the test (without `# `). */
  doc: string[];
  tags: string[];
  /** Inline rows (`{ example: 1, body: {...} }`) of a parameterized test. */
  rows?: string[];
  steps: GeneratedStep[];
}

export interface GeneratedVar {
  name: string;
  /** An Assay value: `env("BASE_URL", "http://localhost")`. */
  value: string;
  secret: boolean;
}

export interface GeneratedFile {
  /** File name relative to the output folder: `pets.assay`. */
  path: string;
  /** Comment lines at the top of the file (without `# `). */
  header: string[];
  /** Whole `use ...` lines. */
  uses: string[];
  vars: GeneratedVar[];
  tests: GeneratedTest[];
}

/** A suite: its files and what the generator could not do well (one line each). */
export interface GeneratedSuite {
  files: GeneratedFile[];
  notes: string[];
}
