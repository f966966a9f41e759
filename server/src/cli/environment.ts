/**
 * The environment a run's `env("NAME")` reads, lowest priority first: `.env` at the root (when there
 * is one), `.env.NAME` for `--env NAME`, each `--env-file` in order, the process environment, then
 * `--var` values (which may also give a value to a name no file defines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDotenv } from './dotenv';
import { UsageError } from './io';

export interface EnvironmentSources {
  root: string;
  cwd: string;
  /** `--env NAME`: reads `.env.NAME` at the root, which must exist. */
  envName?: string;
  /** `--env-file FILE`, relative to the working directory; each must exist. */
  envFiles: string[];
  processEnv: Record<string, string | undefined>;
  vars: Record<string, string>;
}

export function loadEnvironment(sources: EnvironmentSources): Record<string, string | undefined> {
  const files: string[] = [];
  const dotenv = join(sources.root, '.env');
  if (existsSync(dotenv)) files.push(dotenv);
  if (sources.envName !== undefined) {
    if (!/^[\w.-]+$/.test(sources.envName)) throw new UsageError(`--env takes a name like 'staging', not '${sources.envName}'`);
    files.push(join(sources.root, `.env.${sources.envName}`));
  }
  files.push(...sources.envFiles.map((f) => resolve(sources.cwd, f)));
  const env: Record<string, string | undefined> = {};
  for (const file of files) Object.assign(env, readEnvFile(file, sources.cwd));
  return { ...env, ...sources.processEnv, ...sources.vars };
}

function readEnvFile(path: string, cwd: string): Record<string, string> {
  const name = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the environment file ${name}`);
  }
  const { values, errors } = parseDotenv(text);
  const first = errors[0];
  if (first) throw new UsageError(`${name}:${first.line}: ${first.message}`);
  return values;
}
