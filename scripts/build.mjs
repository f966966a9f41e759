// Bundles the runnable parts with esbuild: the CLI today (the language server and the extension
// client join here later). The grammar text is inlined so bundles need no files beside them.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarDir = join(root, 'server/src/core/grammar');

/** Replaces grammar/source.ts (which reads assay.ohm from disk) with the grammar text itself. */
const inlineGrammar = {
  name: 'inline-grammar',
  setup(b) {
    b.onLoad({ filter: /[\\/]grammar[\\/]source\.ts$/ }, () => {
      const text = readFileSync(join(grammarDir, 'assay.ohm'), 'utf8');
      return { contents: `export function grammarSource() { return ${JSON.stringify(text)}; }`, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [inlineGrammar],
};

await build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(root, 'server/dist/cli.js') });
