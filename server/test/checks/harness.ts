/**
 * The `check` helper: writes a small workspace to a temp folder, parses its `main.assay` and compares
 * the semantic diagnostics with the ranges marked `⟦...⟧` in that file's text, each with its code.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkFile } from '../../src/core/checks/index';
import type { Diagnostic } from '../../src/core/diagnostics';
import { parse } from '../../src/core/syntax/document-parser';
import { fsHost } from '../helpers/fs-host';

export const MAIN = 'main.assay';

/** A workspace: file paths (relative, `/`-separated) and their texts. */
export type Files = Record<string, string>;

const roots: string[] = [];
process.on('exit', () => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** Writes `files` under a new temp folder (removed when the process exits) and returns its absolute path. */
export function workspace(files: Files): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-checks-')));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

/**
 * Removes the markers from `marked`, returning the text and the marked ranges in order. Markers nest:
 * `⟦⟦x⟧⟧` marks the same range twice, for two diagnostics there.
 */
export function unmark(marked: string): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  let text = '';
  for (const c of marked) {
    if (c === '⟦') open.push(text.length);
    else if (c === '⟧') ranges.push({ start: open.pop() as number, end: text.length });
    else text += c;
  }
  assert.equal(open.length, 0, 'unbalanced ⟦ ⟧ markers');
  return { text, ranges: ranges.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/**
 * Checks `main.assay` (a string, or the entry of that name in `files`) and asserts that the diagnostics
 * are exactly `codes` at the marked ranges, in order. Returns the diagnostics for further asserts.
 */
export function check(input: string | Files, codes: string[]): Diagnostic[] {
  const files = typeof input === 'string' ? { [MAIN]: input } : input;
  const { text, ranges } = unmark(files[MAIN]);
  assert.equal(ranges.length, codes.length, 'one marked range per expected code');
  const root = workspace({ ...files, [MAIN]: text });
  const parsed = parse(text);
  assert.deepEqual(parsed.errors.map((e) => e.message), [], 'the test input must parse');
  const diagnostics = checkFile({ path: path.join(root, MAIN), ast: parsed.ast }, fsHost(root));
  const show = (code: string, r: { start: number; end: number }): string => `${code} ⟦${text.slice(r.start, r.end)}⟧ @${r.start}`;
  assert.deepEqual(
    diagnostics.map((d) => show(d.code, d.span)),
    ranges.map((r, i) => show(codes[i], r)),
    diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'),
  );
  return diagnostics;
}
