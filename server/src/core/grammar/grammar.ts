/** The compiled Assay grammar, built once on first use. */
import * as ohm from 'ohm-js';
import { grammarSource } from './source';

let compiled: ohm.Grammar | undefined;

export function assayGrammar(): ohm.Grammar {
  compiled ??= ohm.grammar(grammarSource());
  return compiled;
}
