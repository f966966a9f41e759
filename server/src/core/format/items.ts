/**
 * Top-level items. Input: a parsed chunk (its item's spans are relative to the chunk's text). Output:
 * the chunk's lines: its leading comments, each decorator on its own line, then the item, with blocks
 * expanded to one statement per line (`setup { use x() }` becomes three lines).
 */
import type { Decorator, InlineRows, Step, TestDecl, TopItem, VarDecl } from '../ast';
import { join, joinAll, one, type Line } from './lines';
import { bracketed, element, printBlock, printSequence, type Element } from './sequence';
import type { Source } from './source';
import { blockElements } from './statements';
import { literal } from './values';

/** Every line of the chunk whose item is `item`. */
export function printChunk(src: Source, item: TopItem): Line[] {
  const decorators = item.kind === 'Test' ? item.decorators.map((d, i) => decoratorElement(src, d, i > 0)) : [];
  const main = itemElement(src, item);
  if (decorators.length > 0) main.blank = 'never';
  return printSequence(src, [...decorators, main], 0, src.text.length).lines;
}

function decoratorElement(src: Source, d: Decorator, notFirst: boolean): Element {
  const args = d.args.map((a) => literal(src, a));
  const text = args.length > 0 ? join(join(one(`@${d.name.name}(`), joinAll(args, ', ')), one(')')) : one(`@${d.name.name}`);
  return element(src, d.span.start, d.span.end, text, notFirst ? 'never' : undefined);
}

function itemElement(src: Source, item: TopItem): Element {
  const { start, end } = item.span;
  switch (item.kind) {
    case 'Import':
      return element(src, start, end, one(`import ${src.slice(item.path.span)}`));
    case 'Use':
      return element(src, start, end, one(`use ${item.schema} ${src.slice(item.path.span)}`));
    case 'Vars': {
      const vars = item.vars.map((v) => ({ ...element(src, v.span.start, v.span.end, varValue(src, v)), key: v.name.name }));
      return element(src, start, end, join(one('vars '), printBlock(src, vars, src.find('{', start), end - 1)));
    }
    case 'Component': {
      const head = `component ${item.name.name}(${item.params.map((p) => p.name).join(', ')}) `;
      return element(src, start, end, join(one(head), steps(src, item.steps, src.find('{', item.name.span.end), end)));
    }
    case 'Setup':
    case 'Teardown':
      return element(src, start, end, join(one(`${item.kind.toLowerCase()} `), steps(src, item.steps, src.find('{', start), end)));
    case 'Test':
      return testElement(src, item);
    case 'Broken':
      throw new Error('A broken chunk is kept as written');
  }
}

function testElement(src: Source, test: TestDecl): Element {
  const start = src.keywordBefore(test.name.span.start, 'test');
  let head = one(`test ${src.slice(test.name.span)} `);
  if (test.data?.kind === 'DataFile') head = join(head, one(`with file ${src.slice(test.data.path.span)} `));
  else if (test.data) head = join(head, join(join(one('with '), rows(src, test.data)), one(' ')));
  const open = src.find('{', test.data ? test.data.span.end : test.name.span.end);
  return element(src, start, test.span.end, join(head, steps(src, test.steps, open, test.span.end)));
}

/** `with [...]`: one row per line, each followed by a comma, unless there is a single row and no comment. */
function rows(src: Source, data: InlineRows): Line[] {
  const { start, end } = data.span;
  if (data.rows.length <= 1 && !src.hasComments(start, end)) return join(join(one('['), joinAll(data.rows.map((r) => literal(src, r)), '')), one(']'));
  const elements = data.rows.map((r) => element(src, r.span.start, r.span.end, join(literal(src, r), one(','))));
  return bracketed(src, elements, start, end - 1, '[', ']');
}

function steps(src: Source, list: Step[], open: number, end: number): Line[] {
  return printBlock(src, blockElements(src, list), open, end - 1);
}

/** ` = value` of a variable, after its name. */
function varValue(src: Source, v: VarDecl): Line[] {
  const secret = v.secret ? 'secret ' : '';
  const value = v.value;
  if (value.kind !== 'Env') return join(one(` = ${secret}`), literal(src, value));
  const args = [literal(src, value.name), ...(value.fallback ? [literal(src, value.fallback)] : [])];
  return join(join(one(` = ${secret}env(`), joinAll(args, ', ')), one(')'));
}
