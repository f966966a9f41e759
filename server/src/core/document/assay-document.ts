/**
 * An open Assay document for an editor: the text goes in after each edit; the syntax tree and every
 * diagnostic (parse errors and checks) come out, the same as a fresh `parse` plus `checkFile` would
 * give, at a cost that follows the edit rather than the file.
 *
 * Pipeline of `update`:
 * 1. Parsed: `DocumentParser` re-parses the touched chunks and says which range of chunks it replaced;
 *    the others keep their item objects, and their spans lag behind the text until something reads them.
 *    The document splices its per-chunk records the same way.
 * 2. Linked: the file-level context (imports, vars, components, setup) is built from the few items that
 *    make it. When its signature changed, every record is dropped and everything below runs on all items.
 * 3. Analyzed: the new items get their part of the semantic model; `definedAnywhere` (the names defined
 *    anywhere in the file) is updated for the names that the replaced and the new items offer.
 * 4. Checked: item-scope checks run on the new items, and on kept items that looked up a name whose
 *    answer changed. File-scope checks run over the heads of all items only when the replaced items'
 *    heads changed; otherwise the new items take over the old items' reports.
 * 5. Assembled: each record's diagnostics are moved by how far its chunk moved since it was checked.
 *
 * Per edit, the passes over all chunks read only dense arrays (numbers, flags, pointers), never an
 * item: on a 10 MB file a pass that touches every item costs tens of milliseconds in memory misses.
 */
import type { AssayFile, TopItem, UseDecl } from '../ast';
import { byPosition, checkFileLevel, ItemChecker, moveDiagnostic } from '../checks/by-item';
import type { Check } from '../checks/check';
import type { Diagnostic } from '../diagnostics';
import { FileContext, type ItemParts } from '../semantic/file-context';
import { ModuleCache } from '../semantic/module-cache';
import type { FileModel } from '../semantic/file-model';
import type { Definition } from '../semantic/symbols';
import type { ParsedChunk } from '../syntax/chunk-parser';
import { DocumentParser, type ChunkChange, type ParseResult, type TextEdit, type TextSource } from '../syntax/document-parser';
import { replaceRange } from '../syntax/replace-range';
import type { WorkspaceHost } from '../workspace/host';
import { headKey } from './head-key';
import { RecordingMap, type Lookups } from './lookups';

/** What a document gives after an update; valid until the next one. */
export interface DocumentState {
  /** The syntax tree with exact spans, built when first read; a first read after the next update throws. */
  readonly ast: AssayFile;
  /** Parse errors and check results, sorted by position. Treat them as read-only. */
  readonly diagnostics: Diagnostic[];
}

/** Options of an `AssayDocument`. */
export interface AssayDocumentOptions {
  /** Parsed imports and data files, shared with other documents; by default the document keeps its own. */
  cache?: ModuleCache;
  /** The checks to run; all of them by default. */
  checks?: readonly Check[];
  /**
   * A parser that already parsed a version of this file (say, from the disk): the first update reuses
   * its chunks where their text is unchanged. The document takes it over; nothing else may use it.
   */
  parser?: DocumentParser;
}

/** The cached analysis and check results of one top-level item. */
interface ItemRecord {
  item: TopItem;
  /** The definitions the item offers to `definedAnywhere`. */
  offered: readonly Definition[];
  /** Its item-scope check results, exact when its chunk started at `start`. */
  diagnostics: Diagnostic[];
  start: number;
  /** What its checks read from `definedAnywhere`. */
  lookups?: Lookups;
  /** What file-scope checks read of it (see `headKey`). */
  head: string;
  /** The file-scope reports made while visiting it, exact when its chunk started at `fileStart`. */
  fileDiagnostics: readonly Diagnostic[];
  fileStart: number;
}

/** The records that an update replaced: all of them, and those whose item is gone. */
interface Replaced {
  records: readonly (ItemRecord | undefined)[];
  gone: readonly ItemRecord[];
}

const NONE: readonly never[] = [];
/** Above this many names to look up again, `definedAnywhere` is rebuilt instead. */
const MAX_NAME_LOOKUPS = 64;

