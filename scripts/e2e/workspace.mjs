// Builds the workspace the end-to-end tests open: a temporary copy of samples/ (without the API's
// source), a copy of one suite with one expected value changed so exactly one test fails, optionally
// the broken example file, and workspace settings that point BASE_URL at the running sample API.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.mjs';
import { removeOnExit } from './processes.mjs';

/** The one change in the failing copy: in "filter pets by tag", the first fish is not Dory. */
const CHANGE = { from: 'expect $.items[0].name == "Nemo"', to: 'expect $.items[0].name == "Dory"' };
export const CHANGED_TEST = 'filter pets by tag';

function writeChangedCopy(dir) {
  const text = readFileSync(join(root, 'samples/pets.assay'), 'utf8');
  const at = text.indexOf(CHANGE.from);
  if (at < 0 || text.indexOf(CHANGE.from, at + 1) >= 0) {
    throw new Error(`samples/pets.assay must contain \`${CHANGE.from}\` exactly once (the e2e failing copy changes it)`);
  }
  const changed = text.slice(0, at) + CHANGE.to + text.slice(at + CHANGE.from.length);
  const file = join(dir, 'pets-changed.assay');
  writeFileSync(file, changed);
  return { file, line: text.slice(0, at).split('\n').length };
}

/**
 * Creates the workspace. Returns `{ dir, changedFile, changedLine (1-based), brokenFile? }`.
 * `withBroken` adds docs/examples/typos.assay as broken/typos.assay.
 */
export function prepareWorkspace(apiUrl, { withBroken = false } = {}) {
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'assay-e2e-workspace-')));
  cpSync(join(root, 'samples'), dir, {
    recursive: true,
    filter: (source) => !source.startsWith(join(root, 'samples/api')) && !source.endsWith('.test.ts'),
  });
  const changed = writeChangedCopy(dir);
  let brokenFile;
  if (withBroken) {
    mkdirSync(join(dir, 'broken'));
    brokenFile = join(dir, 'broken/typos.assay');
    cpSync(join(root, 'docs/examples/typos.assay'), brokenFile);
  }
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'assay.variables': { BASE_URL: apiUrl } }, null, 2));
  return { dir, changedFile: changed.file, changedLine: changed.line, brokenFile };
}
