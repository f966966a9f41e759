/**
 * The JSON reporter, for scripts: at the end of the run one JSON document with the summary, every
 * finished test (each parameterized row its own) with its status, time and failures, and the errors
 * of files themselves (a failed teardown).
 */
import type { SourceLocation } from '../runner/events';
import type { Reporter, ReporterOptions } from './reporter';
import { RunRecord } from './run-record';

export function jsonReporter(options: ReporterOptions = {}): Reporter {
  const show = options.displayPath ?? ((file: string) => file);
  const record = new RunRecord();
  const where = (l: SourceLocation) => ({ file: show(l.file), line: l.line, column: l.column });
  return {
    onEvent(event) {
      record.add(event);
      if (event.type !== 'run-end') return '';
      const { summary } = event;
      const files = [...record.files.values()];
      const document = {
        summary: { ...summary, total: summary.passed + summary.failed + summary.skipped + summary.errored },
        startTime: record.startTime === undefined ? undefined : new Date(record.startTime).toISOString(),
        tests: files.flatMap((f) =>
          f.tests.flatMap(({ start, end }) =>
            end
              ? [
                  {
                    id: start.testId,
                    name: start.name,
                    file: show(start.file),
                    location: where(start.location),
                    tags: start.tags,
                    row: start.row,
                    status: end.status,
                    durationMs: end.durationMs,
                    skipReason: end.skipReason,
                    failures: end.failures.map((x) => ({ ...x, location: where(x.location) })),
                  },
                ]
              : [],
          ),
        ),
        fileErrors: files.flatMap((f) => f.errors.map((e) => ({ file: show(f.file), message: e.message, location: where(e.location) }))),
      };
      return `${JSON.stringify(document, null, 2)}\n`;
    },
  };
}
