/** Hover over a real JSON-RPC connection: variables (secrets masked), components, tests, and the language's words. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { startSession, type LspSession } from './harness';

let lsp: LspSession;
let n = 0;
before(async () => {
  lsp = await startSession({ 'common.assay': '# Logs in.\n# Captures `session`.\ncomponent login(user, password) {\n  POST /login\n  capture session = $.id\n}\n' });
});
after(() => lsp.close());

const DOC = `import "./common.assay"

vars {
  base = env("BASE_URL", "http://127.0.0.1:4010")
  key = secret env("API_KEY", "dev-key")
  pet = { name: "Rex", toys: ["ball"] }
}

# Creates a pet.
test "create" {
  use login(user: "ada", password: "x")
  POST {{base}}/pets
  X-API-Key: {{key}}
  Content-Type: application/json
  expect $.id is integer
  capture id = $.id
  GET {{base}}/pets/{{id}}/{{$uuid}}?p={{pet}}
}
`;

/** Opens `marked` and returns the hover at its `█` (text and range), or null. */
async function hoverAt(marked: string): Promise<{ value: string; range: Hover['range'] } | null> {
  const { uri, cursor } = await lsp.open(`h${n++}.assay`, marked);
  const hover = await lsp.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: cursor });
  return hover ? { value: (hover.contents as { value: string }).value, range: hover.range } : null;
}

/** DOC with `█` put inside the first occurrence of `needle`, after `before` characters of it. */
function mark(needle: string, before = 1): string {
  const at = DOC.indexOf(needle);
  assert.ok(at >= 0, needle);
  return DOC.slice(0, at + before) + '█' + DOC.slice(at + before);
}

test('initialize announces hover', () => {
  assert.equal(lsp.capabilities.hoverProvider, true);
});

test('a variable: its value and where it is defined', async () => {
  assert.deepEqual(await hoverAt(mark('{{base}}/pets', 3)), {
    value: '```assay\nbase = env("BASE_URL", "http://127.0.0.1:4010")\n```\n\nFile variable, defined at line 4.',
    range: { start: { line: 11, character: 9 }, end: { line: 11, character: 13 } },
  });
  assert.equal((await hoverAt(mark('{{pet}}', 3)))?.value.split('\n')[1], 'pet = { name: "Rex", toys: ["ball"] }');
});

test('a secret is masked, its env name shown', async () => {
  const hover = await hoverAt(mark('{{key}}', 3));
  assert.equal(hover?.value, '```assay\nkey = secret env("API_KEY", "••••••")\n```\n\nFile variable, defined at line 5.\n\nSecret: masked as `••••••` in every output.');
  assert.ok(!hover?.value.includes('dev-key'));
});

test('a capture, a built-in, and a var at its definition', async () => {
  assert.equal((await hoverAt(mark('{{id}}', 3)))?.value, '```assay\ncapture id = $.id\n```\n\nCapture, set at line 16.');
  assert.match((await hoverAt(mark('{{$uuid}}', 4)))?.value ?? '', /^```assay\n\{\{\$uuid\}\}\n```\n\nBuilt-in\. A random UUID/);
  assert.match((await hoverAt(mark('key = secret', 1)))?.value ?? '', /^```assay\nkey = secret env/);
});

test('a component call: signature, doc comment and file', async () => {
  assert.equal((await hoverAt(mark('login(user', 2)))?.value, '```assay\ncomponent login(user, password)\n```\n\nLogs in.\nCaptures `session`.\n\nDefined in `common.assay`.');
});

test('a test name: its doc comment, and no run yet', async () => {
  assert.equal((await hoverAt(mark('"create"', 2)))?.value, '```assay\ntest "create"\n```\n\nCreates a pet.\n\nNot run in this session.');
});

test('keywords, operators, subjects, types, methods and headers', async () => {
  const cases: [string, number, RegExp][] = [
    ['expect $.id', 2, /^`expect <subject> <predicate>`/],
    ['is integer', 1, /^`is \[not\] <type>`/],
    ['integer\n', 2, /^`integer` — a number without a fractional part/],
    ['capture id', 2, /^`capture name = <source>`/],
    ['POST {{', 1, /^`POST url`/],
    ['Content-Type', 3, /^\*\*Content-Type\*\* \(request header\)/],
    ['import', 2, /^`import "\.\/other\.assay"`/],
  ];
  for (const [needle, at, expected] of cases) assert.match((await hoverAt(mark(needle, at)))?.value ?? '', expected, needle);
});

test('nothing to say: whitespace, URLs, strings, comments, any broken text', async () => {
  assert.equal(await hoverAt(mark('\n\nvars', 1)), null);
  assert.equal(await hoverAt(mark('/pets/', 2)), null);
  assert.equal(await hoverAt(mark('"ada"', 2)), null);
  assert.equal(await hoverAt(mark('# Creates', 4)), null);
  for (const doc of ['█', '{{█', '"""█', 'test "x" {\n  expect status is █', '@█@@ {{ }} ]]]']) assert.equal(await hoverAt(doc), null);
});
