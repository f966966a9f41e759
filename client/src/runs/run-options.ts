/**
 * The run options of the `assay.*` settings as `assay/runTests` parameters: the environment, extra
 * variables, env files, parallelism, the request timeout, TLS trust, a client certificate and a proxy,
 * with empty or invalid values left out (the CLI's defaults apply). No `vscode` here.
 */
import type { RunTests } from '../../../server/src/lsp/protocol';

/** The settings as VS Code returns them: anything a user may have typed. */
export interface RawSettings {
  environment?: unknown;
  variables?: unknown;
  envFiles?: unknown;
  jobs?: unknown;
  timeout?: unknown;
  cacert?: unknown;
  insecure?: unknown;
  cert?: unknown;
  key?: unknown;
  proxy?: unknown;
}

export type RunOptions = Pick<RunTests.Params, 'env' | 'vars' | 'envFiles' | 'jobs' | 'timeout' | 'cacert' | 'insecure' | 'cert' | 'key' | 'proxy'>;

export function runOptions(settings: RawSettings): RunOptions {
  const options: RunOptions = {};
  const env = text(settings.environment);
  if (env) options.env = env;
  const vars = variables(settings.variables);
  if (Object.keys(vars).length > 0) options.vars = vars;
  const files = paths(settings.envFiles);
  if (files.length > 0) options.envFiles = files;
  if (typeof settings.jobs === 'number' && Number.isInteger(settings.jobs) && settings.jobs >= 1) options.jobs = settings.jobs;
  const timeout = typeof settings.timeout === 'number' ? String(settings.timeout) : typeof settings.timeout === 'string' ? settings.timeout.trim() : '';
  if (timeout !== '') options.timeout = timeout;
  const authorities = paths(settings.cacert);
  if (authorities.length > 0) options.cacert = authorities;
  if (settings.insecure === true) options.insecure = true;
  const cert = text(settings.cert);
  if (cert) options.cert = cert;
  const key = text(settings.key);
  if (cert && key) options.key = key;
  const proxy = text(settings.proxy);
  if (proxy) options.proxy = proxy;
  return options;
}

/** A setting's text, trimmed; undefined when it is no string or empty. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The non-empty strings of a list of paths. */
function paths(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [];
}

/** Variables as `--var NAME=value` takes them: strings as they are, other values as JSON. */
export function variables(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}
