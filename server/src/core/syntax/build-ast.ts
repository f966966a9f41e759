/**
 * Turns Ohm's match of one chunk into the plain AST of ast.ts. Input: a successful MatchResult and the
 * chunk's offset in the document. Output: the chunk's top-level item, the structural errors found while
 * grouping statements, and every span handed out (so a cached chunk can be moved when text above it
 * changes).
 *
 * It walks Ohm's concrete syntax tree directly (`cst.ts`), one builder per rule, rather than through an
 * Ohm semantics: the semantics wraps every node in objects of its own, which cost a quarter of parsing.
 * A builder's children are the rule's parts in grammar order, as an Ohm action's arguments would be.
 */
import type * as ohm from 'ohm-js';
import type {
  Arg,
  ArrayLit,
  CompareOp,
  Decorator,
  Field,
  HttpMethod,
  Ident,
  Interp,
  Literal,
  MultipartPart,
  ObjectEntry,
  Predicate,
  Span,
  Step,
  StringLit,
  Subject,
  Template,
  TestDecl,
  TopItem,
} from '../ast';
import { error, type Diagnostic } from '../diagnostics';
import { CstNode, rootOf } from './cst';
import { findInterps, interpRoot } from './interpolation';
import { groupSteps, type Statement } from './statements';
import { unescapeString } from './strings';

export interface BuiltChunk {
  item: TopItem;
  errors: Diagnostic[];
  spans: Span[];
}

/** The state of the chunk being built; the builders are module-level, so they read it from here. */
interface BuildContext {
  base: number;
  spans: Span[];
  errors: Diagnostic[];
}

let ctx: BuildContext = { base: 0, spans: [], errors: [] };

function span(start: number, end: number): Span {
  const s = { start, end };
  ctx.spans.push(s);
  return s;
}

function spanOf(node: CstNode): Span {
  return span(ctx.base + node.start, ctx.base + node.end);
}

function template(node: CstNode): Template {
  const text = node.text();
  const start = ctx.base + node.start;
  return { kind: 'Template', span: spanOf(node), text, interps: findInterps(text, start, span) };
}

/** The built first element of an optional part (`x?`), or undefined when it is absent. */
function optional<T>(iter: CstNode): T | undefined {
  return iter.count > 0 ? (build(iter.child(0)) as T) : undefined;
}

// Lists are made at their final size: an array grown by `push` keeps room for at least 17 elements,
// and the tree of a large file holds hundreds of thousands of short lists.

/** The built elements of `ListOf<elem, sep>`. */
function list<T>(listOf: CstNode): T[] {
  const inner = listOf.child(0);
  if (inner.count === 0) return [];
  const rest = inner.child(2);
  const out = new Array<T>(1 + rest.count);
  out[0] = build(inner.child(0)) as T;
  for (let i = 0; i < rest.count; i++) out[i + 1] = build(rest.child(i)) as T;
  return out;
}

/** The built elements of a loop (`x*`, `x+`). */
function each<T>(iter: CstNode): T[] {
  if (iter.count === 0) return [];
  const out = new Array<T>(iter.count);
  for (let i = 0; i < iter.count; i++) out[i] = build(iter.child(i)) as T;
  return out;
}

/** The built only child of a rule that is a choice between other rules. */
function inner(node: CstNode): unknown {
  return build(node.child(0));
}

