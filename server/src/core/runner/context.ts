/**
 * What running a block needs: the run-wide context (linked program, schemas, secrets, HTTP dispatcher,
 * the masking event sink, limits) and the frame of the block being run (its events' test id, its file,
 * its scope, the signal that cancels it, its cookies). Also the shape of a step's outcome.
 */
import type { Dispatcher } from 'undici';
import type { WorkspaceHost } from '../workspace/host';
import type { Cookies } from './cookies';
import type { RunEvent, TestEnd } from './events';
import type { SourceFile } from './location';
import type { Program } from './program';
import type { Response } from './response';
import type { SchemaLoader } from './schemas';
import type { Scope } from './scope';
import type { Secrets } from './secrets';

export interface RunContext {
  program: Program;
  schemas: SchemaLoader;
  /** Check every response of a file that binds a schema against it, as `expect response matches schema` does. */
  validateResponses: boolean;
  secrets: Secrets;
  host: WorkspaceHost;
  dispatcher: Dispatcher;
  /** Emits an event, masked. */
  emit(event: RunEvent): void;
  timeoutMs: number;
  maxBodyBytes: number;
  /** The run's cancellation. */
  signal?: AbortSignal;
}

export interface Frame {
  /** The id the block's events carry: a test's id, or `file#@setup` / `file#@teardown`. */
  testId: string;
  /** The file whose components, vars and relative paths the block uses. */
  modulePath: string;
  source: SourceFile;
  scope: Scope;
  /** Cancels the block's requests and delays; teardown runs without the run's signal. */
  signal?: AbortSignal;
  /** How deep in component calls the block is. */
  depth: number;
  /** The cookies the block's requests send and keep: the test's own, or the setup's and teardown's. */
  cookies: Cookies;
}

export type Failure = TestEnd['failures'][number];

export interface StepOutcome {
  status: 'passed' | 'failed' | 'errored' | 'cancelled';
  failures: Failure[];
  /** For an errored step: the cause. */
  error?: string;
  /** The step's last response, which checks after a `use` apply to. */
  response?: Response;
}