/** A document kept open in an editor; see the module comment for what `update` does. */
export class AssayDocument {
  private readonly parser: DocumentParser;
  private readonly cache: ModuleCache;
  private readonly ownCache: boolean;
  private readonly checks?: readonly Check[];
  private readonly checker: ItemChecker;
  private parsed: ParseResult;
  private length = 0;
  private signature?: string;
  // Per chunk of the parser's table, in step with it: dense, so that a pass over them reads no item.
  /** The record of the chunk's item; undefined for comment-only chunks. */
  private records: (ItemRecord | undefined)[] = [];
  /** Whether the chunk's item is a context item (see `FileContext.isContextItem`). */
  private contextual: boolean[] = [];
  /** How many check results the chunk's record holds. */
  private counts: number[] = [];
  /** The current `definedAnywhere`. */
  private defined = new Map<string, Definition>();
  /** How many records read all of `definedAnywhere`: those are checked again on every update. */
  private wholeLookups = 0;
  /** The file-level context of the last update, for `itemModelAt`. */
  private context?: FileContext;

  /** A document for the file at `path` (absolute), reading other files through `host`. */
  constructor(
    readonly path: string,
    private readonly host: WorkspaceHost,
    options: AssayDocumentOptions = {},
  ) {
    this.cache = options.cache ?? new ModuleCache();
    this.ownCache = options.cache === undefined;
    this.checks = options.checks;
    this.checker = new ItemChecker(path, host, options.checks);
    this.parser = options.parser ?? new DocumentParser();
    this.parsed = options.parser ? this.parser.result() : this.parser.update('');
  }

  /**
   * Takes the new text; with `edit` (what changed since the last update), re-does only what it touched,
   * reading the text only around the edit.
   */
  update(text: TextSource, edit?: TextEdit): DocumentState {
    this.parsed = this.parser.update(text, edit);
    this.length = text.length;
    return this.check(this.follow(this.parser.lastChange()), false);
  }

  /** Lends the parse of one chunk of the current text, spans counted from its start (see `DocumentParser.lendChunk`). */
  lendChunk<T>(start: number, text: string, use: (parsed: ParsedChunk) => T): T | undefined {
    return this.parser.lendChunk(start, text, use);
  }

  /**
   * The schema bindings of the current text (`use openapi|graphql "path"` items), read from the chunk
   * table: no text is joined and no tree is built, so it is cheap after every keystroke. Their spans may
   * lag behind the text (chunks are moved lazily): read their `schema` and `path.value`.
   */
  uses(): UseDecl[] {
    const uses: UseDecl[] = [];
    for (const item of this.parser.chunks().items) if (item?.kind === 'Use') uses.push(item);
    return uses;
  }

  /**
   * Where the top-level chunk that holds `offset` starts in the current text (the first chunk's start
   * when `offset` is before it), found in the chunk table instead of scanning the text from its start.
   */
  chunkStartAt(offset: number): number {
    const { starts } = this.parser.chunks();
    const i = this.chunkIndexAt(offset);
    return i < 0 ? Math.min(offset, starts[0] ?? offset) : starts[i];
  }

  /**
   * The semantic model of the top-level item around `offset` (what `itemModelAt` gives), built from the
   * last update's file-level context and that one item; undefined between items.
   */
  itemModelAt(offset: number): FileModel | undefined {
    const i = this.chunkIndexAt(offset);
    const table = this.parser.chunks();
    const item = i < 0 || !this.context ? undefined : table.items[i];
    if (!item) return undefined;
    this.parser.settle(i);
    if (offset < item.span.start || offset > item.span.end) return undefined;
    return this.context!.itemModel(this.context!.analyze(item), new Map());
  }

