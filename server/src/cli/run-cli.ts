/**
 * Dispatches `assay <command> [options] [paths...]` to its command and turns every failure into a
 * message and an exit code: a usage mistake exits 2 with one line; no stack trace reaches the user
 * (set ASSAY_DEBUG=1 to see one).
 */
import { checkCommand } from './commands/check';
import { fmtCommand } from './commands/fmt';
import { lspCommand } from './commands/lsp';
import { runCommand } from './commands/run';
import { EXIT_USAGE, UsageError, type CliIo } from './io';
import { USAGE, VERSION } from './usage';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  fmt: fmtCommand,
  lsp: lspCommand,
  run: runCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`assay: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'assay --help'.\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`assay ${name}: ${e.message}\nSee 'assay --help'.\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`assay ${name}: internal error: ${message}\n`);
    if (process.env.ASSAY_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT_USAGE;
  }
}
