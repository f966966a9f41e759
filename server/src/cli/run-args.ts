/** Reads the options of `assay run` into checked settings; every mistake is a UsageError. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandArgs } from './args';
import { UsageError } from './io';
import { parseReporterSpecs, type ReporterSpec } from './reporter-specs';

export interface RunSettings {
  paths: string[];
  root: string;
  grep?: RegExp;
  tags?: string[];
  envName?: string;
  envFiles: string[];
  vars: Record<string, string>;
  jobs: number;
  bail: boolean;
  /** --validate-responses: check every response of a schema-bound file against its schema. */
  validateResponses: boolean;
  timeoutMs: number;
  shard?: { index: number; total: number };
  reporters: ReporterSpec[];
  /** False with --no-color; colors also need a terminal and no NO_COLOR. */
  color: boolean;
  /** --watch: run again after every change under the root. */
  watch: boolean;
  /** --insecure (-k): accept any TLS certificate. */
  insecure: boolean;
  /** The certificates of --cacert files (PEM), trusted besides Node's own authorities. */
  ca: string[];
  /** --proxy: the proxy of every request, over HTTP_PROXY and HTTPS_PROXY. */
  proxy?: string;
  /** --cert and --key: the client certificate and its key (PEM), for servers that ask for one. */
  clientCertificate?: { cert: string; key: string };
}

/** The default per-request timeout: 30 s, as the language reference says. */
const DEFAULT_TIMEOUT_MS = 30_000;

export function parseRunArgs(args: string[], cwd: string): RunSettings {
  const { values, positionals } = parseCommandArgs(args, {
    grep: { type: 'string' },
    tag: { type: 'string', multiple: true },
    env: { type: 'string' },
    'env-file': { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    jobs: { type: 'string' },
    bail: { type: 'boolean', default: false },
    'validate-responses': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    shard: { type: 'string' },
    reporter: { type: 'string', multiple: true },
    output: { type: 'string' },
    root: { type: 'string' },
    'no-color': { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    insecure: { type: 'boolean', short: 'k', default: false },
    cacert: { type: 'string', multiple: true },
    proxy: { type: 'string' },
    cert: { type: 'string' },
    key: { type: 'string' },
  });
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const text = (name: string) => values[name] as string | undefined;
  const tags = list('tag').flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  return {
    paths: positionals,
    root: resolve(cwd, text('root') ?? '.'),
    grep: parseGrep(text('grep')),
    tags: tags.length > 0 ? tags : undefined,
    envName: text('env'),
    envFiles: list('env-file'),
    vars: parseVars(list('var')),
    jobs: parseJobs(text('jobs')),
    bail: values.bail === true,
    validateResponses: values['validate-responses'] === true,
    timeoutMs: parseTimeout(text('timeout')),
    shard: parseShard(text('shard')),
    reporters: parseReporterSpecs(list('reporter'), text('output')),
    color: values['no-color'] !== true,
    watch: values.watch === true,
    insecure: values.insecure === true,
    ca: list('cacert').map((file) => readPem('--cacert', resolve(cwd, file), file, 'CERTIFICATE')),
    proxy: text('proxy'),
    clientCertificate: readClientCertificate(text('cert'), text('key'), cwd),
  };
}

/** --cert FILE and --key FILE; a --cert file that holds the key as well needs no --key. */
function readClientCertificate(certFile: string | undefined, keyFile: string | undefined, cwd: string): RunSettings['clientCertificate'] {
  if (certFile === undefined) {
    if (keyFile !== undefined) throw new UsageError('--key goes with --cert FILE (the client certificate)');
    return undefined;
  }
  const cert = readPem('--cert', resolve(cwd, certFile), certFile, 'CERTIFICATE');
  if (keyFile !== undefined) return { cert, key: readPem('--key', resolve(cwd, keyFile), keyFile, 'PRIVATE KEY') };
  if (hasPemBlock(cert, 'PRIVATE KEY')) return { cert, key: cert };
  throw new UsageError(`--cert: ${certFile} holds no private key; give it with --key FILE`);
}

/** The text of a PEM file that must hold a `-----BEGIN <kind>-----` block (any `... PRIVATE KEY` for keys). */
function readPem(option: string, path: string, given: string, kind: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${option}: cannot read ${given}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (!hasPemBlock(text, kind)) throw new UsageError(`${option}: ${given} holds no PEM ${kind.toLowerCase()} (-----BEGIN ${kind}-----)`);
  return text;
}

/** True when `text` holds a `-----BEGIN ... <kind>-----` block (`RSA PRIVATE KEY` counts as a private key). */
function hasPemBlock(text: string, kind: string): boolean {
  return new RegExp(`-----BEGIN [A-Z ]*${kind}-----`).test(text);
}

function parseGrep(value: string | undefined): RegExp | undefined {
  if (value === undefined) return undefined;
  try {
    return new RegExp(value);
  } catch (e) {
    throw new UsageError(`--grep: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parseVars(values: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var takes name=value, not '${value}'`);
    vars[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return vars;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs takes a whole number from 1, not '${value}'`);
  return Number(value);
}

/** Milliseconds (`5000`) or a duration (`300ms`, `5s`, `1m`). */
function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const match = /^(\d+)(ms|s|m)?$/.exec(value);
  const ms = match ? Number(match[1]) * ({ ms: 1, s: 1000, m: 60_000 } as const)[(match[2] ?? 'ms') as 'ms' | 's' | 'm'] : 0;
  if (ms <= 0) throw new UsageError(`--timeout takes milliseconds or a duration like 5s, not '${value}'`);
  return ms;
}

/** `i/n`: the i-th (1-based) of n slices. */
function parseShard(value: string | undefined): RunSettings['shard'] {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) throw new UsageError(`--shard takes i/n with 1 <= i <= n, like 2/4, not '${value}'`);
  return { index, total };
}
