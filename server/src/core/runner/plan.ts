/**
 * Plans the tests of one file: every test (each row of a parameterized test as its own test) with its
 * id (`file#name` or `file#name[index]`), its name with the row interpolated, its tags, and whether it is
 * skipped (`@skip`), marked `@only`, or cannot run (its rows cannot be read, it does not parse).
 */
import type { BrokenItem, Decorator, TestDecl } from '../ast';
import type { WorkspaceHost } from '../workspace/host';
import type { SourceLocation } from './events';
import type { SourceFile } from './location';
import { readRows, type Row } from './rows';
import { Scope, type Lookup } from './scope';
import { EvalError, resolveExpr, toText } from './values';

export interface PlannedTest {
  id: string;
  file: string;
  name: string;
  location: SourceLocation;
  tags: string[];
  only: boolean;
  /** The test to run; undefined for a test that did not parse. */
  decl?: TestDecl;
  row?: { index: number; values: Row };
  skipReason?: string;
  /** Why the test cannot run at all. */
  error?: string;
}

export function planFile(source: SourceFile, items: readonly (TestDecl | BrokenItem)[], vars: Lookup, host: WorkspaceHost): PlannedTest[] {
  const tests: PlannedTest[] = [];
  for (const item of items) {
    const location = source.location(item.span);
    if (item.kind === 'Broken') {
      if (item.keyword !== 'test' || item.name === undefined) continue;
      const id = `${source.path}#${item.name}`;
      tests.push({ id, file: source.path, name: item.name, location, tags: [], only: false, error: 'The test does not parse; see the file errors.' });
      continue;
    }
    const base = {
      file: source.path,
      location,
      decl: item,
      tags: decoratorArgs(item.decorators, 'tag'),
      only: item.decorators.some((d) => d.name.name === 'only'),
      ...skipOf(item.decorators),
    };
    const id = `${source.path}#${item.name.value}`;
    if (!item.data) {
      tests.push({ ...base, id, name: nameWith(item.name.value, vars) });
      continue;
    }
    let rows: Row[];
    try {
      rows = readRows(item.data, source.path, vars, host);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      tests.push({ ...base, id, name: item.name.value, error: `Cannot read the rows: ${e.message}.` });
      continue;
    }
    rows.forEach((values, index) => {
      const scope = new Scope([vars]);
      for (const [k, v] of Object.entries(values)) scope.locals.set(k, v);
      tests.push({ ...base, id: `${id}[${index}]`, name: nameWith(item.name.value, scope), row: { index, values } });
    });
  }
  return tests;
}

/** The name with what can be interpolated interpolated; the rest stays as written. */
function nameWith(name: string, scope: Lookup): string {
  return name.replace(/\{\{([^{}\n]*)\}\}/g, (whole, expr: string) => {
    try {
      return toText(resolveExpr(expr.trim(), scope));
    } catch {
      return whole;
    }
  });
}

function decoratorArgs(decorators: readonly Decorator[], name: string): string[] {
  return decorators.filter((d) => d.name.name === name).flatMap((d) => d.args.map((a) => (a.kind === 'String' ? a.value : toText('value' in a ? a.value : ''))));
}

function skipOf(decorators: readonly Decorator[]): { skipReason?: string } {
  const skip = decorators.find((d) => d.name.name === 'skip');
  if (!skip) return {};
  const reason = skip.args[0]?.kind === 'String' ? skip.args[0].value : '';
  return { skipReason: reason || 'Marked @skip.' };
}
