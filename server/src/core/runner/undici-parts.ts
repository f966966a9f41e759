/**
 * The parts of undici the runner uses. `Agent`, undici's connection-pooling dispatcher, is loaded from
 * its own module rather than from undici's index, which also loads fetch, cookies, WebSocket,
 * EventSource and mocks: about a fifth of the CPU of a one-request `assay run`. The runner sends
 * through its `dispatch` (http-exchange.ts). Runs through a proxy load the index (`proxyAgentClass`):
 * undici's proxy agent opens its tunnels with the `connect` method the index gives every dispatcher.
 * undici has no `exports` map; if the file ever moves, the build fails here.
 */
import type { Agent as AgentClass, EnvHttpProxyAgent } from 'undici';

export const Agent: typeof AgentClass = require('undici/lib/dispatcher/agent');

/** undici's agent that sends through HTTP_PROXY / HTTPS_PROXY-style proxies, except NO_PROXY hosts. */
export function proxyAgentClass(): typeof EnvHttpProxyAgent {
  return (require('undici') as typeof import('undici')).EnvHttpProxyAgent;
}
