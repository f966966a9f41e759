// POST /upload (protected): accepts multipart/form-data and reports each file's size and
// SHA-256 plus the plain field values.
import { createHash } from 'node:crypto';
import { requireUser } from './auth.js';
import { HttpError, badRequest, collectPairs, parseHeaderValue, readBody, sendJson } from './http-util.js';
import { parseMultipart } from './multipart.js';
import type { Route } from './router.js';

export const uploadRoutes: Route[] = [
  {
    path: '/upload',
    methods: {
      POST: async ({ req, res, state }) => {
        requireUser(req, state.sessions);
        const contentType = parseHeaderValue(req.headers['content-type']);
        if (contentType.value !== 'multipart/form-data') {
          throw new HttpError(415, 'unsupported_media_type', 'expected a multipart/form-data body');
        }
        const boundary = contentType.params.get('boundary');
        if (!boundary) throw badRequest('multipart/form-data content type has no boundary parameter');
        const parts = parseMultipart(await readBody(req), boundary);
        const files = parts
          .filter((part) => part.filename !== null)
          .map((part) => ({
            field: part.name,
            filename: part.filename,
            contentType: part.contentType,
            size: part.data.length,
            sha256: createHash('sha256').update(part.data).digest('hex'),
          }));
        const fields = collectPairs(
          parts.filter((part) => part.filename === null).map((part): [string, string] => [part.name, part.data.toString('utf8')]),
        );
        sendJson(res, 200, { files, fields });
      },
    },
  },
];
