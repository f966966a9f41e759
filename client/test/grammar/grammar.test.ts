/**
 * The TextMate grammar (syntaxes/assay.tmLanguage.yaml): snapshots of every sample and fixture as
 * tokens with their scopes (snapshots/<folder>/<file>.tokens; UPDATE_GOLDEN=1 rewrites them, then
 * review the diff), checks that the samples are coloured throughout, and focused checks that the
 * tokens people look at get the scopes themes colour.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { assayGrammar, renderTokens, shownScopes, tokenize, type Token } from './tokenize';

const root = join(__dirname, '..', '..', '..');
const update = process.env.UPDATE_GOLDEN === '1';

const assayFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.assay'))
    .sort()
    .map((f) => join(dir, f));

const SAMPLES = assayFiles(join(root, 'samples'));
const FIXTURES = assayFiles(join(__dirname, 'fixtures'));

async function tokensOf(text: string): Promise<Token[]> {
  return tokenize(await assayGrammar(), text);
}

for (const [folder, files] of [['samples', SAMPLES], ['fixtures', FIXTURES]] as const) {
  for (const file of files) {
    test(`grammar snapshot: ${folder}/${basename(file)}`, async () => {
      const actual = renderTokens(await tokensOf(readFileSync(file, 'utf8')));
      const dir = join(__dirname, 'snapshots', folder);
      const path = join(dir, `${basename(file)}.tokens`);
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, actual);
      }
      assert.ok(existsSync(path), `${folder}/${basename(file)}.tokens is missing; run with UPDATE_GOLDEN=1 to create it`);
      assert.equal(actual, readFileSync(path, 'utf8'), `${folder}/${basename(file)}: the tokens differ from the snapshot`);
    });
  }
}

test('grammar: every character of the samples outside whitespace gets a scope, none of them invalid', async () => {
  for (const file of SAMPLES) {
    for (const t of await tokensOf(readFileSync(file, 'utf8'))) {
      const where = `${basename(file)}:${t.line}:${t.col} ${JSON.stringify(t.text)}`;
      if (t.text.trim() !== '') assert.ok(shownScopes(t.scopes).length > 0, `${where} has no scope`);
      assert.ok(!t.scopes.some((s) => s.startsWith('invalid')), `${where} is marked invalid: ${t.scopes.join(' ')}`);
    }
  }
});

/**
 * The scopes of the `nth` token (1-based) whose text is exactly `text` on the line of `source` that
 * contains `lineMarker` (the first such line).
 */
async function scopesAt(source: string, lineMarker: string, text: string, nth = 1): Promise<string[]> {
  const lines = source.split('\n');
  const line = lines.findIndex((l) => l.includes(lineMarker)) + 1;
  assert.ok(line > 0, `no line contains ${JSON.stringify(lineMarker)}`);
  const found = (await tokensOf(source)).filter((t) => t.line === line && t.text === text);
  assert.ok(found.length >= nth, `line ${line} (${lines[line - 1].trim()}) has no token ${JSON.stringify(text)} #${nth}`);
  return found[nth - 1].scopes;
}

function assertScope(scopes: string[], expected: string): void {
  assert.ok(scopes.includes(expected), `expected ${expected} in: ${scopes.join(' ')}`);
}

function assertNoScope(scopes: string[], prefix: string): void {
  assert.ok(!scopes.some((s) => s.startsWith(prefix)), `expected no ${prefix}* in: ${scopes.join(' ')}`);
}

const REQUEST = `test "t" {
  POST {{baseUrl}}/pets?tag=dog#top   # trailing
  X-Trace: abc#123 # after the value
  json { "name": "Bella {{$randomInt}}", "owner": {{owner}} }
  graphql """
    query Film($id: ID!) { film(id: $id) { title } }
  """
  expect header "Link" matches /rel="next"/i
  expect duration < 300ms
  retry 3 every 2s until $.items[?(@.age > 2)].name exists
  capture token = $.token
}
`;

test('grammar: an HTTP method is a support.function and the URL keeps `#` that has no space before it', async () => {
  assertScope(await scopesAt(REQUEST, 'POST', 'POST'), 'support.function.http-method.assay');
  const fragment = await scopesAt(REQUEST, 'POST', 'dog#top');
  assertScope(fragment, 'string.unquoted.url.assay');
  assertNoScope(fragment, 'comment');
  assertScope(await scopesAt(REQUEST, 'POST', ' trailing'), 'comment.line.number-sign.assay');
});

test('grammar: a header name, its raw value and the comment after ` #`', async () => {
  assertScope(await scopesAt(REQUEST, 'X-Trace', 'X-Trace'), 'support.type.property-name.header.assay');
  const value = await scopesAt(REQUEST, 'X-Trace', 'abc#123');
  assertScope(value, 'string.unquoted.header-value.assay');
  assertNoScope(value, 'comment');
  assertScope(await scopesAt(REQUEST, 'X-Trace', '#'), 'punctuation.definition.comment.assay');
});

