// Bundles the runnable parts with esbuild: the CLI, the language server and the VS Code extension
// (which loads `vscode` from its host), and builds the TextMate grammar from its YAML source. The Ohm
// grammar is precompiled so bundles need no files beside them.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leanRecipe } from './lean-recipe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(import.meta.url);
const ohm = requireHere('ohm-js');
const grammarDir = join(root, 'server/src/core/grammar');

/**
 * Replaces grammar/load.ts (which compiles assay.ohm at start-up) with a module that rebuilds the
 * grammar from a recipe compiled here (without source positions: lean-recipe.mjs), so bundles start
 * fast and need no files beside them.
 */
const precompiledGrammar = {
  name: 'precompiled-grammar',
  setup(b) {
    b.onLoad({ filter: /[\\/]grammar[\\/]load\.ts$/ }, () => {
      const recipe = leanRecipe(ohm.grammar(readFileSync(join(grammarDir, 'assay.ohm'), 'utf8')).toRecipe());
      // JSON.parse of a string reads a large literal faster than JavaScript's own parser does.
      return {
        contents: `import * as ohm from 'ohm-js';\nexport function loadGrammar() { return ohm.makeRecipe(JSON.parse(${JSON.stringify(recipe)})); }\n`,
        loader: 'ts',
        resolveDir: grammarDir,
      };
    });
  },
};

/**
 * `assay lsp` runs the language server's own bundle (server/dist/server.js, beside cli-main.js) instead of
 * a second copy inside cli-main.js: the CLI bundle stays without the LSP libraries, so every command loads less.
 */
const serverBundleForLsp = {
  name: 'server-bundle-for-lsp',
  setup(b) {
    b.onResolve({ filter: /[\\/]lsp[\\/]main$/ }, () => ({ path: './server.js', external: true }));
  },
};

/**
 * undici's HTTP/2 client is replaced by a stub (see the stub's header): connections are HTTP/1.1 only,
 * so Node's http2 module is not loaded at every start.
 */
const withoutHttp2 = {
  name: 'without-http2',
  setup(b) {
    b.onResolve({ filter: /^\.\/client-h2\.js$/ }, (args) =>
      /[\\/]undici[\\/]lib[\\/]dispatcher$/.test(args.resolveDir) ? { path: join(root, 'scripts/build-stubs/undici-client-h2.cjs') } : undefined,
    );
  },
};

/**
 * ohm-js without the grammar of `.ohm` files and the bootstrapping of semantics, which its index builds
 * at load (10 ms of every start): the bundles only rebuild the precompiled grammar (`makeRecipe`) and
 * match with it from simple start rules, and read `pexprs` (grammar/ohm-internals.ts). Anything else
 * read from 'ohm-js' would be undefined here, which esbuild reports as a warning when it builds.
 */
const ohmKernelDir = join(dirname(requireHere.resolve('ohm-js')), '..', 'src');
const ohmKernel = {
  name: 'ohm-kernel',
  setup(b) {
    b.onResolve({ filter: /^ohm-js$/ }, () => ({ path: 'ohm-js', namespace: 'ohm-kernel' }));
    b.onLoad({ filter: /.*/, namespace: 'ohm-kernel' }, () => ({
      contents: `export { makeRecipe } from './main-kernel.js';\nexport * as pexprs from './pexprs.js';\n`,
      resolveDir: ohmKernelDir,
      loader: 'js',
    }));
  },
};

/**
 * The CLI's largest libraries, which most runs never call, are bundles of their own beside cli-main.js
 * (lib-*.js), read only when first used: a one-request `assay run` reads 0.8 MB of code instead of 2 MB,
 * about a tenth of its wall time. Each part is reached through one import (`importPath`); that import
 * becomes a require of the part's file wherever it occurs, in the CLI bundle and in the other parts, so
 * a process holds one copy of each library (graphql checks that its schema objects are its own).
 */
const LAZY_PARTS = [
  // graphql-js: only files that send or bind GraphQL (core/runtime/graphql-js.ts, schema/graphql-load.ts).
  { file: 'lib-graphql.js', importPath: /^graphql$/, entry: requireHere.resolve('graphql') },
  // Ajv with its formats: `matches schema` and response validation (core/runtime/ajv.ts).
  { file: 'lib-ajv.js', importPath: /^\.\/ajv-modules$/, entry: join(root, 'server/src/core/runtime/ajv-modules.ts') },
  // Loading OpenAPI documents, with the YAML parser and the OpenAPI parser (core/schema/load.ts).
  { file: 'lib-openapi.js', importPath: /^\.\/openapi-load$/, entry: join(root, 'server/src/core/schema/openapi-load.ts') },
  // tough-cookie and its list of public suffixes: runs whose responses set cookies (core/runner/cookies.ts).
  { file: 'lib-cookies.js', importPath: /^tough-cookie$/, entry: requireHere.resolve('tough-cookie') },
  // undici's index, for runs through a proxy (core/runner/undici-parts.ts); other runs load its agent alone.
  { file: 'lib-undici.js', importPath: /^undici$/, entry: requireHere.resolve('undici') },
];

/** Turns the import of every lazy part but `own` into a require of the part's file. */
function lazyParts(own) {
  return {
    name: 'lazy-parts',
    setup(b) {
      for (const part of LAZY_PARTS) {
        if (part !== own) b.onResolve({ filter: part.importPath }, () => ({ path: `./${part.file}`, external: true }));
      }
    },
  };
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Whitespace and syntax only: a third less to read and compile at every start of the CLI (about 45 ms
  // on this machine kind), while names stay as written for stack traces and for code that reads them.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [precompiledGrammar, withoutHttp2, ohmKernel],
};

await Promise.all([
  // cli.js is small: it sets V8 up and runs cli-main.js, the CLI itself, through a code cache (cli/start.ts).
  build({ ...common, entryPoints: [join(root, 'server/src/cli/start.ts')], outfile: join(root, 'server/dist/cli.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(root, 'server/dist/cli-main.js'), plugins: [...common.plugins, serverBundleForLsp, lazyParts()] }),
  ...LAZY_PARTS.map((part) => build({ ...common, entryPoints: [part.entry], outfile: join(root, 'server/dist', part.file), plugins: [...common.plugins, lazyParts(part)] })),
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/main.ts')], outfile: join(root, 'server/dist/server.js') }),
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'client/dist/extension.js'), external: ['vscode'] }),
  buildTextMateGrammar(),
]);

/** syntaxes/assay.tmLanguage.json from its YAML source, once the grammar's build script is there. */
async function buildTextMateGrammar() {
  const script = join(root, 'scripts/build-grammar.mjs');
  if (!existsSync(script)) return;
  const { buildGrammar } = await import(script);
  await buildGrammar();
}
