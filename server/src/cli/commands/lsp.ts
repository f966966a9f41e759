/**
 * `assay lsp --stdio`: runs the language server on standard input and output, for any editor. The
 * server is loaded only for this command so that `assay run` starts fast.
 */
import { UsageError, type CliIo } from '../io';

const TRANSPORTS = ['--stdio', '--node-ipc'];

export async function lspCommand(args: string[], _io: CliIo): Promise<number> {
  if (!args.some((a) => TRANSPORTS.includes(a) || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    throw new UsageError('choose a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
  }
  require('../../lsp/main'); // in the bundle: server/dist/server.js (scripts/build.mjs)
  return new Promise<number>(() => undefined);
}
