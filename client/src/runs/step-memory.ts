/**
 * The last request and response the extension saw for each step of each test in this session, from
 * run events, for "Show Last Response". Steps are named as the runner names them: the block id (a
 * test id without a row's `[index]`, `file#@setup`, `file#@teardown`) and the step's index. No `vscode` here.
 */
import type { RunnerEvent } from '../../../server/src/lsp/protocol';
import { prettyJson } from './describe';

type RequestEvent = Extract<RunnerEvent, { type: 'request' }>;
type ResponseEvent = Extract<RunnerEvent, { type: 'response' }>;

export interface StepExchange {
  /** The id the step ran under (a row's id for a parameterized test). */
  testId: string;
  request?: RequestEvent;
  response?: ResponseEvent;
}

/** How many steps are remembered; the oldest go first. */
const CAPACITY = 500;

export class StepMemory {
  private readonly steps = new Map<string, StepExchange>();

  observe(event: RunnerEvent): void {
    if (event.type !== 'request' && event.type !== 'response') return;
    const key = keyOf(blockIdOf(event.testId), event.step);
    const known = this.steps.get(key);
    // A new request starts a new exchange: a response must never pair with an older request.
    const exchange: StepExchange = event.type === 'request' || known?.testId !== event.testId ? { testId: event.testId } : known;
    if (event.type === 'request') exchange.request = event;
    else exchange.response = event;
    this.steps.delete(key);
    this.steps.set(key, exchange);
    if (this.steps.size > CAPACITY) this.steps.delete(this.steps.keys().next().value as string);
  }

  /** What was last seen of step `step` of `blockId`. */
  last(blockId: string, step: number): StepExchange | undefined {
    return this.steps.get(keyOf(blockId, step));
  }
}

/** The block a test id belongs to: the id without a parameterized row's `[index]`. */
export function blockIdOf(testId: string): string {
  return testId.replace(/\[\d+\]$/, '');
}

function keyOf(blockId: string, step: number): string {
  return `${step} ${blockId}`;
}

/**
 * A response as a read-only document: a JSON body pretty-printed (JSON with comments, the request and
 * the status and headers as comments above it), any other body as plain text under the same lines.
 */
export function responseDocument(exchange: StepExchange): { language: 'jsonc' | 'plaintext'; text: string } | undefined {
  const { request, response } = exchange;
  if (!response) return undefined;
  const head = [
    ...(request ? [`${request.method} ${request.url}`] : []),
    `${response.status} (${response.durationMs} ms, ${response.bodyBytes} B${response.bodyTruncated ? ', truncated' : ''})`,
    ...Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`),
  ];
  const body = response.body ?? '';
  if (!response.bodyTruncated && isJson(body)) return { language: 'jsonc', text: `${head.map((line) => `// ${line}`).join('\n')}\n${prettyJson(body)}\n` };
  return { language: 'plaintext', text: `${head.join('\n')}\n\n${body}\n` };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
