/**
 * The two parts of undici the runner uses, loaded from their own modules rather than from undici's
 * index, which also loads fetch, cookies, WebSocket, EventSource and mocks: about a fifth of the CPU of
 * a one-request `assay run`. `Agent` is undici's connection-pooling dispatcher; `requestWith` is its
 * `Dispatcher.request`, which undici's index adds to every dispatcher's prototype.
 * undici has no `exports` map; if these files ever move, the build fails on these lines.
 */
import type { Agent as AgentClass, Dispatcher } from 'undici';

type RequestOn = (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;

export const Agent: typeof AgentClass = require('undici/lib/dispatcher/agent');
const requestOn: RequestOn = require('undici/lib/api/api-request');

/** Sends one request through `dispatcher` (undici's `dispatcher.request(options)`). */
export function requestWith(dispatcher: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  return requestOn.call(dispatcher, options);
}
