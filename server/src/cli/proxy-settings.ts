/**
 * The proxies of `assay run`: --proxy for every request, else HTTPS_PROXY and HTTP_PROXY (lower case
 * first, as curl reads them) from the environment and .env files, with NO_PROXY listing the hosts that
 * go direct. With proxies from the environment, requests to this machine (localhost, 127.0.0.1, ::1)
 * go direct too: a proxy set for the whole machine must not capture a test server on loopback. --proxy
 * sends those through it as well, to watch a local server's traffic in a debugging proxy.
 */
import type { ProxySettings } from '../core/runner';
import { UsageError } from './io';

const LOOPBACK = 'localhost,127.0.0.1,[::1]';

export function proxySettings(flag: string | undefined, env: Record<string, string | undefined>): ProxySettings | undefined {
  const read = (name: string): string | undefined => env[name.toLowerCase()] || env[name] || undefined;
  const noProxy = read('NO_PROXY');
  if (flag !== undefined) return { http: checked(flag, '--proxy'), https: checked(flag, '--proxy'), noProxy };
  const http = read('HTTP_PROXY');
  const https = read('HTTPS_PROXY');
  if (!http && !https) return undefined;
  return {
    http: http && checked(http, 'HTTP_PROXY'),
    https: https && checked(https, 'HTTPS_PROXY'),
    noProxy: noProxy ? `${noProxy},${LOOPBACK}` : LOOPBACK,
  };
}

/** `url` when it is an http:// or https:// URL; a usage error naming where it came from otherwise. */
function checked(url: string, from: string): string {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new UsageError(`${from} must be an http:// or https:// URL, like http://127.0.0.1:8080, not '${url}'`);
  return url;
}
