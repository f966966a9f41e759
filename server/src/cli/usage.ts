/** The text of `assay --help`, and of `assay <command> --help` (the command's part of it). */
import type { CommandName } from './command-names';

export const VERSION = '0.1.0';

interface CommandHelp {
  /** How the command is called, after `assay `. */
  synopsis: string;
  /** The command's line (or lines) in the list of commands. */
  entry: string;
  /** True when the command takes paths of files or directories. */
  paths: boolean;
  /** The options only this command takes, one per line or paragraph. */
  options?: string;
}

const ROOT_OPTION = `  --root DIR                The workspace root that imports and data files must stay inside, and
                            where .env files are read (default: the current directory).`;

const HELP: Record<CommandName, CommandHelp> = {
  run: {
    synopsis: 'run [options] [paths...]',
    entry: `  run [paths...]            Check the files, then run their tests. Exit 0 when all passed, 1 when a
                            test failed, 2 on a usage mistake or errors in the files (printed as by
                            'check'), 130 when cancelled with Ctrl+C (teardowns still run).`,
    paths: true,
    options: `${ROOT_OPTION}
  --grep REGEX              Only tests whose name matches (rows by their interpolated name).
  --tag NAME                Only tests with this tag; repeat or separate with commas for any of several.
  --env NAME                Read .env.NAME at the root (after .env, which is always read if present).
  --env-file FILE           Read variables from FILE too; repeatable, later files win. The process
                            environment wins over every file.
  --var NAME=VALUE          Set a variable (also for env("NAME")); repeatable; wins over everything.
  --jobs N                  Run N files in parallel (default 1); tests in a file run in order.
  --bail                    Stop starting tests after the first failure.
  --validate-responses      Check every response of a file with \`use openapi|graphql\` against the schema.
  --timeout T               Default request timeout: milliseconds or a duration like 5s (default 30s).
  --cacert FILE             Trust the certificate authorities in FILE (PEM) too; repeatable.
  --cert FILE, --key FILE   A client certificate and its private key (PEM), for servers that ask
                            for one; --key may be left out when FILE holds both.
  -k, --insecure            Accept any TLS certificate (a test server's self-signed one).
  --proxy URL               Send every request through this HTTP proxy (CONNECT tunnels). Without it,
                            HTTPS_PROXY and HTTP_PROXY are used, except for NO_PROXY hosts and
                            this machine (localhost, 127.0.0.1, ::1).
  --shard I/N               Run only the I-th of N slices of the tests, e.g. --shard 2/4.
  --reporter NAME[:FILE]    pretty (default), junit, json or ndjson; repeatable; to FILE when given.
                            At most one reporter writes to standard output.
  --output FILE             Where the last junit/json/ndjson reporter without a file writes.
  --no-color                No colors (also off when NO_COLOR is set or output is not a terminal).
  --watch                   Run again whenever a file under the root changes (tests, imports, data,
                            .env files, schemas) or an --env-file does; Ctrl+C stops. Exit code:
                            the last run's.`,
  },
  check: {
    synopsis: 'check [options] [paths...]',
    entry: `  check [paths...]          Parse and check files; print file:line:col: severity CODE message.
                            Exit 0 without errors, 1 with errors.`,
    paths: true,
    options: `${ROOT_OPTION}
  --format text|json        Output (default: text).`,
  },
  fmt: {
    synopsis: 'fmt [--check] [paths...]',
    entry: `  fmt [--check] [paths...]  Format files in place; with --check, list the files that would change
                            and exit 1 if there are any.`,
    paths: true,
    options: `  --check                   Change nothing: list the files that would change; exit 1 if any.`,
  },
  lsp: {
    synopsis: 'lsp --stdio|--node-ipc|--socket=PORT|--pipe=NAME',
    entry: `  lsp --stdio               Run the language server over standard input/output (any editor).`,
    paths: false,
    options: `  --stdio, --node-ipc, --socket=PORT, --pipe=NAME
                            The transport to the editor (one of them).`,
  },
  generate: {
    synopsis: 'generate openapi|graphql SPEC [-o DIR] [options]',
    entry: `  generate openapi|graphql SPEC [-o DIR]
                            Write a suite of tests for a spec into DIR (default: here); run again to
                            update it, keeping tests you edited. See docs/generate.md.`,
    paths: false,
    options: `  --seed N, --negative (also tests that expect a 4xx), --overwrite-edited, --dry-run; for graphql:
  --endpoint PATH (default /graphql), --base-url URL, --auth bearer|none, --depth N (selection depth,
  default 2).`,
  },
  coverage: {
    synopsis: 'coverage SPEC [paths...] [options]',
    entry: `  coverage SPEC [paths...]  Which operations and documented statuses of SPEC the files exercise.`,
    paths: true,
    options: `  --format text|json|html, --output FILE, --min PERCENT (exit 1 below it).`,
  },
};

/** The order of the commands in the help. */
const ORDER: CommandName[] = ['run', 'check', 'fmt', 'lsp', 'generate', 'coverage'];

const PATHS = `Paths may be files or directories (searched for *.assay, skipping node_modules and dot folders);
the default is the current directory.`;

export const USAGE = `assay ${VERSION} — test HTTP APIs with plain-text .assay files

Usage: assay <command> [options] [paths...]

Commands:
${ORDER.map((name) => HELP[name].entry).join('\n')}

${PATHS}

Options:
  -h, --help                Show this help; \`assay <command> --help\` shows one command's.
  -v, --version             Show the version.
${ORDER.flatMap((name) => (HELP[name].options ? [`\nOptions of '${name}':\n${HELP[name].options}`] : [])).join('\n')}
`;

/** The help of one command: its line, what its paths are and its options. */
export function commandUsage(name: CommandName): string {
  const { synopsis, entry, paths, options } = HELP[name];
  const sections = [`Usage: assay ${synopsis}`, entry];
  if (paths) sections.push(PATHS);
  sections.push(`Options:\n${options ? `${options}\n` : ''}  -h, --help                Show this help.`);
  return `${sections.join('\n\n')}\n`;
}