test('grammar: an interpolation inside a JSON string, and one standing for a JSON value', async () => {
  const inString = await scopesAt(REQUEST, 'json {', '$randomInt');
  assertScope(inString, 'meta.embedded.block.json');
  assertScope(inString, 'string.quoted.double.json');
  assertScope(inString, 'meta.interpolation.assay');
  assertScope(inString, 'variable.language.builtin.assay');
  assertScope(await scopesAt(REQUEST, 'json {', '{{', 1), 'punctuation.definition.template-expression.begin.assay');
  const asValue = await scopesAt(REQUEST, 'json {', 'owner');
  assertScope(asValue, 'variable.other.readwrite.assay');
  assertNoScope(asValue, 'string');
  assertScope(await scopesAt(REQUEST, 'json {', '"owner"'), 'support.type.property-name.json');
});

test('grammar: a GraphQL document is embedded GraphQL with fields, variables and types', async () => {
  const field = await scopesAt(REQUEST, 'query Film', 'title');
  assertScope(field, 'meta.embedded.block.graphql');
  assertScope(field, 'variable.other.property.graphql');
  assertScope(await scopesAt(REQUEST, 'query Film', 'query'), 'keyword.operation.graphql');
  assertScope(await scopesAt(REQUEST, 'query Film', 'Film'), 'entity.name.function.graphql');
  assertScope(await scopesAt(REQUEST, 'query Film', 'id', 1), 'variable.parameter.graphql');
  assertScope(await scopesAt(REQUEST, 'query Film', 'ID'), 'support.type.builtin.graphql');
  assertScope(await scopesAt(REQUEST, 'query Film', 'id', 2), 'entity.other.attribute-name.graphql');
});

test('grammar: a regular expression with its flags, after `matches`', async () => {
  assertScope(await scopesAt(REQUEST, 'matches', 'rel="next"'), 'string.regexp.assay');
  assertScope(await scopesAt(REQUEST, 'matches', 'i'), 'keyword.other.flags.regexp.assay');
  assertScope(await scopesAt(REQUEST, 'matches', 'header'), 'support.function.header.assay');
  assertScope(await scopesAt(REQUEST, 'matches', 'matches'), 'keyword.operator.word.assay');
});

test('grammar: durations, comparison operators, subjects and JSONPath filters', async () => {
  assertScope(await scopesAt(REQUEST, 'duration <', '300'), 'constant.numeric.duration.assay');
  assertScope(await scopesAt(REQUEST, 'duration <', 'ms'), 'keyword.other.unit.assay');
  assertScope(await scopesAt(REQUEST, 'duration <', '<'), 'keyword.operator.comparison.assay');
  assertScope(await scopesAt(REQUEST, 'duration <', 'duration'), 'variable.language.duration.assay');
  assertScope(await scopesAt(REQUEST, 'retry', 'every'), 'keyword.control.every.assay');
  assertScope(await scopesAt(REQUEST, 'retry', '@'), 'variable.language.current.jsonpath.assay');
  assertScope(await scopesAt(REQUEST, 'retry', 'age'), 'variable.other.property.jsonpath.assay');
  assertScope(await scopesAt(REQUEST, 'capture', 'token', 1), 'variable.other.readwrite.capture.assay');
  assertScope(await scopesAt(REQUEST, 'capture', '$'), 'variable.language.root.jsonpath.assay');
});

test('grammar: a secret var, env(), a decorator with tags, a component and its call', async () => {
  const source = `vars {
  token = secret env("API_TOKEN")
}

@tag(smoke, fast-path)
component login(user) {
  GET {{token}}/x
}

test "t" {
  use login(user: "ada")
}
`;
  assertScope(await scopesAt(source, 'secret', 'secret'), 'storage.modifier.secret.assay');
  assertScope(await scopesAt(source, 'secret', 'token'), 'variable.other.readwrite.definition.assay');
  assertScope(await scopesAt(source, 'secret', 'env'), 'support.function.env.assay');
  assertScope(await scopesAt(source, '@tag', 'tag'), 'entity.name.function.decorator.assay');
  assertScope(await scopesAt(source, '@tag', 'fast-path'), 'entity.name.tag.assay');
  assertScope(await scopesAt(source, 'component', 'login'), 'entity.name.function.component.assay');
  assertScope(await scopesAt(source, 'component', 'user'), 'variable.parameter.assay');
  assertScope(await scopesAt(source, 'use login', 'login'), 'entity.name.function.component.assay');
  assertScope(await scopesAt(source, 'use login', 'user'), 'variable.parameter.assay');
});

test('grammar: a line that starts a new top-level item closes what the item above left open', async () => {
  const source = `test "broken" {
  GET /a
  json { "a": [1, 2
  text """
test "next" {
  GET /b
}
`;
  const next = await scopesAt(source, 'test "next"', 'test');
  assertScope(next, 'storage.type.test.assay');
  assertNoScope(next, 'meta.embedded');
  assertScope(await scopesAt(source, 'GET /b', 'GET'), 'support.function.http-method.assay');
});
