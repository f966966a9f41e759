/**
 * V8 settings for a process that parses Assay text, applied by the entry points (the CLI and the
 * language server) before they parse anything; the core itself never changes process-wide settings.
 *
 * V8 "pretenures" allocation sites whose objects it has seen survive young-generation collections: it
 * then allocates their objects straight in the old generation. While Assay files are parsed, the sites
 * that make Ohm's match-tree nodes and lists end up pretenured, although nearly all of those objects
 * die within one block's match: they then become old-generation garbage that only a full collection
 * frees, and a warm parse spent 40% of its time in GC. With pretenuring off, a warm parse of the
 * runner benchmark's 146 KB suite took 80–116 ms instead of 250–270 ms (same machine, alternating runs).
 * V8 reads this flag at each collection, so setting it at start-up acts as it does on the command line.
 */
import { setFlagsFromString } from 'node:v8';

export function tuneV8ForParsing(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
