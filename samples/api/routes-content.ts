// Routes serving fixed kinds of content: /health, /text (plain text), /html, /big (a streamed
// JSON array of about N KB) and /malformed (invalid JSON labelled as JSON).
import type { ServerResponse } from 'node:http';
import { JSON_CONTENT_TYPE, intQuery, sendJson, sendText } from './http-util.js';
import type { Route } from './router.js';

const TEXT_BODY = 'hello from assay sample api\nversion=1.0.0\n';
const MAX_BIG_KB = 50_000;
const MALFORMED_BODY = '{"ok": true, "items": [1, 2,';

const HTML_BODY = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Assay sample API</title></head>
<body><h1>Assay sample API</h1><p>Hello from the sample API.</p></body>
</html>
`;

const ELEMENTS_PER_CHUNK = 64;

/** Element `index` of the /big array: with its trailing comma it is exactly 1024 bytes. */
function bigElement(index: number): string {
  const head = `{"index":${index},"data":"`;
  return `${head}${'x'.repeat(1024 - 1 - head.length - 2)}"}`;
}

/** Resolves once the response can take more data, or has closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) {
      resolve();
      return;
    }
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function streamBig(res: ServerResponse, kb: number): Promise<void> {
  res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE });
  res.write('[');
  for (let start = 0; start < kb; start += ELEMENTS_PER_CHUNK) {
    const elements: string[] = [];
    for (let index = start; index < Math.min(start + ELEMENTS_PER_CHUNK, kb); index += 1) elements.push(bigElement(index));
    const chunk = (start > 0 ? ',' : '') + elements.join(',');
    if (!res.write(chunk)) await drained(res);
    if (res.destroyed) return;
  }
  res.end(']');
}

export const contentRoutes: Route[] = [
  { path: '/health', methods: { GET: ({ res }) => sendJson(res, 200, { status: 'ok' }) } },
  { path: '/text', methods: { GET: ({ res }) => sendText(res, 200, 'text/plain; charset=utf-8', TEXT_BODY) } },
  { path: '/html', methods: { GET: ({ res }) => sendText(res, 200, 'text/html; charset=utf-8', HTML_BODY) } },
  { path: '/big', methods: { GET: ({ res, url }) => streamBig(res, intQuery(url, 'kb', { min: 0, max: MAX_BIG_KB })) } },
  { path: '/malformed', methods: { GET: ({ res }) => sendText(res, 200, JSON_CONTENT_TYPE, MALFORMED_BODY) } },
];
