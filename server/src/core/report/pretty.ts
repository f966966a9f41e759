/**
 * The pretty reporter, for people at a terminal: a line per test as it finishes (✓ passed, ✗ failed
 * or errored, ○ skipped, with its time), under its file's name; below a failed test why it failed and
 * the exchange behind it; log lines under their test; a summary with counts and time at the end.
 */
import type { FileEnd, LogLine, RunSummary } from '../runner/events';
import { style, type Style } from './ansi';
import { failureDetails } from './failure-details';
import { formatDuration, formatLocation, plural } from './format';
import type { Reporter, ReporterOptions } from './reporter';
import { RunRecord, type TestRecord } from './run-record';

export function prettyReporter(options: ReporterOptions = {}): Reporter {
  const s = style(options.color ?? false);
  const show = options.displayPath ?? ((file: string) => file);
  const record = new RunRecord();
  let lastFile: string | undefined;

  /** The file's name above its tests, again whenever parallel files take turns. */
  const header = (file: string): string => {
    if (file === lastFile) return '';
    lastFile = file;
    return `\n${s.bold(show(file))}\n`;
  };

  return {
    onEvent(event) {
      const test = record.add(event);
      switch (event.type) {
        case 'run-start':
          return `Running ${plural(event.testCount, 'test')} from ${plural(event.files.length, 'file')}\n`;
        case 'test-end':
          return test ? header(test.start.file) + testLines(test, s, show) : '';
        case 'log':
          return test ? '' : `${logLine(event, s, show)}\n`;
        case 'file-end':
          return event.errors.length > 0 ? header(event.file) + fileErrors(event, s, show) : '';
        case 'run-end':
          return summaryLines(record, event.summary, s, show);
        default:
          return '';
      }
    },
  };
}

function testLines(test: TestRecord, s: Style, show: (file: string) => string): string {
  const end = test.end!;
  const name = test.start.name;
  const time = s.dim(`(${formatDuration(end.durationMs)})`);
  let out: string;
  if (end.status === 'passed') out = `  ${s.green('✓')} ${name} ${time}\n`;
  else if (end.status === 'skipped') {
    out = `  ${s.yellow('○')} ${s.dim(name)} ${s.yellow(`skipped${end.skipReason ? `: ${end.skipReason}` : ''}`)}\n`;
  }
  else out = `  ${s.red('✗')} ${name} ${time}${end.status === 'errored' ? ` ${s.red('error')}` : ''}\n`;
  for (const log of test.logs) out += `      ${logLine(log, s, show)}\n`;
  if (end.status === 'failed' || end.status === 'errored') {
    out += failureDetails(test, s, show).map((line) => `      ${line}\n`).join('') + '\n';
  }
  return out;
}

function logLine(log: LogLine, s: Style, show: (file: string) => string): string {
  const where = log.location ? `${s.dim(`${formatLocation(log.location, show)}:`)} ` : '';
  const level = log.level === 'info' ? s.dim('log') : log.level === 'warning' ? s.yellow('warning') : s.red('error');
  return `${level} ${where}${log.message}`;
}

function fileErrors(event: FileEnd, s: Style, show: (file: string) => string): string {
  return event.errors.map((e) => `  ${s.red('✗')} ${s.dim(`${formatLocation(e.location, show)}:`)} ${e.message}\n`).join('');
}

function summaryLines(record: RunRecord, summary: RunSummary, s: Style, show: (file: string) => string): string {
  let out = '\n';
  const failed = [...record.tests.values()].filter((t) => t.end?.status === 'failed' || t.end?.status === 'errored');
  if (failed.length > 0) {
    out += `${s.red(s.bold('Failed:'))}\n`;
    for (const t of failed) out += `  ${s.red('✗')} ${s.dim(`${formatLocation(t.start.location, show)}:`)} ${t.start.name}\n`;
    out += '\n';
  }
  const total = summary.passed + summary.failed + summary.errored + summary.skipped;
  const counts = [s.green(`${summary.passed} passed`)];
  if (summary.failed > 0) counts.push(s.red(`${summary.failed} failed`));
  if (summary.errored > 0) counts.push(s.red(`${summary.errored} errored`));
  if (summary.skipped > 0) counts.push(s.yellow(`${summary.skipped} skipped`));
  const fileErrorCount = [...record.files.values()].filter((f) => f.errors.length > 0).length;
  if (fileErrorCount > 0) counts.push(s.red(`${plural(fileErrorCount, 'file')} with errors`));
  out += `${s.bold('Tests:')} ${counts.join(', ')} ${s.dim(`(${total} total)`)}\n`;
  out += `${s.bold('Time:')}  ${formatDuration(summary.durationMs)}\n`;
  return out;
}
