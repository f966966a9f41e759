/**
 * Schema loading benchmark: each spec of the shared corpus (OpenAPI and GraphQL) and the samples'
 * loaded and indexed cold — a fresh `SchemaRegistry` each time, nothing cached — as `assay check`, a
 * run or the language server load a bound schema. Reports the median load time of RUNS, the time of
 * the first go to definition (positions are computed on first use), the heap one more loaded copy of
 * the schema holds (see `measureHeap`) against its size on disk, and whether
 * the targets are met: the ~2.6 MB / ~2,900-file DigitalOcean spec under 2 s, any single-file spec
 * under 2 MB under 1 s, memory under 10x the size on disk. The first spec is loaded once before
 * timing, so the numbers are for a process that has its modules loaded and compiled (like a
 * language server), not for the first load of a fresh process, which the `first` column shows for
 * each spec as measured in the process's first round.
 *
 * Completion timings on bound files are in bench/schema-completion.ts.
 *
 * The heap is measured in a child process per spec (this script with `--heap FILE`), where nothing
 * but the loaded copies of the schema can be held or freed between the two readings.
 *
 * Run: npm run bench -- schema   (or: node --expose-gc --import tsx bench/schema.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import type { WorkspaceHost } from '../server/src/core';
import { SchemaRegistry, type LoadedSchema } from '../server/src/core/schema';
import { diskHost } from '../server/src/cli/fs-host';
import { median, reportTable, saveResults, type Row } from './lib/report';

const CORPUS = join(__dirname, '..', 'server', 'test', 'corpus');
const SAMPLES = join(__dirname, '..', 'samples');
const RUNS = 3;
/** How many copies of a spec the heap measure loads before measuring, and how many it measures (see `measureHeap`). */
const SETTLE = 4;
/**
 * Copies measured: enough to add about 1 MB (at most 1000), so that what the process adds or frees
 * at random (layout tables, compiled code, map growth: ±150 KB) is a small share of each copy's part.
 */
const copiesOf = (file: string): number => Math.min(1000, Math.max(2, Math.ceil(1_000_000 / statSync(file).size)));
/** Child processes per spec for the heap measure; the median is reported. */
const HEAP_RUNS = 3;
const MULTI_FILE_TARGET_MS = 2000;
const SINGLE_FILE_TARGET_MS = 1000;
const SINGLE_FILE_LIMIT_BYTES = 2 * 1024 * 1024;
const MEMORY_TARGET_RATIO = 10;
/** Specs of each kind and format loaded before the measured ones (see `measureHeap`). */
const WARM_UP = [
  join(CORPUS, 'openapi', 'oai-petstore-3.0.yaml'),
  join(CORPUS, 'openapi', 'swagger-petstore-2.0.json'),
  join(CORPUS, 'openapi', 'oai-petstore-separate-2.0', 'spec', 'swagger.json'),
  join(CORPUS, 'openapi', 'oai-webhook-example-3.1.yaml'),
  join(SAMPLES, 'schema.graphql'),
];

const gc = (globalThis as { gc?: () => void }).gc;
/** The schemas loaded in a `--heap` child, held until it measures. */
const held: LoadedSchema[] = [];

function specs(): string[] {
  const openapi = join(CORPUS, 'openapi');
  const graphql = join(CORPUS, 'graphql');
  return [
    join(SAMPLES, 'openapi.yaml'),
    ...readdirSync(openapi).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => join(openapi, f)),
    join(openapi, 'oai-petstore-separate-2.0', 'spec', 'swagger.json'),
    join(openapi, 'digitalocean', 'specification', 'DigitalOcean-public.v2.yaml'),
    join(SAMPLES, 'schema.graphql'),
    ...readdirSync(graphql).map((f) => join(graphql, f)),
  ];
}

/** A disk host that reads afresh every time (the CLI's caches per command; a fresh one per load). */
function freshHost(): WorkspaceHost {
  return diskHost(CORPUS);
}

async function loadCold(file: string): Promise<{ ms: number; schema: LoadedSchema }> {
  const registry = new SchemaRegistry(freshHost());
  const started = performance.now();
  const schema = await registry.load(file);
  return { ms: performance.now() - started, schema };
}

/**
 * The heap's objects after a full GC. Compiled code is left out: it belongs to the process, and V8
 * compiles or drops it on its own schedule, which would add tens of KB of noise to a small spec.
 */
