/**
 * Names network faults for people: connection refused, DNS failure, reset, TLS, timeout. Input: what
 * undici or Node threw (possibly wrapping a cause). Output: one sentence.
 */

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|HOSTNAME_MISMATCH)/;
/** A certificate signed by no authority the run trusts (a test server's own, a company's private CA). */
const UNTRUSTED_CERT = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_UNTRUSTED)$/;
/** A certificate that is trusted but does not fit: expired, not yet valid, for another name. */
const UNFIT_CERT = /^(CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)$/;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  hostname?: unknown;
}

/** The chain of an error and its causes. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e = error; e !== null && typeof e === 'object' && out.length < 8; e = (e as ErrorLike).cause) out.push(e as ErrorLike);
  if (typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors)) {
    for (const inner of (error as { errors: unknown[] }).errors) out.push(...chain(inner));
  }
  return out;
}

/** One sentence saying why a request to `url` failed. */
export function describeFault(error: unknown, url: string): string {
  const errors = chain(error);
  const code = errors.map((e) => (typeof e.code === 'string' ? e.code : '')).find((c) => c !== '') ?? '';
  const message = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).find((m) => m !== '') ?? String(error);
  let where = url;
  try {
    where = new URL(url).host;
  } catch {
    // Keep the URL as written.
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `Connection refused by ${where}: nothing is listening there.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `DNS lookup failed for ${where}: the host name is not known (${code}).`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `The connection to ${where} was reset or closed before a full response (${code}: ${message}).`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `Connecting to ${where} timed out.`;
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `${where} stopped answering (${code}).`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} cannot be reached (${code}).`;
  }
  if (TLS_CODE.test(code)) return `TLS error talking to ${where}: ${openSslReason(message)} (${code}).${tlsHint(code)}`;
  return `The request to ${where} failed: ${message}${code ? ` (${code})` : ''}.`;
}

/** What to do about a certificate the run rejected, in the CLI's options and the editor's settings. */
function tlsHint(code: string): string {
  if (UNTRUSTED_CERT.test(code)) return ' To trust it, give its certificate authority (--cacert FILE, or the assay.cacert setting), or skip the check (--insecure, or assay.insecure).';
  if (UNFIT_CERT.test(code)) return ' To test against it anyway, skip the check (--insecure, or the assay.insecure setting).';
  return '';
}

/** OpenSSL's reason (`wrong version number`) out of its `id:error:code:library:function:reason:file:line:` form. */
function openSslReason(message: string): string {
  const reason = /:([^:]+):[^:]*\.c:\d+:?\s*$/.exec(message);
  return reason ? reason[1] : message;
}
