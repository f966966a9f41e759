/** The names of the `assay` commands: dispatched by run-cli.ts, each with its own code cache (start.ts). */
export const COMMAND_NAMES = ['check', 'coverage', 'fmt', 'generate', 'lsp', 'run'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export const isCommandName = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);
