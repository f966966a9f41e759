/**
 * Parse and check benchmark: generated suites of 100 KB, 1 MB and 10 MB. For each: a cold parse of
 * every block (fresh parser, empty cache) and a cold `AssayDocument` (parse and every check), then the
 * same one-character edits, measured three ways:
 * - editMs: through the document, up to the full diagnostics (parse errors and checks);
 * - scratchEditMs: the same edit re-parsed incrementally, its tree and errors read, then `checkFile`
 *   on the whole tree (the path without the document), split into scratchParseMs and scratchCheckMs;
 * - astReadMs: reading the document's tree after the edit (the lazy span moves applied);
 * - textMs: V8 flattening the edited text, timed apart (see `edits`).
 * Next to JSON.parse of a JSON document of the same size, measured in the same run (the reference:
 * ratios survive a noisy shared machine better than times).
 *
 * Run: npm run bench -- parse   (or: node --import tsx bench/parse.ts)
 */
import { AssayDocument, checkFile, DocumentParser, type WorkspaceHost } from '../server/src/core';
import { ModuleCache } from '../server/src/core/semantic/module-cache';
import { generateJson, generateSuite } from './lib/synthetic-suite';
import { median, reportTable, saveResults, type Row } from './lib/report';
import { tuneV8ForParsing } from '../server/src/core/runtime/v8-tuning';

// The V8 settings the CLI and the language server start with (see v8-tuning.ts).
tuneV8ForParsing();

const SIZES = [100_000, 1_000_000, 10_000_000];
const EDITS = 15;
const PATH = '/bench/suite.assay';

/** The file the generated suite imports, served from memory. */
const AUTH = `vars {
  adminUser = "admin"
}

component authenticate(user) {
  POST {{baseUrl}}/auth
  json { "user": "{{user}}" }
  capture authToken = $.token
}
`;
const host: WorkspaceHost = {
  root: '/bench',
  readFile: (path) => (path === '/bench/auth.assay' ? AUTH : undefined),
  exists: (path) => path === '/bench/auth.assay',
};

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The one-character edits of a run, each with the text after it and the time V8 took to make that text
 * one flat string; the same sequence on every call. Flattening happens on the first read of a joined
 * string, whoever reads it: it is timed apart, so that both paths start from a flat text.
 */
function* edits(text: string): Generator<{ next: string; edit: { start: number; oldEnd: number; newEnd: number }; flattenMs: number }> {
  let current = text;
  for (let i = 0; i < EDITS; i++) {
    const at = current.indexOf('"pet-', Math.floor(((i + 0.5) / EDITS) * current.length)) + 2;
    const next = current.slice(0, at) + 'x' + current.slice(at);
    const flattenMs = time(() => next.charCodeAt(at));
    yield { next, edit: { start: at, oldEnd: at, newEnd: at + 1 }, flattenMs };
    current = next;
  }
}

const rows: Row[] = [];
for (const size of SIZES) {
  const text = generateSuite(size);
  const json = generateJson(text.length);
  const jsonMs = median(Array.from({ length: 5 }, () => time(() => JSON.parse(json))));

  // The path without the document: a parser, and checkFile over the whole tree after each edit. It runs
  // first and is dropped before the document is made, so that neither pays for the other's heap.
  let parser: DocumentParser | undefined = new DocumentParser();
  const cache = new ModuleCache();
  const coldParseMs = time(() => parser?.update(text).errors.length);
  const scratchParseTimes: number[] = [];
  const scratchCheckTimes: number[] = [];
  const scratchCounts: number[] = [];
  const flattenTimes: number[] = [];
  for (const { next, edit, flattenMs } of edits(text)) {
    flattenTimes.push(flattenMs);
    let parsed: ReturnType<DocumentParser['update']> | undefined;
    scratchParseTimes.push(
      time(() => {
        parsed = parser?.update(next, edit);
        void parsed?.ast;
      }),
    );
    scratchCheckTimes.push(time(() => scratchCounts.push((parsed?.errors.length ?? 0) + checkFile({ path: PATH, ast: parsed!.ast }, host, { cache }).length)));
  }
  parser = undefined;

  const doc = new AssayDocument(PATH, host);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const coldCheckMs = time(() => doc.update(text).diagnostics.length);
  global.gc?.();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const editTimes: number[] = [];
  const astTimes: number[] = [];
  let k = 0;
  for (const { next, edit } of edits(text)) {
    let state: ReturnType<AssayDocument['update']> | undefined;
    editTimes.push(time(() => (state = doc.update(next, edit))));
    if (state?.diagnostics.length !== scratchCounts[k]) throw new Error(`edit ${k}: the document gave ${state?.diagnostics.length} diagnostics, a fresh check ${scratchCounts[k]}`);
    astTimes.push(time(() => state?.ast.items.length));
    k++;
  }

  const editMs = median(editTimes);
  rows.push({
    size: `${(text.length / 1e6).toFixed(1)} MB`,
    jsonParseMs: jsonMs,
    coldParseMs,
    coldVsJson: coldParseMs / jsonMs,
    coldCheckMs,
    editMs,
    editVsJson: editMs / jsonMs,
    textMs: median(flattenTimes),
    scratchEditMs: median(scratchParseTimes.map((t, i) => t + scratchCheckTimes[i])),
    scratchParseMs: median(scratchParseTimes),
    scratchCheckMs: median(scratchCheckTimes),
    astReadMs: median(astTimes),
    retainedMb,
  });
}

reportTable('parse', rows, [
  'Targets: edit in 1 MB < 20 ms, edit in 10 MB < 60 ms, cold parse of 1 MB < 1000 ms.',
  'editMs: one-character edit to full diagnostics through AssayDocument. scratchEditMs: the same edit',
  're-parsed, its tree read, and checkFile on the whole tree. coldCheckMs: a new document (parse and every check).',
  'textMs: V8 making the edited text one flat string (paid once per edit by whoever reads it first; not in the others).',
  'retainedMb: what the document keeps (parser and check results). The 0.1 MB row runs first and includes JIT warm-up.',
]);
saveResults('parse', rows);
