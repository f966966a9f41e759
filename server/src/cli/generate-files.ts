/**
 * Writes a generated suite into its folder. A file that does not exist yet is written as generated;
 * one that exists is merged (core/generator/merge.ts), so tests the user edited survive, and written
 * only when the merge changes it; a file of that name that the generator did not write (it has no
 * `@generated` marker) is left alone. Returns one line per file and per warning for the terminal.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HEAD_KEY, mergeGenerated, renderFile, type GeneratedSuite } from '../core/generator';

export interface WriteOptions {
  dir: string;
  cwd: string;
  overwriteEdited: boolean;
  /** Only report what would change. */
  dryRun: boolean;
}

export interface WriteSummary {
  lines: string[];
  /** Tests kept as the user wrote them though the spec changed, or whose operation is gone. */
  warnings: string[];
  changedFiles: number;
}

export function writeSuite(suite: GeneratedSuite, options: WriteOptions): WriteSummary {
  const summary: WriteSummary = { lines: [], warnings: [], changedFiles: 0 };
  if (!options.dryRun) mkdirSync(options.dir, { recursive: true });
  for (const file of suite.files) {
    const target = join(options.dir, file.path);
    const name = relative(options.cwd, target) || target;
    const generated = renderFile(file);
    let text = generated;
    let what = `created ${name} (${file.tests.length} test${file.tests.length === 1 ? '' : 's'})`;
    if (existsSync(target)) {
      const current = readFileSync(target, 'utf8');
      if (!/^# @generated op=/m.test(current)) {
        summary.warnings.push(`${name} exists and was not written by assay generate: left as it is (generate into another folder)`);
        continue;
      }
      const merged = mergeGenerated(current, generated, { overwriteEdited: options.overwriteEdited });
      text = merged.text;
      for (const key of merged.conflicts) {
        const what = key === HEAD_KEY ? 'header, use and vars' : `test ${key}`;
        summary.warnings.push(`${name}: kept your edited ${what}; the spec changed it (--overwrite-edited replaces it)`);
      }
      for (const key of merged.orphans) summary.warnings.push(`${name}: kept your edited test ${key}; its operation is no longer in the spec`);
      if (text === current) {
        summary.lines.push(`unchanged ${name}`);
        continue;
      }
      const parts = [['added', merged.added], ['replaced', merged.replaced], ['removed', merged.removed]]
        .filter(([, keys]) => keys.length > 0)
        .map(([label, keys]) => `${label} ${(keys as string[]).join(', ')}`);
      what = `updated ${name}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`;
    }
    summary.changedFiles++;
    summary.lines.push(options.dryRun ? `would have ${what}` : what);
    if (!options.dryRun) writeFileSync(target, text);
  }
  return summary;
}