  /** The index of the last chunk that starts at or before `offset`; -1 before the first. */
  private chunkIndexAt(offset: number): number {
    const { starts } = this.parser.chunks();
    let lo = -1;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Checks every item again with the current text: call it when files this document reads changed
   * (imports, data or schema files). A shared cache must have been told first (`ModuleCache.invalidate`);
   * the document's own cache is cleared.
   */
  refresh(): DocumentState {
    if (this.ownCache) this.cache.clear();
    return this.check({ records: [], gone: [] }, true);
  }

  /** Splices the per-chunk arrays in place as the parser's last update spliced its table, keeping the records of items it kept. */
  private follow(change: ChunkChange): Replaced {
    const { at, removed, added } = change;
    const items = this.parser.chunks().items.slice(at, at + added);
    const records = this.records.slice(at, at + removed);
    const byItem = new Map<TopItem, ItemRecord>();
    for (const record of records) if (record) byItem.set(record.item, record);
    const kept = items.map((item) => {
      const record = item && byItem.get(item);
      if (record) byItem.delete(record.item);
      return record;
    });
    const gone = [...byItem.values()];
    for (const record of gone) if (record.lookups === 'all') this.wholeLookups--;
    replaceRange(this.records, at, removed, kept);
    replaceRange(
      this.contextual,
      at,
      removed,
      items.map((item) => item !== undefined && FileContext.isContextItem(item)),
    );
    replaceRange(
      this.counts,
      at,
      removed,
      kept.map((record) => (record ? record.diagnostics.length + record.fileDiagnostics.length : 0)),
    );
    return { records, gone };
  }

  private check(replaced: Replaced, force: boolean): DocumentState {
    const table = this.parser.chunks();
    const n = table.items.length;
    const change = this.parser.lastChange();

    // Linked.
    const contextItems: TopItem[] = [];
    for (let i = 0; i < n; i++) {
      if (!this.contextual[i]) continue;
      this.parser.settle(i);
      contextItems.push(table.items[i] as TopItem);
    }
    const context = new FileContext(this.path, contextItems, this.host, { cache: this.cache });
    this.context = context;
    const full = force || context.signature !== this.signature;
    if (full) {
      this.signature = context.signature;
      this.records = new Array<ItemRecord | undefined>(n).fill(undefined);
      this.counts = new Array<number>(n).fill(0);
      this.wholeLookups = 0;
    }

    // Analyzed: only the changed range can hold items without a record, unless everything was dropped.
    const fresh = new Map<number, ItemParts>();
    const [from, to] = full ? [0, n] : [change.at, change.at + change.added];
    for (let i = from; i < to; i++) {
      const item = table.items[i];
      if (!item || this.records[i]) continue;
      this.parser.settle(i);
      fresh.set(i, context.analyze(item));
    }
    const offeredAt = (i: number): readonly Definition[] => fresh.get(i)?.offered ?? this.records[i]?.offered ?? NONE;
    const changedNames = full ? undefined : this.updateDefined(context, n, offeredAt, replaced.gone, fresh);
    if (full) this.defined = context.definedAnywhere(n, offeredAt);

    // Checked: new items, and items whose lookups in `definedAnywhere` may now find something else.
    const recheck = [...fresh.keys()];
    if (changedNames && (changedNames.size > 0 || this.wholeLookups > 0)) {
      for (let i = 0; i < n; i++) {
        const lookups = this.records[i]?.lookups;
        if (lookups && (lookups === 'all' || [...lookups].some((name) => changedNames.has(name)))) recheck.push(i);
      }
    }
    const recorder = new RecordingMap(this.defined);
    for (const i of recheck) {
      this.parser.settle(i);
      const item = table.items[i] as TopItem;
      const start = table.starts[i];
      const parts = fresh.get(i) ?? context.analyze(item);
      const old = this.records[i];
      const record: ItemRecord = {
        item,
        offered: parts.offered,
        diagnostics: this.checker.check(context.itemModel(parts, recorder)),
        start,
        head: old?.head ?? headKey(item, start),
        fileDiagnostics: old?.fileDiagnostics ?? NONE,
        fileStart: old?.fileStart ?? start,
      };
      const lookups = recorder.take();
      if (lookups) record.lookups = lookups;
      if (old?.lookups === 'all') this.wholeLookups--;
      if (lookups === 'all') this.wholeLookups++;
      this.setRecord(i, record);
    }

    const fileLevel = this.checkFileLevel(context, replaced, full);
    return this.assemble(fileLevel);
  }

  /**
   * Brings `definedAnywhere` up to date after an edit that kept the file-level context, looking again
   * only at the names that the replaced and the new items offer. Returns the names whose answer changed.
   */
  private updateDefined(
    context: FileContext,
    n: number,
    offeredAt: (i: number) => readonly Definition[],
    gone: readonly ItemRecord[],
    fresh: ReadonlyMap<number, ItemParts>,
  ): Set<string> {
    const names = new Set<string>();
    for (const record of gone) for (const def of record.offered) names.add(def.name);
    for (const parts of fresh.values()) for (const def of parts.offered) names.add(def.name);
    const changed = new Set<string>();
    if (names.size > MAX_NAME_LOOKUPS) {
      const defined = context.definedAnywhere(n, offeredAt);
      for (const [name, def] of defined) if (this.defined.get(name)?.kind !== def.kind) changed.add(name);
      for (const name of this.defined.keys()) if (!defined.has(name)) changed.add(name);
      this.defined = defined;
      return changed;
    }
    for (const name of names) {
      const def = context.definitionOf(name, n, offeredAt);
      if (def?.kind !== this.defined.get(name)?.kind) changed.add(name);
      if (def) this.defined.set(name, def);
      else this.defined.delete(name);
    }
    return changed;
  }

  /**
   * Runs the file-scope checks. Their reports on items are re-computed only when the heads of the
   * replaced items changed (or everything is checked again); otherwise the new items take over the
   * reports of the items they replaced, which had the same heads. Returns the reports of `File` handlers.
   */
  private checkFileLevel(context: FileContext, replaced: Replaced, full: boolean): Diagnostic[] {
    const table = this.parser.chunks();
    const change = this.parser.lastChange();
    const before = replaced.records.filter((r): r is ItemRecord => r !== undefined);
    const afterAt: number[] = [];
    for (let i = change.at; i < change.at + change.added; i++) if (this.records[i]) afterAt.push(i);
    const sameHeads = !full && before.length === afterAt.length && before.every((r, k) => r.head === this.records[afterAt[k]]?.head);
    const indices: number[] = [];
    if (!sameHeads) for (let i = 0; i < table.items.length; i++) if (table.items[i]) indices.push(i);
    const items = indices.map((i) => table.items[i] as TopItem);
    const model = context.fileLevelModel({ kind: 'File', span: { start: 0, end: this.length }, items }, this.defined);
    const result = checkFileLevel({ path: this.path, items, model }, this.host, this.checks, (k) => table.lags[indices[k]]);
    if (sameHeads) {
      before.forEach((old, k) => {
        const record = this.records[afterAt[k]] as ItemRecord;
        if (record === old) return;
        record.fileDiagnostics = old.fileDiagnostics;
        record.fileStart = old.fileStart;
        this.setRecord(afterAt[k], record);
      });
      return result.file;
    }
    indices.forEach((i, k) => {
      const record = this.records[i] as ItemRecord;
      record.fileDiagnostics = result.byItem.get(k) ?? NONE;
      record.fileStart = table.starts[i];
      this.setRecord(i, record);
    });
    return result.file;
  }

  private setRecord(i: number, record: ItemRecord): void {
    this.records[i] = record;
    this.counts[i] = record.diagnostics.length + record.fileDiagnostics.length;
  }

  /** Parse errors and each record's results, moved to where their chunks are now, with `fileLevel`, sorted. */
  private assemble(fileLevel: readonly Diagnostic[]): DocumentState {
    const table = this.parser.chunks();
    const diagnostics: Diagnostic[] = [];
    const add = (list: readonly Diagnostic[], delta: number): void => {
      for (const d of list) diagnostics.push(delta === 0 ? d : moveDiagnostic(d, delta));
    };
    for (let i = 0; i < table.items.length; i++) {
      const errors = table.errors[i];
      if (errors) add(errors, table.lags[i]);
      if (this.counts[i] === 0) continue;
      const record = this.records[i] as ItemRecord;
      add(record.diagnostics, table.starts[i] - record.start);
      add(record.fileDiagnostics, table.starts[i] - record.fileStart);
    }
    add(fileLevel, 0);
    diagnostics.sort(byPosition);
    const parsed = this.parsed;
    return {
      get ast() {
        return parsed.ast;
      },
      diagnostics,
    };
  }
}
