/**
 * Golden tests of the parser: each folder under cases/ holds an `input.assay`, the expected AST
 * (`ast.json`) and the expected diagnostics (`diagnostics.txt`). Run with UPDATE_GOLDEN=1 to rewrite
 * the expectations from the current output, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../../src/core';
import { renderAst, renderDiagnostics } from '../helpers/render';

const casesDir = join(__dirname, 'cases');
const update = process.env.UPDATE_GOLDEN === '1';

for (const name of readdirSync(casesDir).sort()) {
  test(`golden: ${name}`, () => {
    const dir = join(casesDir, name);
    const input = readFileSync(join(dir, 'input.assay'), 'utf8');
    const { ast, errors } = parse(input);
    const actual = { 'ast.json': `${renderAst(ast, input)}\n`, 'diagnostics.txt': `${renderDiagnostics(errors, input)}\n` };
    for (const [file, text] of Object.entries(actual)) {
      const path = join(dir, file);
      if (update) writeFileSync(path, text);
      assert.ok(existsSync(path), `${name}/${file} is missing; run with UPDATE_GOLDEN=1 to create it`);
      assert.equal(text, readFileSync(path, 'utf8'), `${name}/${file} differs from the parser's output`);
    }
  });
}
