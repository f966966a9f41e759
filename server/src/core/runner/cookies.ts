/**
 * The cookies a test's requests send back: what responses set with Set-Cookie, sent with the later
 * requests whose URL they match (domain, path, Secure, expiry, as a browser decides: tough-cookie). A
 * file's setup and teardown share one jar; each test starts with a copy of it as the setup left it, so
 * the cookies a test gets never reach another test. A request with its own Cookie header sends that
 * instead. tough-cookie is loaded when the first cookie arrives.
 */
import type { CookieJar } from 'tough-cookie';

export class Cookies {
  private jar: CookieJar | undefined;

  /** The Cookie header for a request to `url`; undefined when no cookie matches. */
  header(url: string): string | undefined {
    const value = this.jar?.getCookieStringSync(url);
    return value ? value : undefined;
  }

  /** Keeps the cookies a response from `url` set; a value that is no valid cookie is dropped. */
  store(url: string, setCookie: string | string[] | undefined): void {
    if (setCookie === undefined) return;
    this.jar ??= new (require('tough-cookie') as typeof import('tough-cookie')).CookieJar();
    for (const value of Array.isArray(setCookie) ? setCookie : [setCookie]) this.jar.setCookieSync(value, url, { ignoreError: true });
  }

  /** A jar holding the same cookies, to change without changing this one. */
  copy(): Cookies {
    const copy = new Cookies();
    copy.jar = this.jar?.cloneSync();
    return copy;
  }
}

/** True when the headers hold a Cookie header of the request's own. */
export function hasCookieHeader(headers: Array<[string, string]>): boolean {
  return headers.some(([name]) => name.toLowerCase() === 'cookie');
}

/** The headers with the jar's Cookie header for `url` added, unless they have one of their own. */
export function withCookies(headers: Array<[string, string]>, cookies: Cookies | undefined, url: string): Array<[string, string]> {
  const header = cookies && !hasCookieHeader(headers) ? cookies.header(url) : undefined;
  return header === undefined ? headers : [...headers, ['Cookie', header]];
}
