/**
 * The HTTP agent a run sends with when its caller gives none: keep-alive connection pools per origin,
 * and TLS trust as the run asks (Node's certificate authorities, plus any given; or none checked).
 */
import type { Agent as AgentType } from 'undici';
import type { RunOptions } from './api';
import { Agent } from './undici-parts';

export function createAgent({ insecure, ca }: Pick<RunOptions, 'insecure' | 'ca'>): AgentType {
  const connect: { rejectUnauthorized?: boolean; ca?: string[] } = {};
  if (insecure) connect.rejectUnauthorized = false;
  // A `ca` list replaces Node's own authorities, so they go first; node:tls is loaded only then.
  if (ca && ca.length > 0) connect.ca = [...(require('node:tls') as typeof import('node:tls')).rootCertificates, ...ca];
  return new Agent({ keepAliveTimeout: 10_000, connections: 32, connect });
}
