/**
 * The data of completion: what a provider receives (the context at the cursor and the sources it may
 * read) and what it gives (editor-agnostic items with the span they replace). No editor types here; the
 * language server converts items to LSP.
 */
import type { Span } from '../ast';
import type { LoadedSchema } from '../schema';
import type { FileModel } from '../semantic/file-model';

/** What an item stands for; the editor picks an icon from it. */
export type CompletionKind =
  | 'keyword'
  | 'method'
  | 'header'
  | 'value'
  | 'variable'
  | 'component'
  | 'parameter'
  | 'operator'
  | 'type'
  | 'property'
  | 'file'
  | 'folder'
  | 'snippet'
  | 'decorator';

/** One completion proposal. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label: a type, a signature, where a variable comes from. */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** The text that replaces `span`; a snippet with `$1` tab stops when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The document range the item replaces: the word being typed (empty when nothing is typed yet). */
  span: Span;
  /** Orders items within the list (the editor sorts by it, then by label). */
  sortText?: string;
  /** What the editor matches the typed word against, when it differs from the label. */
  filterText?: string;
  /** Ask for completion again after inserting (a folder: its entries come next). */
  retrigger?: boolean;
}

/** A file or folder in a directory, for path completion. */
export interface DirEntry {
  name: string;
  directory: boolean;
}

/** The last JSON response seen for a step of a test (see `ResponseMemory`). */
export interface ResponseLookup {
  /** The parsed JSON body of the last response of step `step` (0-based) of the block `blockId`, if any. */
  lastResponse(blockId: string, step: number): unknown;
}

/** What completion may read besides the text. Every source is optional; without one, its items are left out. */
export interface CompletionSources {
  /** The absolute path of the document: file paths are relative to it, responses are keyed by it. */
  path?: string;
  /** The semantic model around the cursor (see `itemModelAt`): variables, components, scopes. */
  model?: FileModel;
  /** The entries of a directory (absolute path), or undefined when it cannot be read. */
  listFiles?: (dir: string) => readonly DirEntry[] | undefined;
  /** Responses of earlier runs, for JSONPath segments. */
  responses?: ResponseLookup;
  /** The schemas the file binds with `use openapi|graphql`, loaded: paths, bodies, GraphQL fields. */
  schemas?: readonly LoadedSchema[];
  /**
   * Where the top-level chunk around the cursor starts, when the caller knows it (an open document's
   * chunk table, see `AssayDocument.chunkStartAt`); otherwise the text is scanned from its start.
   */
  chunkStart?: (offset: number) => number;
}

/**
 * How the text right before the cursor reads: a plain `word`, an `operator` (`==`), an unclosed
 * `string` (from its quote), an unclosed `interp` (`{{` ...), a `jsonpath` (`$...`), a
 * `headerValue` (everything after `Name: `), or a request line's `url` past its start (`{{base}}/pe`).
 */
export type TokenKind = 'word' | 'operator' | 'string' | 'interp' | 'jsonpath' | 'headerValue' | 'url';

/** The token being typed: from `start` to the cursor, and `end` past the rest of the word after the cursor. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text from `start` to the cursor. */
  text: string;
}

/** Where the cursor is, as providers see it. */
export interface CompletionContext {
  text: string;
  offset: number;
  token: Token;
  /**
   * What the grammar accepts where the token starts: rule descriptions (`an HTTP method`, `a name`,
   * `a type: ...`) and literal strings (`expect`, `==`, `}`). Empty when nothing fits there.
   */
  expected: ReadonlySet<string>;
  /** The text of the top-level chunk from its start up to the token. */
  before: string;
  sources: CompletionSources;
}

/** One completion context: answers with its items when the context is its own, else with none. */
export interface CompletionProvider {
  provide(ctx: CompletionContext): CompletionItem[];
}

/**
 * Completion in a region written in another language (a JSON body, a GraphQL document), which the
 * grammar's context does not see into: asked before the context is read; items, or none when the
 * cursor is not in its region (or it has nothing to offer there).
 */
export interface EmbeddedProvider {
  provide(text: string, offset: number, sources: CompletionSources): CompletionItem[];
}
