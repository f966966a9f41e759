// Command-line entry point: `npx tsx samples/api/main.ts [--port N]` starts the sample API, prints
// `listening on <url>` and runs until SIGINT or SIGTERM.
import { startSampleApi } from './server.js';

const USAGE = 'usage: main.ts [--port N]';

/** The port from `--port N` or `--port=N` (0 when absent), or null when the arguments are invalid. */
function parsePort(args: readonly string[]): number | null {
  if (args.length === 0) return 0;
  const [first = '', second] = args;
  let value: string | undefined;
  if (first === '--port' && args.length === 2) value = second;
  else if (first.startsWith('--port=') && args.length === 1) value = first.slice('--port='.length);
  const port = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
  return port >= 0 && port <= 65535 ? port : null;
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  if (port === null) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const api = await startSampleApi({ port });
  process.stdout.write(`listening on ${api.url}\n`);
  const stop = (): void => {
    void api.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sample api failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
