/**
 * Reporters: pure functions of the run event stream that give text (pretty for terminals, JUnit XML
 * for CI, one JSON document, NDJSON lines). No I/O here; the caller decides where the text goes.
 */
import { jsonReporter } from './json';
import { junitReporter } from './junit';
import { ndjsonReporter } from './ndjson';
import { prettyReporter } from './pretty';
import type { Reporter, ReporterName, ReporterOptions } from './reporter';

export { REPORTER_NAMES, type Reporter, type ReporterName, type ReporterOptions } from './reporter';
export { RunRecord, type FileRecord, type StepRecord, type TestRecord } from './run-record';
export { jsonReporter, junitReporter, ndjsonReporter, prettyReporter };

/** The reporter of that name. */
export function createReporter(name: ReporterName, options: ReporterOptions = {}): Reporter {
  switch (name) {
    case 'pretty':
      return prettyReporter(options);
    case 'junit':
      return junitReporter(options);
    case 'json':
      return jsonReporter(options);
    case 'ndjson':
      return ndjsonReporter();
  }
}
