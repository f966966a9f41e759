/** Entry point of the `assay` command: runs the CLI with the process's arguments, streams and signals. */
import { tuneV8ForOneCommand, tuneV8ForParsing } from '../core/runtime/v8-tuning';
import { runCli } from './run-cli';

tuneV8ForParsing();
// `assay lsp` stays up as the language server: it keeps V8's optimizing compiler for WebAssembly.
if (process.argv[2] !== 'lsp') tuneV8ForOneCommand();
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  onInterrupt(listener) {
    process.on('SIGINT', listener);
    return () => process.off('SIGINT', listener);
  },
}).then((code) => {
  // Exit as soon as both streams are flushed: waiting for Node's own shutdown costs 20-70 ms.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
