/**
 * What `server/dist/cli.js` runs: sets V8 up for a command, then runs the CLI bundle (`cli-main.js`,
 * built from main.ts) through its code cache. The V8 flags are set before the bundle is compiled,
 * since V8 accepts a code cache only under the flags it was made with.
 */
import { join } from 'node:path';
import { tuneV8ForOneCommand, tuneV8ForParsing } from '../core/runtime/v8-tuning';
import { runWithCodeCache } from './code-cache';
import { isCommandName } from './command-names';

const command = process.argv[2] ?? '';
tuneV8ForParsing();
// `assay lsp` stays up as the language server: it keeps V8's optimizing compiler for WebAssembly.
if (command !== 'lsp') tuneV8ForOneCommand();
// One cache per command (each compiles its own functions); `--help`, `--version` and typos share one.
runWithCodeCache(join(__dirname, 'cli-main.js'), isCommandName(command) ? command : 'other');
