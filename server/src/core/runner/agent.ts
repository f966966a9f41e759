/**
 * The HTTP agent a run sends with when its caller gives none: keep-alive connection pools per origin,
 * TLS as the run asks (Node's certificate authorities, plus any given, or none checked; a client
 * certificate for servers that ask for one), and,
 * when the run names proxies, undici's proxy agent (a CONNECT tunnel per connection) for the hosts that
 * do not go direct. The proxy agent and node:tls are loaded only for runs that need them.
 */
import type { Dispatcher } from 'undici';
import type { RunOptions } from './api';
import { Agent, proxyAgentClass } from './undici-parts';

export function createAgent({ insecure, ca, clientCertificate, proxy }: Pick<RunOptions, 'insecure' | 'ca' | 'clientCertificate' | 'proxy'>): Dispatcher {
  const tls: { rejectUnauthorized?: boolean; ca?: string[]; cert?: string; key?: string } = { ...clientCertificate };
  if (insecure) tls.rejectUnauthorized = false;
  // A `ca` list replaces Node's own authorities, so they go first.
  if (ca && ca.length > 0) tls.ca = [...(require('node:tls') as typeof import('node:tls')).rootCertificates, ...ca];
  const pool = { keepAliveTimeout: 10_000, connections: 32 };
  if (!proxy?.http && !proxy?.https) return new Agent({ ...pool, connect: tls });
  const ProxyAgent = proxyAgentClass();
  // Empty strings, not undefined: undici would read the process environment for what is missing.
  return new ProxyAgent({ ...pool, connect: tls, requestTls: tls, httpProxy: proxy.http ?? '', httpsProxy: proxy.https ?? '', noProxy: proxy.noProxy ?? '' });
}
