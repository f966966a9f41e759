// Authentication routes: POST /login issues a bearer token, GET /me names the caller
// (bearer, API key or HTTP Basic), DELETE /sessions/current revokes the caller's token.
import { bearerToken, checkPassword, requireUser, unauthorized } from './auth.js';
import { HttpError, readJsonObject, sendEmpty, sendJson, type ErrorDetail } from './http-util.js';
import type { Route } from './router.js';

export const authRoutes: Route[] = [
  {
    path: '/login',
    methods: {
      POST: async ({ req, res, state }) => {
        const body = await readJsonObject(req);
        const { user, password } = body;
        const details: ErrorDetail[] = [];
        if (typeof user !== 'string') details.push({ field: 'user', message: 'is required and must be a string' });
        if (typeof password !== 'string') details.push({ field: 'password', message: 'is required and must be a string' });
        if (typeof user !== 'string' || typeof password !== 'string') {
          throw new HttpError(422, 'validation_failed', 'invalid login request', { details });
        }
        if (!checkPassword(user, password)) {
          throw new HttpError(401, 'invalid_credentials', 'wrong user or password', {
            headers: { 'www-authenticate': 'Bearer' },
          });
        }
        sendJson(res, 200, { token: state.sessions.create(user), user });
      },
    },
  },
  {
    path: '/me',
    methods: {
      GET: ({ req, res, state }) => {
        sendJson(res, 200, { user: requireUser(req, state.sessions, ['bearer', 'apiKey', 'basic']) });
      },
    },
  },
  {
    path: '/sessions/current',
    methods: {
      DELETE: ({ req, res, state }) => {
        const token = bearerToken(req);
        if (token === undefined || !state.sessions.revoke(token)) throw unauthorized(['bearer']);
        sendEmpty(res, 204);
      },
    },
  },
];
