/**
 * Reads `--reporter NAME[:FILE]` (repeatable) and `--output FILE` into where each reporter writes.
 * `--output` goes to the last non-pretty reporter without a file of its own; pretty is the default;
 * at most one reporter may write to standard output.
 */
import { REPORTER_NAMES, type ReporterName } from '../core/report';
import { UsageError } from './io';

export interface ReporterSpec {
  name: ReporterName;
  /** Where to write, as given on the command line; undefined for standard output. */
  file?: string;
}

export function parseReporterSpecs(values: string[], output: string | undefined): ReporterSpec[] {
  const specs = (values.length > 0 ? values : ['pretty']).map(parseSpec);
  if (output !== undefined) {
    const target = [...specs].reverse().find((s) => s.name !== 'pretty' && s.file === undefined);
    if (!target) throw new UsageError('--output needs a junit, json or ndjson reporter without a file of its own');
    target.file = output;
  }
  if (specs.filter((s) => s.file === undefined).length > 1) {
    throw new UsageError('only one reporter can write to standard output; give the others a file, e.g. --reporter junit:report.xml');
  }
  const files = specs.flatMap((s) => (s.file === undefined ? [] : [s.file]));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(`two reporters write to ${twice}`);
  return specs;
}

function parseSpec(value: string): ReporterSpec {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const file = colon < 0 ? undefined : value.slice(colon + 1);
  if (!(REPORTER_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown reporter '${name}'; reporters: ${REPORTER_NAMES.join(', ')}`);
  }
  if (file === '') throw new UsageError(`--reporter ${name}: needs a file name after the colon`);
  return { name: name as ReporterName, file };
}
