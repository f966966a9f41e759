/**
 * V8 settings that the entry points (the CLI, the language server) apply at start-up, before they parse
 * or send anything; the core itself never changes process-wide settings. V8 reads both flags when it
 * needs them (at each collection, at each WebAssembly compilation), so setting them at start-up acts as
 * it does on the command line.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * For a process that parses Assay text. V8 "pretenures" allocation sites whose objects it has seen
 * survive young-generation collections: it then allocates their objects straight in the old generation.
 * While Assay files are parsed, the sites that make Ohm's match-tree nodes and lists end up pretenured,
 * although nearly all of those objects die within one block's match: they then become old-generation
 * garbage that only a full collection frees, and a warm parse spent 40% of its time in GC. With
 * pretenuring off, a warm parse of the runner benchmark's 146 KB suite took 80–116 ms instead of
 * 250–270 ms (same machine, alternating runs).
 */
export function tuneV8ForParsing(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/**
 * For a process that runs one command and exits (the CLI, not the language server). undici parses
 * HTTP with a WebAssembly module (llhttp). V8 compiles it with its baseline compiler (Liftoff), then
 * recompiles the functions that get hot with its optimizing compiler on a background thread; the first
 * response already starts that, and a process that exits while it runs waits for it: 200–300 ms
 * after the last line of a one-request `assay run` on a busy 2-core machine, 40% of its wall time.
 * Baseline code only: the one-request run went from 671 to 388 ms (median of 15, alternating), and a
 * 1000-request run lost nothing (1319 against 1293 ms): parsing responses is ~1% of a run's time.
 */
export function tuneV8ForOneCommand(): void {
  setFlagsFromString('--liftoff-only');
}
