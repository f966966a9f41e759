/**
 * Run events as text for people: the Assay output channel, a test's output in the Test Explorer and
 * the Debug Console all show a run with these lines. Input: one runner event (secrets already masked
 * by the runner). Output: its text (lines joined with `\n`), or undefined for events not worth a line.
 * No `vscode` here.
 */
import type { RunnerEvent, SourceLocation } from '../../../server/src/lsp/protocol';

const INDENT = '    ';

export function describeEvent(event: RunnerEvent): string | undefined {
  switch (event.type) {
    case 'run-start':
      return `Run started: ${plural(event.testCount, 'test')} in ${plural(event.files.length, 'file')}`;
    case 'test-start':
      return `▶ ${event.name}`;
    case 'step-start':
      return event.attempt > 1 ? `↻ attempt ${event.attempt}` : undefined;
    case 'request':
      return [`→ ${event.method} ${event.url}`, ...headerLines(event.headers), ...bodyLines(event.body, event.bodyTruncated)].join('\n');
    case 'response': {
      const size = `${event.bodyBytes} B${event.bodyTruncated ? ', truncated' : ''}`;
      return [`← ${event.status} (${event.durationMs} ms, ${size})`, ...headerLines(event.headers), ...bodyLines(event.body, event.bodyTruncated)].join('\n');
    }
    case 'assertion':
      return event.passed ? `✓ ${event.source}` : `✗ ${event.source}: ${event.message} (${where(event.location)})`;
    case 'capture':
      return `capture ${event.name} = ${valueText(event.value)}`;
    case 'log':
      return `${event.level === 'info' ? 'log' : event.level}: ${event.message}${event.location ? ` (${where(event.location)})` : ''}`;
    case 'step-end':
      return event.status === 'errored' ? `✗ error: ${event.error ?? 'the step failed'}` : undefined;
    case 'test-end':
      return `${SYMBOL[event.status]} ${event.status}: ${nameOf(event.testId)}${event.skipReason ? ` (${event.skipReason})` : ''} (${event.durationMs} ms)`;
    case 'file-end':
      return event.errors.length > 0 ? event.errors.map((e) => `✗ ${where(e.location)}: ${e.message}`).join('\n') : undefined;
    case 'run-end': {
      const s = event.summary;
      return `Run finished: ${s.passed} passed, ${s.failed} failed, ${s.errored} errored, ${s.skipped} skipped (${s.durationMs} ms)`;
    }
    default:
      return undefined;
  }
}

const SYMBOL = { passed: '✓', failed: '✗', errored: '✗', skipped: '○' } as const;

/** A value as the language writes it: strings quoted, objects and arrays as compact JSON. */
export function valueText(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** `file:line:column`, as editors link it. */
export function where(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** The test's name in its id (`file#name`, a row's `[index]` kept). */
function nameOf(testId: string): string {
  return testId.slice(testId.indexOf('#') + 1);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function headerLines(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([name, value]) => `${INDENT}${name}: ${value}`);
}

/** A body preview, pretty-printed when it is complete JSON. */
function bodyLines(body: string | undefined, truncated: boolean | undefined): string[] {
  if (body === undefined || body === '') return [];
  const lines = prettyJson(body).split(/\r?\n/).map((line) => INDENT + line);
  return ['', ...lines, ...(truncated ? [`${INDENT}… (truncated)`] : [])];
}

/** `text` indented as JSON when it parses, else unchanged. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
