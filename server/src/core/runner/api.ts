/** How a run is asked for: the options the CLI, the language server and tests pass to `runFiles`. */
import type { Dispatcher } from 'undici';
import type { SchemaRegistry } from '../schema';
import type { ParseResult } from '../syntax/document-parser';
import type { WorkspaceHost } from '../workspace/host';
import type { RunEvent, RunSummary } from './events';

export interface RunOptions {
  /** Absolute paths of the .assay files to run, in order. */
  files: string[];
  host: WorkspaceHost;
  /** Variables from `--var k=v`; they win over everything else. */
  vars: Record<string, string>;
  /** The environment `env("NAME")` reads: the process environment merged with .env files. */
  env: Record<string, string | undefined>;
  /** Only tests whose name matches. */
  grep?: RegExp;
  /** Only tests with one of these tags. */
  tags?: string[];
  /** Only these test ids (`file#name`, or `file#name[row]`): the editor's "run this test". */
  testIds?: string[];
  /** Files run in parallel; tests inside a file always run in order. */
  jobs: number;
  /** Stop starting tests after the first failure. */
  bail: boolean;
  /** Default per-request timeout in ms, unless a request sets its own. */
  timeoutMs: number;
  /** Run only the i-th of n slices of the tests (1-based i). */
  shard?: { index: number; total: number };
  /** Parse results the caller already has, by path (the CLI parses every file to check it first). */
  parsed?: ReadonlyMap<string, ParseResult>;
  /** Cancels the run: requests in flight are aborted, teardowns still run. */
  signal?: AbortSignal;
  /** The HTTP dispatcher to send with (tests pass their own); by default the run makes a keep-alive agent and closes it at the end. */
  dispatcher?: Dispatcher;
  /**
   * Check every response of a file that binds a schema (`use openapi|graphql`) against it, as if each
   * request had `expect response matches schema` (`assay run --validate-responses`).
   */
  validateResponses?: boolean;
  /** The schema registry to read bound schemas from (an editor shares its own); by default one per run. */
  schemas?: SchemaRegistry;
  /** How much of a response body is read, in bytes; the rest is cut off and the response marked truncated. Default 10 MB. */
  maxBodyBytes?: number;
  /** Accept any TLS certificate (a test server's self-signed one): `assay run --insecure`. */
  insecure?: boolean;
  /** Certificate authorities (PEM) to trust besides Node's own: `assay run --cacert FILE`. */
  ca?: string[];
  /** The client certificate and its private key (PEM) for servers that ask for one: `assay run --cert --key`. */
  clientCertificate?: { cert: string; key: string };
  /** HTTP proxies to send through (`assay run --proxy`, or HTTP_PROXY and HTTPS_PROXY); none by default. */
  proxy?: ProxySettings;
}

export interface ProxySettings {
  /** The proxy of http:// requests (a URL: `http://proxy:3128`, with credentials if it needs them). */
  http?: string;
  /** The proxy of https:// requests. */
  https?: string;
  /** Hosts that go direct, as NO_PROXY lists them: `localhost,.internal.example,10.0.0.1:8080`. */
  noProxy?: string;
}

/** Runs the files and reports every event to `onEvent`; resolves with the summary. Never rejects. */
export type RunFiles = (options: RunOptions, onEvent: (event: RunEvent) => void) => Promise<RunSummary>;
