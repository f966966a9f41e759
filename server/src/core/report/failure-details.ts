/**
 * Explains why a test did not pass, as plain lines for a person: each failed assertion (its
 * `file:line:col`, the expectation as written, expected and actual), each errored step's cause, then
 * the request that step sent and the response it got (status, key headers, a body preview). Used by
 * the pretty reporter (indented under the test) and the JUnit reporter (inside <failure>).
 */
import type { Style } from './ansi';
import { formatDuration, formatLocation, formatValue, previewBody } from './format';
import type { StepRecord, TestRecord } from './run-record';

/** Response headers worth showing next to a failure; the rest are left out. */
const KEY_HEADERS = ['content-type', 'content-length', 'location', 'www-authenticate', 'retry-after'];

export function failureDetails(test: TestRecord, s: Style, displayPath: (file: string) => string): string[] {
  const lines: string[] = [];
  for (const step of test.steps) {
    if (!step || !stepFailed(step)) continue;
    for (const a of step.assertions) {
      if (a.passed) continue;
      lines.push(`${s.dim(`${formatLocation(a.location, displayPath)}:`)} ${s.bold(a.source)}`);
      if (a.message) lines.push(`  ${a.message}`);
      lines.push(`  expected: ${s.green(formatValue(a.expected))}`, `  actual:   ${s.red(formatValue(a.actual))}`);
    }
    if (step.end?.error) {
      const where = step.start ? `${s.dim(`${formatLocation(step.start.location, displayPath)}:`)} ` : '';
      lines.push(`${where}${s.red(step.end.error)}`);
    }
    lines.push(...exchange(step, s));
  }
  // Failures with no failed step behind them (a failed setup, say) are only in the test's end.
  if (lines.length === 0) {
    for (const f of test.end?.failures ?? []) {
      lines.push(`${s.dim(`${formatLocation(f.location, displayPath)}:`)} ${f.message}`);
      if ('expected' in f || 'actual' in f) {
        lines.push(`  expected: ${s.green(formatValue(f.expected))}`, `  actual:   ${s.red(formatValue(f.actual))}`);
      }
    }
  }
  return lines;
}

function stepFailed(step: StepRecord): boolean {
  return (step.end !== undefined && step.end.status !== 'passed') || step.assertions.some((a) => !a.passed);
}

/** The request and response of a step, when it got that far. */
function exchange(step: StepRecord, s: Style): string[] {
  const lines: string[] = [];
  const { request, response } = step;
  if (request) {
    lines.push(`${s.dim('request: ')} ${request.method} ${request.url}`);
    if (request.body !== undefined) lines.push(...previewBody(request.body, request.bodyTruncated ?? false).map((l) => `  ${s.dim(l)}`));
  }
  if (response) {
    lines.push(`${s.dim('response:')} ${response.status} ${s.dim(`(${formatDuration(response.durationMs)})`)}`);
    for (const [name, value] of Object.entries(response.headers)) {
      if (KEY_HEADERS.includes(name.toLowerCase())) lines.push(`  ${s.dim(`${name}: ${value}`)}`);
    }
    if (response.body !== undefined && response.body !== '') {
      lines.push(...previewBody(response.body, response.bodyTruncated).map((l) => `  ${s.dim(l)}`));
    }
  }
  return lines;
}
