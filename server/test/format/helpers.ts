/** Shared checks for the formatter tests: what a document means, and the comments in it. */
import assert from 'node:assert/strict';
import { format } from '../../src/core/format/index';
import { meaningOf } from '../../src/core/format/meaning';
import { parse } from '../../src/core/syntax/document-parser';

/** The items of `text` without spans (JSON and GraphQL layout normalized), and its error messages. */
export function meaning(text: string): unknown {
  const { ast, errors } = parse(text);
  return { items: meaningOf(ast.items), errors: errors.map((e) => e.message) };
}

/** Every ` #...` run in `text`, in order: the comments, and the same few strings on both sides. */
export function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|[ \t])(#[^\n]*)/gm)].map((m) => m[1].trimEnd());
}

/** Formats `input`, checks the output against `expected` and checks the formatter's promises on it. */
export function checkFormat(input: string, expected: string): void {
  const output = format(input);
  assert.equal(output, expected);
  assert.equal(format(output), output, 'formatting twice changes nothing');
  assert.deepEqual(meaning(output), meaning(input), 'the meaning is unchanged');
  assert.deepEqual(comments(output), comments(input), 'every comment is kept, in order');
}
