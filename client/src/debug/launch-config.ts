/**
 * The `assay` launch configuration and the run it starts. Today a debug session streams a run into the
 * Debug Console; the shape is a step debugger's (a program to run, which tests, the environment) so
 * breakpoints and stepping can be added without changing what users write. No `vscode` here.
 */
import { pathToFileURL } from 'node:url';
import type { RunTests } from '../../../server/src/lsp/protocol';
import { variables, type RunOptions } from '../runs/run-options';

export const DEBUG_TYPE = 'assay';

export interface AssayLaunchConfiguration {
  type: typeof DEBUG_TYPE;
  request: 'launch';
  name: string;
  /** A `.assay` file or a folder of them (absolute, or `${file}`, `${workspaceFolder}` ...). */
  program?: string;
  /** Only these tests (`file#name` ids, rows `file#name[index]`); all tests of `program` when absent. */
  testIds?: string[];
  /** The environment (`.env.NAME`); defaults to the `assay.environment` setting. */
  env?: string;
  /** Variables, over those of the `assay.variables` setting. */
  vars?: Record<string, unknown>;
  /** Env files; default the `assay.envFiles` setting. */
  envFiles?: string[];
  /** Set by the Test Explorer's Debug profile: the key of its run, which also gets the run's events. */
  testRun?: string;
}

/** The `assay/runTests` parameters of a launch, with `defaults` from the settings. */
export function runParamsOf(config: AssayLaunchConfiguration, defaults: RunOptions): RunTests.Params {
  const params: RunTests.Params = { ...defaults };
  if (config.testIds && config.testIds.length > 0) params.testIds = config.testIds;
  else if (config.program) params.uris = [pathToFileURL(config.program).href];
  if (config.env) params.env = config.env;
  const vars = { ...defaults.vars, ...variables(config.vars) };
  if (Object.keys(vars).length > 0) params.vars = vars;
  if (config.envFiles) params.envFiles = config.envFiles;
  return params;
}
