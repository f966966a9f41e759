/** The text of `assay --help`. */
export const VERSION = '0.1.0';

export const USAGE = `assay ${VERSION} — test HTTP APIs with plain-text .assay files

Usage: assay <command> [options] [paths...]

Commands:
  check [paths...]          Parse and check files; print file:line:col: severity CODE message.
                            Exit 0 without errors, 1 with errors.
  fmt [--check] [paths...]  Format files in place; with --check, list the files that would change
                            and exit 1 if there are any.

Paths may be files or directories (searched for *.assay, skipping node_modules and dot folders);
the default is the current directory.

Options:
  --root DIR                The workspace root that imports and data files must stay inside
                            (default: the current directory).
  --format text|json        Output of 'check' (default: text).
  -h, --help                Show this help.
  -v, --version             Show the version.
`;
