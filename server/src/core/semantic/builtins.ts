/**
 * The built-in variables: names with a `$` that the runner computes on each use. This list is the one
 * place that knows them; the checks, completion and hover read it, and the runner implements each one.
 */
import type { Definition } from './symbols';

/** The built-in variables with what each one gives. `$env` is not one: environment values come from `env()` in `vars`. */
export const BUILTIN_VARIABLES: readonly { name: string; doc: string }[] = [
  { name: '$uuid', doc: 'A random UUID (version 4), new on each use.' },
  { name: '$timestamp', doc: 'The current time in seconds since the Unix epoch.' },
  { name: '$isoTimestamp', doc: 'The current time as an ISO 8601 date-time in UTC.' },
  { name: '$randomInt', doc: 'A random integer between 0 and 1000 (inclusive).' },
];

/** The names of the built-in variables, with their `$`. */
export const BUILTIN_NAMES: readonly string[] = BUILTIN_VARIABLES.map((b) => b.name);

/** The built-ins as definitions, by name. */
export const BUILTIN_DEFINITIONS: ReadonlyMap<string, Definition> = new Map(
  BUILTIN_VARIABLES.map((b) => [b.name, { name: b.name, kind: 'builtin', span: { start: 0, end: 0 }, path: '', doc: b.doc }]),
);
