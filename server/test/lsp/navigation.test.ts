/**
 * Navigation over a real JSON-RPC connection: go to definition, find references, rename, workspace
 * symbols, semantic tokens and code lenses. Cases are data: in a file's text `█` is the cursor and
 * `⟦...⟧` marks an expected range (a definition, each reference, each renamed name).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { CURSOR, positionAt, startSession, type LspSession } from './harness';

let lsp: LspSession;
before(async () => {
  lsp = await startSession();
});
after(() => lsp.close());

let caseNumber = 0;

/** A file's text with its markers read out: the plain text, the cursor, the marked ranges. */
interface Marked {
  text: string;
  cursor?: Position;
  ranges: Range[];
}

function readMarkers(marked: string): Marked {
  let text = '';
  let cursor: Position | undefined;
  const ranges: Range[] = [];
  let open: Position | undefined;
  for (const ch of marked) {
    if (ch === CURSOR) cursor = positionAt(text, text.length);
    else if (ch === '⟦') open = positionAt(text, text.length);
    else if (ch === '⟧' && open) ranges.push({ start: open, end: positionAt(text, text.length) });
    else text += ch;
  }
  return { text, cursor, ranges };
}

/** A workspace of marked files in a folder of its own: `open` ones are opened, the others stay on the disk. */
interface Files {
  files: Record<string, string>;
  open: string[];
}

/** Writes the case's files (telling the server they were created), opens some, and returns where the cursor is. */
async function setUp({ files, open }: Files): Promise<{ dir: string; uris: Map<string, string>; marks: Map<string, Marked>; at: { uri: string; position: Position } }> {
  const dir = `case${caseNumber++}`;
  const uris = new Map<string, string>();
  const marks = new Map<string, Marked>();
  for (const [name, marked] of Object.entries(files)) {
    const m = readMarkers(marked);
    marks.set(name, m);
    uris.set(name, lsp.write(`${dir}/${name}`, m.text));
  }
  await lsp.client.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [...uris.values()].map((uri) => ({ uri, type: FileChangeType.Created as FileChangeType })),
  });
  for (const name of open) await lsp.open(`${dir}/${name}`, (marks.get(name) as Marked).text);
  const withCursor = [...marks].find(([, m]) => m.cursor);
  assert.ok(withCursor, 'a case needs a cursor');
  return { dir, uris, marks, at: { uri: uris.get(withCursor[0]) as string, position: withCursor[1].cursor as Position } };
}

/** The expected ranges of a case as `name:line:col-line:col`, in file order. */
function expectedRanges(marks: Map<string, Marked>): string[] {
  return [...marks].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([name, m]) => m.ranges.map((r) => show(name, r)));
}

