/**
 * The JUnit reporter, for CI servers: at the end of the run one XML document, `testsuites` with a
 * `testsuite` per file and a `testcase` per test (each parameterized row its own), with `failure`,
 * `error` and `skipped` elements, times in seconds and counts that add up. Errors of a file itself
 * (a failed teardown) go to the suite's `system-err`; log lines to the test's `system-out`.
 */
import type { RunSummary } from '../runner/events';
import { style } from './ansi';
import { failureDetails } from './failure-details';
import { formatLocation } from './format';
import type { Reporter, ReporterOptions } from './reporter';
import { RunRecord, type FileRecord, type TestRecord } from './run-record';
import { attributes, escapeXml } from './xml';

const PLAIN = style(false);

export function junitReporter(options: ReporterOptions = {}): Reporter {
  const show = options.displayPath ?? ((file: string) => file);
  const record = new RunRecord();
  return {
    onEvent(event) {
      record.add(event);
      return event.type === 'run-end' ? junitDocument(record, event.summary, show) : '';
    },
  };
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function junitDocument(record: RunRecord, summary: RunSummary, show: (file: string) => string): string {
  const timestamp = new Date(record.startTime ?? 0).toISOString().slice(0, 19);
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  let suites = '';
  for (const file of record.files.values()) {
    const counts = countTests(file.tests);
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key];
    suites += suite(file, counts, timestamp, show);
  }
  const root = attributes({ name: 'assay', ...total, time: seconds(summary.durationMs) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${root}>\n${suites}</testsuites>\n`;
}

/** Only finished tests are reported; a cancelled run may leave some without an end. */
function finished(tests: TestRecord[]): TestRecord[] {
  return tests.filter((t) => t.end !== undefined);
}

function countTests(tests: TestRecord[]): Counts {
  const done = finished(tests);
  const count = (status: string) => done.filter((t) => t.end!.status === status).length;
  return { tests: done.length, failures: count('failed'), errors: count('errored'), skipped: count('skipped') };
}

function suite(file: FileRecord, counts: Counts, timestamp: string, show: (file: string) => string): string {
  const time = finished(file.tests).reduce((sum, t) => sum + t.end!.durationMs, 0);
  const head = attributes({ name: show(file.file), ...counts, time: seconds(time), timestamp });
  let body = finished(file.tests).map((t) => testCase(t, show)).join('');
  if (file.errors.length > 0) {
    const lines = file.errors.map((e) => `${formatLocation(e.location, show)}: ${e.message}`).join('\n');
    body += `    <system-err>${escapeXml(lines)}</system-err>\n`;
  }
  return `  <testsuite${head}>\n${body}  </testsuite>\n`;
}

function testCase(test: TestRecord, show: (file: string) => string): string {
  const end = test.end!;
  const head = attributes({
    name: test.start.name,
    classname: show(test.start.file),
    time: seconds(end.durationMs),
    file: show(test.start.file),
    line: test.start.location.line,
  });
  let body = '';
  if (end.status === 'skipped') body += `      <skipped${attributes({ message: end.skipReason ?? '' })}/>\n`;
  else if (end.status === 'failed' || end.status === 'errored') {
    const element = end.status === 'failed' ? 'failure' : 'error';
    const message = end.failures[0]?.message ?? end.status;
    const details = failureDetails(test, PLAIN, show).join('\n');
    const type = end.status === 'failed' ? 'AssertionError' : 'Error';
    body += `      <${element}${attributes({ message, type })}>${escapeXml(details)}</${element}>\n`;
  }
  if (test.logs.length > 0) {
    const lines = test.logs.map((l) => `${l.level}: ${l.message}`).join('\n');
    body += `      <system-out>${escapeXml(lines)}</system-out>\n`;
  }
  return body === '' ? `    <testcase${head}/>\n` : `    <testcase${head}>\n${body}    </testcase>\n`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
