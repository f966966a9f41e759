/** The compiled Assay grammar, built once on first use. */
import type * as ohm from 'ohm-js';
import { loadGrammar } from './load';

let compiled: ohm.Grammar | undefined;

export function assayGrammar(): ohm.Grammar {
  compiled ??= loadGrammar();
  return compiled;
}
