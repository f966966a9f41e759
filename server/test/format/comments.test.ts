/** The formatter keeps every comment, in its place: on its own line, after code, or in a moved construct. */
import { test } from 'node:test';
import { checkFormat } from './helpers';

test('whole-line and trailing comments in blocks, heads and after items', () => {
  checkFormat(
    [
      '# file header',
      '',
      '',
      '# about the import',
      'import "./a.assay"   # trailing',
      '@tag(smoke)',
      '# between decorator and test',
      'test "t" {   # on the head line',
      '  # first',
      '  GET a    # after the request line',
      '  X-Key: v #not part of the value',
      '',
      '',
      '  # before the step',
      '  GET b',
      '  # last, before the brace',
      '}   # after the brace',
      '# the end',
      '',
    ].join('\n'),
    [
      '# file header',
      '',
      '# about the import',
      'import "./a.assay"  # trailing',
      '',
      '@tag(smoke)',
      '# between decorator and test',
      'test "t" {  # on the head line',
      '  # first',
      '  GET a  # after the request line',
      '  X-Key: v  #not part of the value',
      '',
      '  # before the step',
      '  GET b',
      '  # last, before the brace',
      '}  # after the brace',
      '',
      '# the end',
      '',
    ].join('\n'),
  );
});

test('a blank line before a later request goes above the comments right over it', () => {
  checkFormat('test "t" {\n  GET a\n  # next\n  GET b\n}\n', 'test "t" {\n  GET a\n\n  # next\n  GET b\n}\n');
});

test('comments inside field blocks and rows stay with their lines', () => {
  checkFormat(
    'vars { a = 1 # one\n  # about b\n  bb = 2 }\ntest "t" with [ # rows\n {id: 1}, # first\n # second\n {id: 2} ] {\n  GET a\n}\n',
    'vars {\n  a = 1  # one\n  # about b\n  bb = 2\n}\n\ntest "t" with [  # rows\n  { id: 1 },  # first\n  # second\n  { id: 2 },\n] {\n  GET a\n}\n',
  );
});

test('a comment inside a construct printed on one line moves above it', () => {
  checkFormat(
    'test "t" {\n  GET a\n  expect status # odd place\n    == 200\n  expect $.a in [1, # one\n 2]\n}\n',
    'test "t" {\n  GET a\n  # odd place\n  expect status == 200\n  # one\n  expect $.a in [1, 2]\n}\n',
  );
});

test('a trailing comment after a one-line block goes to its head line when the block is expanded', () => {
  checkFormat('setup { use login() }   # once\n', 'setup {  # once\n  use login()\n}\n');
});

test('# inside strings, URLs, regexes and JSONPaths is not a comment', () => {
  checkFormat(
    'test "t" {\n  GET http://x/#a\n  X: a#b\n  json { "a": "x # y" }\n  expect $.b matches /a #b/\n  expect $["a #b"] == "# c"\n}\n',
    'test "t" {\n  GET http://x/#a\n  X: a#b\n  json { "a": "x # y" }\n  expect $.b matches /a #b/\n  expect $["a #b"] == "# c"\n}\n',
  );
});