function heapUsed(): number {
  gc?.();
  gc?.();
  return getHeapSpaceStatistics()
    .filter((space) => !space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
}

function filesOf(schema: LoadedSchema): string[] {
  return schema.kind === 'openapi' ? schema.files : [schema.file];
}

async function main(): Promise<void> {
  if (!gc) console.warn('Run with --expose-gc for memory numbers (npm run bench does).');
  const all = specs();
  const first = new Map<string, number>();
  for (const file of all) first.set(file, (await loadCold(file)).ms);
  const rows: Row[] = [];
  const misses: string[] = [];
  for (const file of all) {
    const times: number[] = [];
    let schema: LoadedSchema | undefined;
    for (let i = 0; i < RUNS; i++) {
      const loaded = await loadCold(file);
      times.push(loaded.ms);
      schema = loaded.schema;
    }
    if (!schema) continue;
    const heapHeld = heapOf(file);
    const bytes = filesOf(schema).reduce((sum, f) => sum + statSync(f).size, 0);
    let definitionMs: number | string = '-';
    if (schema.kind === 'openapi' && schema.operations.length > 0) {
      const started = performance.now();
      void schema.operations[0].source;
      definitionMs = performance.now() - started;
    }
    const ms = median(times);
    const multiFile = filesOf(schema).length > 1;
    const target = multiFile ? MULTI_FILE_TARGET_MS : bytes < SINGLE_FILE_LIMIT_BYTES ? SINGLE_FILE_TARGET_MS : Infinity;
    const ratio = heapHeld / bytes;
    const name = file.startsWith(CORPUS) ? file.slice(CORPUS.length + 1) : `samples/${file.slice(SAMPLES.length + 1)}`;
    const met = ms < target && ratio < MEMORY_TARGET_RATIO;
    if (!met) misses.push(name);
    rows.push({
      spec: name.replace(/\/specification\/.*$/, '/…'),
      kind: schema.kind === 'openapi' ? `openapi ${schema.version}` : schema.kind,
      files: filesOf(schema).length,
      'size KB': bytes / 1024,
      'operations / types': schema.kind === 'openapi' ? schema.operations.length : schema.kind === 'graphql' ? Object.keys(schema.schema.getTypeMap()).length : 0,
      'first ms': first.get(file) ?? 0,
      'load ms (median)': ms,
      'first definition ms': definitionMs,
      'heap MB': heapHeld / 1024 / 1024,
      'heap / size': ratio,
      target: met ? 'met' : 'MISSED',
    });
    if (schema.kind === 'broken') throw new Error(`${file} did not load: ${schema.message}`);
  }
  reportTable('Schema loading', rows, [
    `Load: a fresh registry and disk host per load, median of ${RUNS} after one untimed round (\`first ms\` is that round).`,
    `Heap: what one more loaded copy holds (after ${SETTLE} copies, the heap's objects after GC with 2-1000 more held (about 1 MB), minus before, divided by their number; median of ${HEAP_RUNS} processes); size: the bytes of every file read.`,
    `Targets: multi-file < ${MULTI_FILE_TARGET_MS} ms, single file under 2 MB < ${SINGLE_FILE_TARGET_MS} ms, heap < ${MEMORY_TARGET_RATIO}x size. ${misses.length === 0 ? 'All met.' : `Missed: ${misses.join(', ')}.`}`,
  ]);
  saveResults('schema', rows);
}

/** The heap one more loaded copy of `file` holds: the median of HEAP_RUNS child processes. */
function heapOf(file: string): number {
  const readings: number[] = [];
  for (let i = 0; i < HEAP_RUNS; i++) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--heap', file], { encoding: 'utf8' });
    const bytes = Number(child.stdout.trim().split('\n').pop());
    if (child.status !== 0 || !Number.isFinite(bytes)) throw new Error(`measuring the heap of ${file} failed: ${child.stderr}`);
    readings.push(bytes);
  }
  return median(readings);
}

/**
 * In a `--heap` child: the heap one more loaded copy of `file` holds, in one registry as an editor or a
 * run keeps every schema of a workspace. Small specs of each kind and format are loaded first, then
 * SETTLE copies of `file`, so that the code its load runs is compiled and V8's tables of object layouts
 * and the registry's maps have grown for it (costs of the process, not of one more spec). Then more
 * copies (2 to 1000: about 1 MB of spec files) are loaded and held, each under its own path (`/copy-N/...`,
 * read from the real file), and the heap they add is divided among them: one copy alone would be lost
 * in what compiling and layout tables add or free (±150 KB between runs).
 */
async function measureHeap(file: string): Promise<void> {
  const registry = new SchemaRegistry(copiesHost());
  const keep = async (path: string): Promise<void> => void held.push(await registry.load(path));
  for (const warm of WARM_UP) await keep(warm);
  for (let i = 1; i <= SETTLE; i++) await keep(`/copy-${i}${file}`);
  const copies = copiesOf(file);
  const before = heapUsed();
  for (let i = SETTLE + 1; i <= SETTLE + copies; i++) await keep(`/copy-${i}${file}`);
  console.log((heapUsed() - before) / copies);
}

/**
 * The disk seen through `/copy-N/` folders: every file under as many paths as copies are wanted. Each
 * path's text is read and cached on its own, as a disk host does, so every copy holds its own text.
 */
function copiesHost(): WorkspaceHost {
  const texts = new Map<string, string | undefined>();
  const real = (path: string): string => path.replace(/^\/copy-\d+(?=\/)/, '');
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(real(path), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    root: '/',
    readFile(path) {
      if (!texts.has(path)) texts.set(path, read(path));
      return texts.get(path);
    },
    exists: (path) => existsSync(real(path)),
  };
}

const heapArg = process.argv.indexOf('--heap');
void (heapArg >= 0 ? measureHeap(process.argv[heapArg + 1]) : main());
