/**
 * The tests of a file as the editor lists them (`TestItem`s, with the runner's ids) and the `--grep`
 * pattern that selects given tests in `assay run`. Input: a workspace file. Output: protocol data.
 * Pure: no connection, no disk.
 */
import type { Literal, TestDecl, TopItem } from '../../core';
import { toRange } from '../convert';
import type { TestItem } from '../protocol';
import type { WorkspaceFile } from '../workspace';

const INTERPOLATION = /\{\{([^{}\n]*)\}\}/g;

/**
 * The tests of `file`, in order, with ids as the runner makes them (`file#name`, rows `file#name[i]`).
 * A test that does not parse is listed when its name is readable: the runner reports it too.
 */
export function testItems(file: WorkspaceFile): TestItem[] {
  const items: TestItem[] = [];
  for (const item of file.ast.items) {
    if (item.kind === 'Test') items.push(testItem(file, item));
    else if (item.kind === 'Broken' && item.keyword === 'test' && item.name !== undefined) {
      items.push({ ...base(file, item, item.name), tags: [], skipped: false, rows: [], rowsFromFile: false });
    }
  }
  return items;
}

function base(file: WorkspaceFile, item: TopItem, name: string): Pick<TestItem, 'id' | 'uri' | 'name' | 'range'> {
  return { id: `${file.path}#${name}`, uri: file.uri, name, range: toRange(file.text, item.span) };
}

function testItem(file: WorkspaceFile, test: TestDecl): TestItem {
  const item = base(file, test, test.name.value);
  // Each tag's own text only: the whole text of a large open document is not one string until asked for.
  const tags = test.decorators
    .filter((d) => d.name.name === 'tag')
    .flatMap((d) => d.args.map((a) => (a.kind === 'String' ? a.value : file.text.getText(toRange(file.text, a.span)))));
  const rows =
    test.data?.kind === 'Rows'
      ? test.data.rows.map((row, index) => ({ id: `${item.id}[${index}]`, label: rowLabel(test.name.value, row) }))
      : [];
  return { ...item, tags, skipped: test.decorators.some((d) => d.name.name === 'skip'), rows, rowsFromFile: test.data?.kind === 'DataFile' };
}

/** The test's name with the row's plain values (strings, numbers, booleans, null) put in; other `{{...}}` stay. */
export function rowLabel(name: string, row: Literal): string {
  if (row.kind !== 'Object') return name;
  return name.replace(INTERPOLATION, (whole, expr: string) => {
    const value = row.entries.find((e) => e.key === expr.trim())?.value;
    switch (value?.kind) {
      case 'String':
        return value.value.includes('{{') ? whole : value.value;
      case 'Number':
      case 'Bool':
        return String(value.value);
      case 'Null':
        return 'null';
      default:
        return whole;
    }
  });
}

/**
 * A regular expression for `assay run --grep` that matches the names of exactly the given tests (as
 * far as names tell them apart): each name anchored and escaped, a `{{...}}` left in it (a var, a
 * row value only known at run time) matching any text.
 */
export function grepFor(names: readonly string[]): string {
  const patterns = [...new Set(names)].map((name) => name.split(INTERPOLATION).map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : '.*')).join(''));
  return `^(?:${patterns.join('|')})$`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
