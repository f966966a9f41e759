// Credentials for the sample API: the demo user, bearer-token sessions, the API key, HTTP Basic,
// and the guard that protected handlers call to get the authenticated user or answer 401.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-util.js';

const DEMO_USER = 'ada';
const DEMO_PASSWORD = 'lovelace';
const API_KEY = 'sample-key';

export type AuthScheme = 'bearer' | 'apiKey' | 'basic';

/** Bearer tokens issued by `POST /login`, each mapped to its user until revoked. */
export class SessionStore {
  private readonly users = new Map<string, string>();

  create(user: string): string {
    const token = randomBytes(24).toString('base64url');
    this.users.set(token, user);
    return token;
  }

  userFor(token: string): string | undefined {
    return this.users.get(token);
  }

  revoke(token: string): boolean {
    return this.users.delete(token);
  }
}

export function checkPassword(user: string, password: string): boolean {
  return user === DEMO_USER && password === DEMO_PASSWORD;
}

function credentials(req: IncomingMessage, scheme: string): string | undefined {
  const header = req.headers.authorization ?? '';
  const space = header.indexOf(' ');
  if (space === -1 || header.slice(0, space).toLowerCase() !== scheme) return undefined;
  return header.slice(space + 1).trim();
}

export function bearerToken(req: IncomingMessage): string | undefined {
  return credentials(req, 'bearer');
}

function basicUser(req: IncomingMessage): string | undefined {
  const encoded = credentials(req, 'basic');
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  const user = decoded.slice(0, colon);
  return checkPassword(user, decoded.slice(colon + 1)) ? user : undefined;
}

/** The user that any of `schemes` authenticates, or null. */
export function authenticate(req: IncomingMessage, sessions: SessionStore, schemes: readonly AuthScheme[]): string | null {
  for (const scheme of schemes) {
    let user: string | undefined;
    if (scheme === 'bearer') {
      const token = bearerToken(req);
      user = token === undefined ? undefined : sessions.userFor(token);
    } else if (scheme === 'apiKey') {
      user = req.headers['x-api-key'] === API_KEY ? DEMO_USER : undefined;
    } else {
      user = basicUser(req);
    }
    if (user !== undefined) return user;
  }
  return null;
}

export function unauthorized(schemes: readonly AuthScheme[]): HttpError {
  const challenge = schemes.includes('basic') ? 'Bearer, Basic realm="assay-sample"' : 'Bearer';
  return new HttpError(401, 'unauthorized', 'missing or invalid credentials', {
    headers: { 'www-authenticate': challenge },
  });
}

/** The authenticated user; throws 401 with a `WWW-Authenticate` challenge when there is none. */
export function requireUser(
  req: IncomingMessage,
  sessions: SessionStore,
  schemes: readonly AuthScheme[] = ['bearer', 'apiKey'],
): string {
  const user = authenticate(req, sessions, schemes);
  if (user === null) throw unauthorized(schemes);
  return user;
}
