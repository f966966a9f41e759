/**
 * One HTTP exchange through undici's dispatcher API: sends a request and collects the response's status,
 * headers and body, up to a cap, straight from undici's callbacks. undici's `request()` gives every
 * response a Readable stream and watches an AbortSignal per request; the runner reads each body whole,
 * so it skips both and aborts through undici's controller instead. Input: a dispatcher, the request, the
 * cap. Output: the exchange's promise and a way to abort it, which settles it at once.
 */
import type { Dispatcher } from 'undici';

/** A request as undici sends it: headers as a flat name, value, name, value, ... list. */
export interface OutgoingRequest {
  origin: string;
  path: string;
  method: string;
  headers: string[];
  body?: Uint8Array | string;
}

/** A response as undici received it: header names in lower case, repeated headers as arrays. */
export interface IncomingResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** True when the body went past the cap: `body` holds its start, and the rest was not read. */
  truncated: boolean;
}

export interface Exchange {
  /** Settles with the response, or rejects with what undici reported (or the reason given to `abort`). */
  response: Promise<IncomingResponse>;
  /** Stops the exchange, whether it is queued, sending or receiving; `response` rejects with `reason`. */
  abort(reason: Error): void;
}

/** Sends `request` through `dispatcher`, keeping at most `cap` bytes of the response's body. */
export function exchange(dispatcher: Dispatcher, request: OutgoingRequest, cap: number): Exchange {
  let collector!: BodyCollector;
  const response = new Promise<IncomingResponse>((resolve, reject) => {
    collector = new BodyCollector(cap, resolve, reject);
  });
  dispatcher.dispatch({ ...request, method: request.method as Dispatcher.HttpMethod }, collector);
  return { response, abort: (reason) => collector.abort(reason) };
}

/** undici's handler for one exchange: settles once, on the response's end, an error, the cap or an abort. */
class BodyCollector implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  /** Set by an abort that came before undici started the request: applied when it starts. */
  private pendingAbort: Error | undefined;
  private settled = false;
  private status = 0;
  private headers: Record<string, string | string[] | undefined> = {};
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly cap: number,
    private readonly resolve: (response: IncomingResponse) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.pendingAbort) controller.abort(this.pendingAbort);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    // 1xx answers (100 Continue, 103 Early Hints) come before the response itself.
    if (statusCode < 200) return;
    this.status = statusCode;
    this.headers = headers;
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    if (this.size + chunk.length <= this.cap) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return;
    }
    // Past the cap: keep the start and stop reading (the connection is closed rather than drained).
    this.chunks.push(chunk.subarray(0, this.cap - this.size));
    this.finish(true);
    controller.abort(new Error('The response body is over the cap.'));
  }

  onResponseEnd(): void {
    this.finish(false);
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  abort(reason: Error): void {
    if (this.settled) return;
    this.settled = true;
    if (this.controller) this.controller.abort(reason);
    else this.pendingAbort = reason;
    this.reject(reason);
  }

  private finish(truncated: boolean): void {
    if (this.settled) return;
    this.settled = true;
    const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.resolve({ status: this.status, headers: this.headers, body, truncated });
  }
}
