/**
 * Dispatches `assay <command> [options] [paths...]` to its command and turns every failure into a
 * message and an exit code: a usage mistake exits 2 with one line; no stack trace reaches the user
 * (set ASSAY_DEBUG=1 to see one).
 */
import { COMMAND_NAMES, isCommandName, type CommandName } from './command-names';
import { EXIT_USAGE, UsageError, type CliIo } from './io';
import { commandUsage, USAGE, VERSION } from './usage';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded only when it runs, so `assay check` does not pay for the HTTP client. */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import('./commands/check')).checkCommand,
  coverage: async () => (await import('./commands/coverage')).coverageCommand,
  fmt: async () => (await import('./commands/fmt')).fmtCommand,
  generate: async () => (await import('./commands/generate')).generateCommand,
  lsp: async () => (await import('./commands/lsp')).lspCommand,
  run: async () => (await import('./commands/run')).runCommand,
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
  if (!isCommandName(name)) {
    io.err(`assay: unknown command '${name}'. Commands: ${COMMAND_NAMES.join(', ')}. See 'assay --help'.\n`);
    return EXIT_USAGE;
  }
  if (asksForHelp(args)) {
    io.out(commandUsage(name));
    return 0;
  }
  const command = COMMANDS[name];
  try {
    return await (await command())(args, io);
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

/** True when the command's arguments ask for its help (`-h` or `--help`, before a `--`). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}
