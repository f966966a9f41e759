// The language server publishes the schema-aware diagnostics once the bound spec has loaded in the
// background, again when the spec changes on disk, and a broken spec's error on the `use` line.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startSession, type LspSession } from '../lsp/harness';

const SPEC = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /pets:
    post:
      requestBody: { content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }
      responses: { "201": { description: ok } }
`;
const MAIN = 'use openapi "./api.yaml"\ntest "t" {\n  POST http://x/pets\n  json { "nmae": "Rex" }\n}\n';

/** The diagnostics of `uri` once `ready` holds for them (the server publishes again after each load). */
async function until(session: LspSession, uri: string, ready: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const diagnostics = await session.diagnostics(uri);
    if (ready(diagnostics)) return diagnostics;
    assert.ok(Date.now() < deadline, `no such diagnostics in time: ${JSON.stringify(diagnostics)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('schema diagnostics appear when the spec loads and follow changes to it', async () => {
  const session = await startSession({ 'api.yaml': SPEC });
  try {
    const { uri } = await session.open('main.assay', MAIN);
    const [typo] = await until(session, uri, (d) => d.some((x) => x.code === 'unknown-body-property'));
    assert.deepEqual(typo.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 15 } });
    writeFileSync(join(session.root, 'api.yaml'), SPEC.replace('paths:', 'paths: [broken'));
    await session.client.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(session.root, 'api.yaml')).href, type: FileChangeType.Changed }],
    });
    const [broken] = await until(session, uri, (d) => d.some((x) => x.code === 'schema-not-loadable'));
    assert.equal(broken.range.start.line, 0);
    assert.match(String(broken.message), /cannot be loaded/);
  } finally {
    session.close();
  }
});