const SUBJECT_WORDS: Record<string, Subject['kind']> = {
  status: 'Status',
  duration: 'ResponseTime',
  body: 'BodyText',
  response: 'Response',
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

type Builder = (node: CstNode, ...parts: CstNode[]) => unknown;

const builders: Record<string, Builder> = {
  Chunk(_node, decorators, item) {
    const built = build(item) as TopItem;
    const decos = each<Decorator>(decorators);
    if (built.kind === 'Test') (built as TestDecl).decorators = decos;
    else if (decos.length > 0) {
      ctx.errors.push(error('misplaced-decorator', decos[0].span, 'Decorators such as @tag apply to tests only'));
    }
    if (decos.length > 0) built.span.start = decos[0].span.start;
    return built;
  },
  Item: inner,
  Import(node, _kw, path) {
    return { kind: 'Import', span: spanOf(node), path: build(path) };
  },
  Use(node, _kw, schema, path) {
    return { kind: 'Use', span: spanOf(node), schema: schema.text(), path: build(path) };
  },
  Vars(node, _kw, _open, defs) {
    return { kind: 'Vars', span: spanOf(node), vars: each(defs) };
  },
  VarDef(node, name, _eq, secret, value) {
    return { kind: 'Var', span: spanOf(node), name: build(name), secret: secret.count > 0, value: build(value) };
  },
  VarValue: inner,
  EnvCall(node, _kw, _open, name, _comma, fallback) {
    const call = { kind: 'Env', span: spanOf(node), name: build(name) };
    return fallback.count > 0 ? { ...call, fallback: build(fallback.child(0)) } : call;
  },
  Component(node, _kw, name, _open, params, _comma, _close, block) {
    return { kind: 'Component', span: spanOf(node), name: build(name), params: list(params), steps: build(block) };
  },
  Setup(node, _kw, block) {
    return { kind: 'Setup', span: spanOf(node), steps: build(block) };
  },
  Teardown(node, _kw, block) {
    return { kind: 'Teardown', span: spanOf(node), steps: build(block) };
  },
  Test(node, _kw, name, data, block) {
    const test = { kind: 'Test', span: spanOf(node), name: build(name), decorators: [], steps: build(block) as Step[] };
    return data.count > 0 ? { ...test, data: build(data.child(0)) } : test;
  },
  DataSource(_node, _kw, source) {
    if (source.name === 'DataFile') return build(source);
    const rows = build(source) as ArrayLit;
    return { kind: 'Rows', span: rows.span, rows: rows.items };
  },
  DataFile(node, _kw, path) {
    return { kind: 'DataFile', span: spanOf(node), path: build(path) };
  },
  Decorator(node, _at, name, args) {
    return { kind: 'Decorator', span: spanOf(node), name: build(name), args: optional<Literal[]>(args) ?? [] };
  },
  DecoratorArgs(_node, _open, args) {
    return list(args);
  },
  DecoratorArg(_node, x) {
    if (x.name !== 'tagName') return build(x);
    return { kind: 'String', span: spanOf(x), value: x.text(), triple: false, interps: [] };
  },
  Block(_node, _open, statements) {
    return groupSteps(each<Statement>(statements), ctx.errors);
  },
  Statement: inner,
  RequestLine(node, method, url) {
    return { kind: 'RequestLine', span: spanOf(node), method: method.text() as HttpMethod, methodSpan: spanOf(method), url: template(url) };
  },
  header(node, name, _colon, _gap, value) {
    const text = value.text().trimEnd();
    const start = ctx.base + value.start;
    const end = start + text.length;
    const valueTemplate: Template = { kind: 'Template', span: span(start, end), text, interps: findInterps(text, start, span) };
    return { kind: 'Header', span: span(ctx.base + node.start, end), name: name.text(), nameSpan: spanOf(name), value: valueTemplate };
  },
  JsonBody(node, _kw, json) {
    return { kind: 'Json', span: spanOf(node), json: template(json) };
  },
  FormBody(node, _kw, fields) {
    return { kind: 'Form', span: spanOf(node), fields: build(fields) };
  },
  MultipartBody(node, _kw, _open, parts) {
    return { kind: 'Multipart', span: spanOf(node), parts: each<MultipartPart>(parts) };
  },
  MultipartPart(node, name, _eq, value) {
    const { name: fieldName, span: nameSpan } = build(name) as { name: string; span: Span };
    return { kind: 'Part', span: spanOf(node), name: fieldName, nameSpan, value: build(value) };
  },
  MultipartFile(node, _kw, path, _as, contentType) {
    const file = { kind: 'FileRef', span: spanOf(node), path: build(path) };
    return contentType.count > 0 ? { ...file, contentType: build(contentType.child(0)) } : file;
  },
  TextBody(node, _kw, text) {
    return { kind: 'Text', span: spanOf(node), text: build(text) };
  },
  FileBody(node, _kw, path) {
    return { kind: 'FileBody', span: spanOf(node), path: build(path) };
  },
  GraphqlBody(node, _kw, document) {
    return { kind: 'Graphql', span: spanOf(node), document: build(document) };
  },
  VariablesStmt(node, _kw, json) {
    return { kind: 'Variables', span: spanOf(node), json: template(json) };
  },
  OperationStmt(node, _kw, name) {
    return { kind: 'Operation', span: spanOf(node), name: build(name) };
  },
  QueryStmt(node, _kw, fields) {
    return { kind: 'Query', span: spanOf(node), fields: build(fields) };
  },
  Fields(_node, _open, fields) {
    return each<Field>(fields);
  },
  Field(node, name, _eq, value) {
    const { name: fieldName, span: nameSpan } = build(name) as { name: string; span: Span };
    return { kind: 'Field', span: spanOf(node), name: fieldName, nameSpan, value: build(value) };
  },
  fieldName(_node, x) {
    const name = x.name === 'string' ? (build(x) as StringLit).value : x.text();
    return { name, span: spanOf(x) };
  },
  Expect(node, _kw, subject, predicate) {
    return { kind: 'Expect', span: spanOf(node), subject: build(subject), predicate: build(predicate) };
  },
  Subject(_node, x) {
    switch (x.name) {
      case 'ident': {
        const kind = SUBJECT_WORDS[x.text()];
        return kind ? { kind, span: spanOf(x) } : { kind: 'UnknownSubject', span: spanOf(x), name: x.text() };
      }
      case 'interp':
        return { kind: 'Value', span: spanOf(x), value: build(x) };
      default:
        return build(x);
    }
  },
  HeaderSubject(node, _kw, name) {
    return { kind: 'HeaderRef', span: spanOf(node), name: build(name) };
  },
  CountSubject(node, _kw, path) {
    return { kind: 'Count', span: spanOf(node), path: build(path) };
  },
  Predicate: inner,
  Predicate_compare(node, op, value) {
    return { kind: 'Compare', span: spanOf(node), op: op.text() as CompareOp, value: build(value) as Literal } satisfies Predicate;
  },
  Predicate_contains(node, not, _kw, value) {
    return { kind: 'Contains', span: spanOf(node), negated: not.count > 0, value: build(value) };
  },
  Predicate_schema(node, not, _matches, _schema, file) {
    const predicate = { kind: 'MatchesSchema', span: spanOf(node), negated: not.count > 0 };
    return file.count > 0 ? { ...predicate, file: build(file.child(0)) } : predicate;
  },
  Predicate_regex(node, not, _kw, regex) {
    return { kind: 'Matches', span: spanOf(node), negated: not.count > 0, regex: build(regex) };
  },
  Predicate_is(node, _kw, not, type) {
    return { kind: 'Is', span: spanOf(node), negated: not.count > 0, type: type.text(), typeSpan: spanOf(type) };
  },
  Predicate_in(node, not, _kw, values) {
    return { kind: 'In', span: spanOf(node), negated: not.count > 0, values: build(values) };
  },
  Predicate_exists(node, not) {
    return { kind: 'Exists', span: spanOf(node), negated: not.count > 0 };
  },
  Capture(node, _kw, name, _eq, source) {
    return { kind: 'Capture', span: spanOf(node), name: build(name), source: build(source) };
  },
  CaptureSource(_node, x) {
    if (x.name === 'kwStatus') return { kind: 'Status', span: spanOf(x) };
    if (x.name === 'kwBody') return { kind: 'BodyText', span: spanOf(x) };
    return build(x);
  },
  CaptureSource_regex(node, _kw, regex) {
    return { kind: 'RegexCapture', span: spanOf(node), regex: build(regex) };
  },
  Call(node, _kw, name, _open, args) {
    return { kind: 'Call', span: spanOf(node), name: build(name), args: list<Arg>(args), checks: [] };
  },
  Arg(node, name, _colon, value) {
    return { kind: 'Arg', span: spanOf(node), name: build(name), value: build(value) };
  },
  Retry(node, _kw, count, _every, interval, _until, subject, predicate) {
    const retry: Record<string, unknown> = { kind: 'Retry', span: spanOf(node), count: Number(count.text()) };
    if (interval.count > 0) retry.interval = build(interval.child(0));
    if (subject.count > 0) retry.until = { subject: build(subject.child(0)), predicate: build(predicate.child(0)) };
    return retry;
  },
  Delay(node, _kw, duration) {
    return { kind: 'Delay', span: spanOf(node), duration: build(duration) };
  },
  Timeout(node, _kw, duration) {
    return { kind: 'Timeout', span: spanOf(node), duration: build(duration) };
  },
  Redirects(node, _kw, setting) {
    const word = setting.text();
    if (word === 'on') return { kind: 'Redirects', span: spanOf(node), follow: true };
    if (word === 'off') return { kind: 'Redirects', span: spanOf(node), follow: false };
    const max = Number(word);
    return { kind: 'Redirects', span: spanOf(node), follow: max > 0, max };
  },
  Auth(node, _kw, scheme, first, second) {
    const args = [build(first) as Literal, ...each<Literal>(second)];
    return { kind: 'Auth', span: spanOf(node), scheme: scheme.text(), args };
  },
  Log(node, _kw, value) {
    return { kind: 'Log', span: spanOf(node), value: build(value) };
  },
  Literal(_node, x) {
    switch (x.name) {
      case 'kwTrue':
        return { kind: 'Bool', span: spanOf(x), value: true };
      case 'kwFalse':
        return { kind: 'Bool', span: spanOf(x), value: false };
      case 'kwNull':
        return { kind: 'Null', span: spanOf(x) };
      default:
        return build(x);
    }
  },
  Array(node, _open, items) {
    return { kind: 'Array', span: spanOf(node), items: list<Literal>(items) };
  },
  Object(node, _open, entries) {
    return { kind: 'Object', span: spanOf(node), entries: list<ObjectEntry>(entries) };
  },
  Entry(node, key, _colon, value) {
    const { name, span: keySpan } = build(key) as { name: string; span: Span };
    return { kind: 'Entry', span: spanOf(node), key: name, keySpan, value: build(value) };
  },
  string(node) {
    // `string` is a choice of two forms; either way its parts are the opening quote(s), the characters
    // and the closing quote(s).
    const triple = node.text().startsWith('"""');
    const quote = triple ? 3 : 1;
    const rawStart = node.start + quote;
    const raw = node.source.slice(rawStart, node.end - quote);
    return {
      kind: 'String',
      span: spanOf(node),
      value: triple ? raw : unescapeString(raw),
      triple,
      interps: findInterps(raw, ctx.base + rawStart, span),
    };
  },
  interp(node) {
    const expr = node.source.slice(node.start + 2, node.end - 2).trim();
    return { kind: 'Interp', span: spanOf(node), expr, root: interpRoot(expr) } satisfies Interp;
  },
  regex(node, _open, chars, _close, flags) {
    return { kind: 'Regex', span: spanOf(node), pattern: chars.text(), flags: flags.text() };
  },
  jsonPath(node) {
    return { kind: 'JsonPath', span: spanOf(node), path: node.text() };
  },
  duration(node, digits, unit) {
    return { kind: 'Duration', span: spanOf(node), ms: Number(digits.text()) * UNIT_MS[unit.text()] };
  },
  number(node) {
    return { kind: 'Number', span: spanOf(node), value: Number(node.text()) };
  },
  ident(node) {
    return { kind: 'Ident', span: spanOf(node), name: node.text() } satisfies Ident;
  },
};

function build(node: CstNode): unknown {
  const builder = builders[node.name];
  if (!builder) throw new Error(`No AST builder for the rule ${node.name}`);
  switch (node.count) {
    case 0:
      return builder(node);
    case 1:
      return builder(node, node.child(0));
    case 2:
      return builder(node, node.child(0), node.child(1));
    default:
      return builder(node, ...node.children());
  }
}

/** Builds the AST of a chunk that matched, at document offset `base`. */
export function buildChunk(match: ohm.MatchResult, base: number): BuiltChunk {
  ctx = { base, spans: [], errors: [] };
  const item = build(rootOf(match)) as TopItem;
  const built = { item, errors: ctx.errors, spans: ctx.spans };
  ctx = { base: 0, spans: [], errors: [] };
  return built;
}
