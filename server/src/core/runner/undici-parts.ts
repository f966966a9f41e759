/**
 * The part of undici the runner uses, loaded from its own module rather than from undici's index, which
 * also loads fetch, cookies, WebSocket, EventSource and mocks: about a fifth of the CPU of a one-request
 * `assay run`. `Agent` is undici's connection-pooling dispatcher; the runner sends through its
 * `dispatch` (http-exchange.ts). undici has no `exports` map; if the file ever moves, the build fails here.
 */
import type { Agent as AgentClass } from 'undici';

export const Agent: typeof AgentClass = require('undici/lib/dispatcher/agent');
