/**
 * Tokenizes text with the Assay grammar the way VS Code does: vscode-textmate over the Oniguruma
 * WebAssembly engine. The grammar is built first (scripts/build-grammar.mjs writes
 * syntaxes/assay.tmLanguage.json and hands back the same object), so tests never see a stale build.
 * `source.json`, which the grammar embeds, is the stand-in of json-stand-in.ts. Output: tokens with
 * their 1-based line and column and their scopes, and a one-token-per-line rendering for snapshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { jsonStandIn } from './json-stand-in';

const root = join(__dirname, '..', '..', '..');
const BUILD_SCRIPT = join(root, 'scripts', 'build-grammar.mjs');

/** What scripts/build-grammar.mjs exports. */
interface GrammarBuilder {
  buildGrammar(): Promise<{ path: string; grammar: unknown }>;
}

/** A run of text with one scope stack (without the root `source.assay`). */
export interface Token {
  line: number;
  col: number;
  text: string;
  scopes: string[];
}

let loaded: Promise<IGrammar> | undefined;

/** The Assay grammar, loaded once per process. */
export function assayGrammar(): Promise<IGrammar> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const builder = (await import(pathToFileURL(BUILD_SCRIPT).href)) as GrammarBuilder;
  const built = await builder.buildGrammar();
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'source.assay') return built.grammar as IRawGrammar;
      if (scopeName === 'source.json') return jsonStandIn;
      return null;
    },
  });
  const grammar = await registry.loadGrammar('source.assay');
  if (!grammar) throw new Error(`could not load the grammar built at ${built.path}`);
  return grammar;
}

/** The tokens of `text`, adjacent runs with the same scopes merged. */
export function tokenize(grammar: IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    for (const t of result.tokens) {
      const piece = lineText.slice(t.startIndex, t.endIndex);
      if (piece === '') continue;
      const scopes = t.scopes.slice(1);
      const last = out[out.length - 1];
      if (last && last.line === index + 1 && last.scopes.join(' ') === scopes.join(' ')) last.text += piece;
      else out.push({ line: index + 1, col: t.startIndex + 1, text: piece, scopes });
    }
  });
  return out;
}

/** The scopes a snapshot shows: all but structural `meta.*` ones; `meta.embedded.block.*` stays (it switches language). */
export function shownScopes(scopes: string[]): string[] {
  return scopes.filter((s) => !s.startsWith('meta.') || s.startsWith('meta.embedded.block.'));
}

/**
 * One line per token, `line:col "text" → scopes`, for snapshots. Runs of bare whitespace are left
 * out, and so are the structural `meta.*` scopes, which would repeat on every line.
 */
export function renderTokens(tokens: Token[]): string {
  return tokens
    .filter((t) => t.text.trim() !== '')
    .map((t) => `${t.line}:${t.col} ${JSON.stringify(t.text)} → ${shownScopes(t.scopes).join(' ')}`)
    .join('\n')
    .concat('\n');
}