function show(name: string, r: Range): string {
  return `${name}:${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function nameOf(uris: Map<string, string>, uri: string): string {
  return [...uris].find(([, u]) => u === uri)?.[0] ?? uri;
}

function showLocations(uris: Map<string, string>, locations: Location[]): string[] {
  return locations.map((l) => show(nameOf(uris, l.uri), l.range)).sort();
}

const definitionCases: Array<{ name: string } & Files> = [
  {
    name: 'a var of the same file',
    files: { 'a.assay': 'vars {\n  ⟦base⟧ = "x"\n}\ntest "t" {\n  GET {{ba█se}}/a\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a var of an imported file',
    files: { 'lib.assay': 'vars {\n  ⟦base⟧ = "x"\n}\n', 'a.assay': 'import "./lib.assay"\ntest "t" {\n  GET {{b█ase}}/a\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a capture, from a {{ name }} written with spaces',
    files: { 'a.assay': 'test "t" {\n  POST /a\n  capture ⟦id⟧ = $.id\n  GET /a/{{ i█d }}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a component parameter',
    files: { 'a.assay': 'component c(⟦x⟧) {\n  GET /a/{{█x}}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a row key',
    files: { 'a.assay': 'test "t {{id}}" with [{ ⟦id⟧: 1 }, { id: 2 }] {\n  GET /a/{{id█}}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a component, from its call in another file',
    files: { 'lib.assay': 'component ⟦login⟧(user) {\n  POST /login\n}\n', 'a.assay': 'import "./lib.assay"\ntest "t" {\n  use lo█gin(user: "a")\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a parameter, from a named argument',
    files: { 'lib.assay': 'component login(⟦user⟧) {\n  POST /login\n}\n', 'a.assay': 'import "./lib.assay"\ntest "t" {\n  use login(us█er: "a")\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a capture that a component exports',
    files: { 'lib.assay': 'component login() {\n  POST /login\n  capture ⟦token⟧ = $.t\n}\n', 'a.assay': 'import "./lib.assay"\ntest "t" {\n  use login()\n  GET /me?t={{to█ken}}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'an imported file, from its path',
    files: { 'lib.assay': '⟦⟧vars {\n  base = "x"\n}\n', 'a.assay': 'import "./l█ib.assay"\n' },
    open: ['a.assay'],
  },
  {
    name: 'nothing for a built-in',
    files: { 'a.assay': 'test "t" {\n  GET /a/{{$uu█id}}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'nothing on a keyword',
    files: { 'a.assay': 'test "t" {\n  GET /a\n  exp█ect status == 200\n}\n' },
    open: ['a.assay'],
  },
];

for (const c of definitionCases) {
  test(`definition: ${c.name}`, async () => {
    const { uris, marks, at } = await setUp(c);
    const result = await lsp.client.sendRequest(DefinitionRequest.type, { textDocument: { uri: at.uri }, position: at.position });
    const locations = result === null ? [] : Array.isArray(result) ? (result as Location[]) : [result];
    assert.deepEqual(showLocations(uris, locations), expectedRanges(marks));
  });
}

const referenceCases: Array<{ name: string; includeDeclaration: boolean } & Files> = [
  {
    name: 'a var across files, open and on the disk, with its declaration',
    includeDeclaration: true,
    files: {
      'lib.assay': 'vars {\n  ⟦base⟧ = "x"\n  other = "{{⟦base⟧}}/o"\n}\n',
      'a.assay': 'import "./lib.assay"\ntest "t" {\n  GET {{⟦ba█se⟧}}/a\n  X-B: {{⟦base⟧}}\n}\n',
      'b.assay': 'import "./lib.assay"\ntest "u" {\n  GET {{⟦base⟧}}/b\n}\n',
      'shadow.assay': 'import "./lib.assay"\nvars {\n  base = "y"\n}\ntest "v" {\n  GET {{base}}/c\n}\n',
    },
    open: ['a.assay'],
  },
  {
    name: 'a component and its calls, without the declaration',
    includeDeclaration: false,
    files: {
      'lib.assay': 'component login(user) {\n  POST /login\n}\n',
      'a.assay': 'import "./lib.assay"\ntest "t" {\n  use ⟦log█in⟧(user: "a")\n}\ntest "u" {\n  use ⟦login⟧(user: "b")\n}\n',
    },
    open: ['a.assay'],
  },
  {
    name: 'a parameter: its reads in the body and the named arguments of calls',
    includeDeclaration: true,
    files: {
      'lib.assay': 'component login(⟦us█er⟧) {\n  POST /login\n  json { "u": "{{⟦user⟧}}" }\n}\n',
      'a.assay': 'import "./lib.assay"\ntest "t" {\n  use login(⟦user⟧: "a")\n}\n',
    },
    open: ['lib.assay'],
  },
];

for (const c of referenceCases) {
  test(`references: ${c.name}`, async () => {
    const { uris, marks, at } = await setUp(c);
    const locations = await lsp.client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: at.uri },
      position: at.position,
      context: { includeDeclaration: c.includeDeclaration },
    });
    assert.deepEqual(showLocations(uris, locations ?? []), expectedRanges(marks));
  });
}

const renameCases: Array<{ name: string } & Files> = [
  {
    name: 'an imported var, in every file that reads it (open or not), not where a file shadows it',
    files: {
      'lib.assay': 'vars {\n  ⟦base⟧ = "http://x"\n}\ncomponent login() {\n  POST {{⟦base⟧}}/login\n}\n',
      'a.assay': 'import "./lib.assay"\ntest "t" {\n  GET {{⟦ba█se⟧}}/a\n  X-B: {{ ⟦base⟧ }}\n}\n',
      'b.assay': 'import "./lib.assay"\ntest "u" {\n  GET {{⟦base⟧}}/b\n}\n',
      'shadow.assay': 'import "./lib.assay"\nvars {\n  base = "y"\n}\ntest "v" {\n  GET {{base}}/c\n}\n',
    },
    open: ['a.assay'],
  },
  {
    name: 'a component, from its declaration, with its calls in other files',
    files: {
      'lib.assay': 'component ⟦log█in⟧(user) {\n  POST /login\n}\ncomponent twice() {\n  use ⟦login⟧(user: "a")\n}\n',
      'a.assay': 'import "./lib.assay"\ntest "t" {\n  use ⟦login⟧(user: "a")\n}\n',
    },
    open: ['lib.assay'],
  },
  {
    name: 'a capture set again later, as one variable',
    files: { 'a.assay': 'test "t" {\n  POST /a\n  capture ⟦id⟧ = $.id\n  GET /a/{{⟦id⟧}}\n  capture ⟦i█d⟧ = $.next\n  GET /a/{{⟦id⟧}}\n}\n' },
    open: ['a.assay'],
  },
  {
    name: 'a row key, in every row, quoted or not',
    files: { 'a.assay': 'test "t {{⟦id⟧}}" with [{ ⟦id⟧: 1 }, { "⟦id⟧": 2 }] {\n  GET /a/{{⟦i█d⟧}}\n}\n' },
    open: ['a.assay'],
  },
];

for (const c of renameCases) {
  test(`rename: ${c.name}`, async () => {
    const { uris, marks, at } = await setUp(c);
    const prepared = await lsp.client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: at.uri }, position: at.position });
    assert.ok(prepared && 'placeholder' in prepared, 'prepareRename accepts the name');
    const edit = (await lsp.client.sendRequest(RenameRequest.type, { textDocument: { uri: at.uri }, position: at.position, newName: 'renamed' })) as WorkspaceEdit;
    const edits = Object.entries(edit.changes ?? {}).flatMap(([uri, list]) => list.map((e) => ({ uri, range: e.range, newText: e.newText })));
    assert.ok(edits.every((e) => e.newText === 'renamed'));
    assert.deepEqual(showLocations(uris, edits), expectedRanges(marks));
  });
}

const notRenamable: Array<{ name: string; text: string }> = [
  { name: 'a built-in', text: 'test "t" {\n  GET /a/{{$uu█id}}\n}\n' },
  { name: 'a keyword', text: 'test "t" {\n  GET /a\n  exp█ect status == 200\n}\n' },
  { name: 'an undefined name', text: 'test "t" {\n  GET /a/{{nob█ody}}\n}\n' },
  { name: 'a column of a data file', text: 'test "t" with file "./rows.csv" {\n  GET /a/{{i█d}}\n}\n' },
  { name: 'the field of a {{ name.field }}', text: 'vars {\n  pet = { id: 1 }\n}\ntest "t" {\n  GET /a/{{ pet.█id }}\n}\n' },
];

for (const c of notRenamable) {
  test(`prepareRename rejects ${c.name}`, async () => {
    const { at } = await setUp({ files: { 'a.assay': c.text, 'rows.csv': 'id\n1\n' }, open: ['a.assay'] });
    const prepared = await lsp.client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: at.uri }, position: at.position });
    assert.equal(prepared, null);
  });
}

test('rename refuses a new name that is not an identifier', async () => {
  const { at } = await setUp({ files: { 'a.assay': 'vars {\n  base = "x"\n}\ntest "t" {\n  GET {{ba█se}}\n}\n' }, open: ['a.assay'] });
  await assert.rejects(
    lsp.client.sendRequest(RenameRequest.type, { textDocument: { uri: at.uri }, position: at.position, newName: '1st base' }),
    /not a valid name/,
  );
});

test('workspace symbols: tests and components of open and closed files, by the query letters in order', async () => {
  const { dir } = await setUp({
    files: {
      'sym-lib.assay': 'component loginAsAdmin() {\n  POST /login\n}\n',
      'sym-a.assay': '█test "lists pets" {\n  GET /pets\n}\ntest "creates a pet" {\n  POST /pets\n}\n',
    },
    open: ['sym-a.assay'],
  });
  const symbols = await lsp.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'lgin' });
  assert.deepEqual(
    (symbols ?? []).filter((s) => s.location.uri.includes(dir)).map((s) => [s.name, s.kind, 'containerName' in s ? s.containerName : '']),
    [['loginAsAdmin', 12, `${dir}/sym-lib.assay`]],
  );
  const pets = await lsp.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'pets' });
  assert.deepEqual(
    (pets ?? []).filter((s) => s.location.uri.includes(dir)).map((s) => s.name),
    ['lists pets'],
  );
});

/** Semantic tokens as `text:type` pairs, decoded from LSP's relative encoding. */
async function tokensOf(text: string): Promise<string[]> {
  const { uri } = await lsp.open(`tokens${caseNumber++}.assay`, text);
  const result = await lsp.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const legend = lsp.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let char = 0;
  const data = result?.data ?? [];
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push(`${lines[line].slice(char, char + data[i + 2])}:${legend[data[i + 3]]}`);
  }
  return out;
}

const tokenCases: Array<{ name: string; text: string; tokens: string[] }> = [
  {
    name: 'a file of every kind of item',
    text: [
      '# the API',
      'import "./lib.assay"',
      'vars {',
      '  base = env("BASE", "http://x") # fallback',
      '}',
      '@tag(smoke)',
      'test "get {{id}}" with [{ id: 1 }] {',
      '  GET {{base}}/pets/{{id}}#top',
      '  X-Trace: a#1',
      '  json { "name": "Rex {{id}}", "age": 3, "ok": true }',
      '  expect status == 200',
      '  expect $.name is string',
      '  expect body matches /re[#]x/i',
      '  capture pet = $.id',
      '  use login(user: "ada")',
      '  delay 1s',
      '}',
    ].join('\n'),
    tokens: [
      '# the API:comment',
      'import:keyword',
      '"./lib.assay":string',
      'vars:keyword',
      'base:variable',
      '=:operator',
      'env:keyword',
      '"BASE":string',
      '"http://x":string',
      '# fallback:comment',
      '@tag:decorator',
      'smoke:string',
      'test:keyword',
      '"get {{:string',
      'id:variable',
      '}}":string',
      'with:keyword',
      'id:property',
      '1:number',
      'GET:method',
      'base:variable',
      'id:variable',
      'X-Trace:property',
      'json:keyword',
      '"name":property',
      '"Rex {{:string',
      'id:variable',
      '}}":string',
      '"age":property',
      '3:number',
      '"ok":property',
      'true:keyword',
      'expect:keyword',
      'status:keyword',
      '==:operator',
      '200:number',
      'expect:keyword',
      'is:keyword',
      'string:type',
      'expect:keyword',
      'body:keyword',
      'matches:keyword',
      '/re[#]x/i:regexp',
      'capture:keyword',
      'pet:variable',
      '=:operator',
      'use:keyword',
      'login:function',
      'user:variable',
      '"ada":string',
      'delay:keyword',
      '1s:number',
    ],
  },
  {
    name: 'a triple-quoted string, cut at line ends',
    text: 'test "q" {\n  POST /graphql\n  graphql """\n    { films }\n  """\n}\n',
    tokens: ['test:keyword', '"q":string', 'POST:method', 'graphql:keyword', '"""\n:string', '    { films }:string', '  """:string'].map((t) => t.replace('\n', '')),
  },
];

for (const c of tokenCases) {
  test(`semantic tokens: ${c.name}`, async () => {
    assert.deepEqual(await tokensOf(c.text), c.tokens);
  });
}

test('semantic tokens announce the legend', () => {
  assert.deepEqual(lsp.capabilities.semanticTokensProvider?.legend.tokenTypes, [
    'keyword',
    'variable',
    'function',
    'string',
    'number',
    'regexp',
    'property',
    'operator',
    'comment',
    'type',
    'decorator',
    'method',
  ]);
});

test('code lenses: Run and Debug above each test, with its id', async () => {
  const { uri } = await lsp.open('lenses.assay', 'component c() {\n  GET /c\n}\n\n@tag(a)\ntest "one" {\n  GET /a\n}\n\ntest "two" {\n  GET /b\n}\n');
  const lenses = await lsp.client.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  const path = new URL(uri).pathname;
  assert.deepEqual(
    (lenses ?? []).map((l) => [l.range.start.line, l.command?.command, l.command?.arguments]),
    [
      [4, 'assay.runTest', [`${path}#one`]],
      [4, 'assay.debugTest', [`${path}#one`]],
      [9, 'assay.runTest', [`${path}#two`]],
      [9, 'assay.debugTest', [`${path}#two`]],
    ],
  );
});
