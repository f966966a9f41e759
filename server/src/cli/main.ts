/**
 * The CLI bundle's entry (`server/dist/cli-main.js`, started by start.ts): runs the CLI with the
 * process's arguments, streams and signals.
 */
import { runCli } from './run-cli';

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
