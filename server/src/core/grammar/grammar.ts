/** The compiled Assay grammar, built once on first use, with its character loops made fast. */
import type * as ohm from 'ohm-js';
import { installFastPaths } from './fast-paths';
import { loadGrammar } from './load';

let compiled: ohm.Grammar | undefined;

export function assayGrammar(): ohm.Grammar {
  if (!compiled) {
    compiled = loadGrammar();
    installFastPaths(compiled);
  }
  return compiled;
}
