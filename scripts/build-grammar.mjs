// Builds the TextMate grammar: syntaxes/assay.tmLanguage.yaml (the source) becomes
// syntaxes/assay.tmLanguage.json (what VS Code loads). `{{name}}` in a regex is replaced with the entry
// `name` of the YAML's `variables`, which the JSON does not keep. Run directly, or call buildGrammar().
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'syntaxes/assay.tmLanguage.yaml');
const target = join(root, 'syntaxes/assay.tmLanguage.json');

const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);
// An unescaped `{{word}}`: regex braces in the grammar are always written `\{`.
const VARIABLE = /(?<!\\)\{\{(\w+)\}\}/g;

/** Replaces `{{name}}` in every regex of `node` (recursively) with `variables[name]`. */
function expand(node, variables, path) {
  if (Array.isArray(node)) return node.map((item, i) => expand(item, variables, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`;
    out[key] =
      REGEX_KEYS.has(key) && typeof value === 'string'
        ? value.replace(VARIABLE, (_, name) => {
            if (!(name in variables)) throw new Error(`${source}: ${at} uses {{${name}}}, which \`variables\` does not define`);
            return variables[name];
          })
        : expand(value, variables, at);
  }
  return out;
}

/**
 * Reads the YAML grammar, expands its variables and writes the JSON grammar.
 * Returns the path written and the grammar object.
 */
export async function buildGrammar() {
  const { variables = {}, ...grammar } = parse(await readFile(source, 'utf8'));
  const expanded = expand(grammar, variables, 'grammar');
  const json = {
    information_for_contributors: ['Generated from syntaxes/assay.tmLanguage.yaml by scripts/build-grammar.mjs: edit the YAML.'],
    ...expanded,
  };
  await writeFile(target, `${JSON.stringify(json, null, 2)}\n`);
  return { path: target, grammar: json };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildGrammar();
}
