/**
 * The statements of a block. Input: the block's steps (the AST groups statements into steps). Output:
 * one element per statement, in source order, each on its own line (bodies and field blocks on several).
 *
 * The AST does not keep a span for every statement keyword (`timeout`, `variables`, `operation`,
 * `query`), so those are found in the text right before their value; `query { }` blocks are told apart
 * by the `}` between their fields. A request line after the first statement gets a blank line before it.
 */
import type { Body, CallStep, Check, Field, MultipartPart, RequestStep, Step } from '../ast';
import { join, joinAll, one, type Line } from './lines';
import { element, printBlock, type Element } from './sequence';
import type { Source } from './source';
import { graphqlDocument, jsonText } from './text-blocks';
import { condition, literal, subject } from './values';

export function blockElements(src: Source, steps: Step[]): Element[] {
  const elements = steps.flatMap((step) => stepElements(src, step)).sort((a, b) => a.start - b.start);
  return elements.map((e, i) => (i > 0 && e.blank === 'always' ? e : { ...e, blank: undefined }));
}

function stepElements(src: Source, step: Step): Element[] {
  switch (step.kind) {
    case 'Request':
      return requestElements(src, step);
    case 'Call':
      return [callElement(src, step), ...step.checks.map((c) => checkElement(src, c))];
    case 'Delay':
      return [element(src, step.span.start, step.span.end, one(`delay ${src.slice(step.duration.span)}`))];
    case 'Log':
      return [element(src, step.span.start, step.span.end, join(one('log '), literal(src, step.value)))];
  }
}

function requestElements(src: Source, r: RequestStep): Element[] {
  const elements = [
    ...r.headers.map((h) => element(src, h.span.start, h.span.end, one(h.value.text === '' ? `${h.name}:` : `${h.name}: ${h.value.text}`))),
    ...queryElements(src, r.query),
    ...(r.body ? bodyElements(src, r.body) : []),
    ...r.checks.map((c) => checkElement(src, c)),
  ];
  if (r.auth) elements.push(element(src, r.auth.span.start, r.auth.span.end, joinAll([one(`auth ${r.auth.scheme}`), ...r.auth.args.map((a) => literal(src, a))], ' ')));
  if (r.timeout) {
    const start = src.keywordBefore(r.timeout.span.start, 'timeout');
    elements.push(element(src, start, r.timeout.span.end, one(`timeout ${src.slice(r.timeout.span)}`)));
  }
  if (r.redirects) {
    const { follow, max } = r.redirects;
    elements.push(element(src, r.redirects.span.start, r.redirects.span.end, one(`redirects ${max !== undefined ? max : follow ? 'on' : 'off'}`)));
  }
  if (r.retry) {
    const { count, interval, until } = r.retry;
    const head = one(`retry ${count}${interval ? ` every ${src.slice(interval.span)}` : ''}`);
    elements.push(element(src, r.retry.span.start, r.retry.span.end, until ? join(head, join(one(' until '), condition(src, until))) : head));
  }
  const requestLine = element(src, r.span.start, r.url.span.end, one(`${r.method} ${r.url.text}`), 'always');
  return [requestLine, ...elements];
}

function callElement(src: Source, call: CallStep): Element {
  const lastArg = call.args[call.args.length - 1];
  const end = src.find(')', lastArg ? lastArg.span.end : call.name.span.end) + 1;
  const args = call.args.map((a) => join(one(`${a.name.name}: `), literal(src, a.value)));
  return element(src, call.span.start, end, join(join(one(`use ${call.name.name}(`), joinAll(args, ', ')), one(')')));
}

function checkElement(src: Source, check: Check): Element {
  if (check.kind === 'Expect') return element(src, check.span.start, check.span.end, join(one('expect '), condition(src, check)));
  const source = check.source;
  let text: string;
  switch (source.kind) {
    case 'RegexCapture':
      text = `regex ${src.slice(source.regex.span)}`;
      break;
    case 'Status':
    case 'BodyText':
    case 'JsonPath':
    case 'HeaderRef':
      text = subject(src, source);
  }
  return element(src, check.span.start, check.span.end, one(`capture ${check.name.name} = ${text}`));
}

function bodyElements(src: Source, body: Body): Element[] {
  const at = (lines: Line[]): Element => element(src, body.span.start, body.span.end, lines);
  switch (body.kind) {
    case 'Json':
      return [at(join(one('json '), jsonText(src, body.json, body.span.start)))];
    case 'Form':
      return [at(join(one('form '), fieldBlock(src, body.fields, body.span.start, body.span.end)))];
    case 'Multipart':
      return [at(join(one('multipart '), fieldBlock(src, body.parts, body.span.start, body.span.end)))];
    case 'Text':
      return [at(join(one('text '), literal(src, body.text)))];
    case 'FileBody':
      return [at(one(`file ${src.slice(body.path.span)}`))];
    case 'Graphql': {
      const elements = [at(join(one('graphql '), graphqlDocument(src, body.document)))];
      if (body.variables) {
        const start = src.keywordBefore(body.variables.span.start, 'variables');
        elements.push(element(src, start, body.variables.span.end, join(one('variables '), jsonText(src, body.variables, start))));
      }
      if (body.operationName) {
        const start = src.keywordBefore(body.operationName.span.start, 'operation');
        elements.push(element(src, start, body.operationName.span.end, one(`operation ${src.slice(body.operationName.span)}`)));
      }
      return elements;
    }
  }
}

/** `query { }` statements: a new one starts wherever a `}` separates two fields. */
function queryElements(src: Source, fields: Field[]): Element[] {
  const groups: Field[][] = [];
  fields.forEach((f, i) => {
    if (i === 0 || src.masked.slice(fields[i - 1].span.end, f.span.start).includes('}')) groups.push([f]);
    else groups[groups.length - 1].push(f);
  });
  return groups.map((group) => {
    const open = src.tokenBefore(group[0].span.start);
    const start = src.keywordBefore(open, 'query');
    const end = src.find('}', group[group.length - 1].span.end) + 1;
    return element(src, start, end, join(one('query '), fieldBlock(src, group, open, end)));
  });
}

/** `{ name = value ... }` with one field per line; `open` is at or before the `{`, `end` after the `}`. */
function fieldBlock(src: Source, fields: (Field | MultipartPart)[], open: number, end: number): Line[] {
  const elements = fields.map((f) => {
    const value = f.value.kind === 'FileRef' ? one(`file ${src.slice(f.value.path.span)}${f.value.contentType ? ` as ${src.slice(f.value.contentType.span)}` : ''}`) : literal(src, f.value);
    return { ...element(src, f.span.start, f.span.end, join(one(' = '), value)), key: src.slice(f.nameSpan) };
  });
  return printBlock(src, elements, src.find('{', open), end - 1);
}
