/**
 * Turns Ohm's match of one chunk into the plain AST of ast.ts. Input: a successful MatchResult and the
 * chunk's offset in the document. Output: the chunk's top-level item, the structural errors found while
 * grouping statements, and every span handed out (so a cached chunk can be moved when text above it
 * changes).
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
import { assayGrammar } from '../grammar/grammar';
import { findInterps, interpRoot } from './interpolation';
import { groupSteps, type Statement } from './statements';
import { unescapeString } from './strings';

export interface BuiltChunk {
  item: TopItem;
  errors: Diagnostic[];
  spans: Span[];
}

/** The state of the chunk being built; semantic actions are module-level, so they read it from here. */
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

function spanOf(node: ohm.Node): Span {
  return span(ctx.base + node.source.startIdx, ctx.base + node.source.endIdx);
}

function template(node: ohm.Node): Template {
  const text = node.sourceString;
  const start = ctx.base + node.source.startIdx;
  return { kind: 'Template', span: spanOf(node), text, interps: findInterps(text, start, span) };
}

function optional<T>(iter: ohm.Node): T | undefined {
  return iter.numChildren > 0 ? (iter.child(0).ast() as T) : undefined;
}

function list<T>(listOf: ohm.Node): T[] {
  return listOf.asIteration().children.map((c: ohm.Node) => c.ast() as T);
}

function each<T>(iter: ohm.Node): T[] {
  return iter.children.map((c: ohm.Node) => c.ast() as T);
}

const SUBJECT_WORDS: Record<string, Subject['kind']> = {
  status: 'Status',
  duration: 'ResponseTime',
  body: 'BodyText',
  response: 'Response',
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

type Actions = ohm.ActionDict<unknown>;

const actions: Actions = {
  Chunk(decorators, item) {
    const built = item.ast() as TopItem;
    const decos = each<Decorator>(decorators);
    if (built.kind === 'Test') (built as TestDecl).decorators = decos;
    else if (decos.length > 0) {
      ctx.errors.push(error('misplaced-decorator', decos[0].span, 'Decorators such as @tag apply to tests only'));
    }
    if (decos.length > 0) built.span.start = decos[0].span.start;
    return built;
  },
  Item(x) {
    return x.ast();
  },
  Import(_kw, path) {
    return { kind: 'Import', span: spanOf(this), path: path.ast() };
  },
  Use(_kw, schema, path) {
    return { kind: 'Use', span: spanOf(this), schema: schema.sourceString, path: path.ast() };
  },
  Vars(_kw, _open, defs, _close) {
    return { kind: 'Vars', span: spanOf(this), vars: each(defs) };
  },
  VarDef(name, _eq, secret, value) {
    return { kind: 'Var', span: spanOf(this), name: name.ast(), secret: secret.numChildren > 0, value: value.ast() };
  },
  VarValue(x) {
    return x.ast();
  },
  EnvCall(_kw, _open, name, _comma, fallback, _close) {
    const call = { kind: 'Env', span: spanOf(this), name: name.ast() };
    return fallback.numChildren > 0 ? { ...call, fallback: fallback.child(0).ast() } : call;
  },
  Component(_kw, name, _open, params, _comma, _close, block) {
    return { kind: 'Component', span: spanOf(this), name: name.ast(), params: list(params), steps: block.ast() };
  },
  Setup(_kw, block) {
    return { kind: 'Setup', span: spanOf(this), steps: block.ast() };
  },
  Teardown(_kw, block) {
    return { kind: 'Teardown', span: spanOf(this), steps: block.ast() };
  },
  Test(_kw, name, data, block) {
    const test = { kind: 'Test', span: spanOf(this), name: name.ast(), decorators: [], steps: block.ast() as Step[] };
    return data.numChildren > 0 ? { ...test, data: data.child(0).ast() } : test;
  },
  DataSource(_kw, source) {
    if (source.ctorName === 'DataFile') return source.ast();
    const rows = source.ast() as ArrayLit;
    return { kind: 'Rows', span: rows.span, rows: rows.items };
  },
  DataFile(_kw, path) {
    return { kind: 'DataFile', span: spanOf(this), path: path.ast() };
  },
  Decorator(_at, name, args) {
    return { kind: 'Decorator', span: spanOf(this), name: name.ast(), args: optional<Literal[]>(args) ?? [] };
  },
  DecoratorArgs(_open, args, _close) {
    return list(args);
  },
  DecoratorArg(x) {
    if (x.ctorName !== 'tagName') return x.ast();
    return { kind: 'String', span: spanOf(x), value: x.sourceString, triple: false, interps: [] };
  },
  Block(_open, statements, _close) {
    return groupSteps(each<Statement>(statements), ctx.errors);
  },
  Statement(x) {
    return x.ast();
  },
  RequestLine(method, url) {
    return { kind: 'RequestLine', span: spanOf(this), method: method.sourceString as HttpMethod, methodSpan: spanOf(method), url: template(url) };
  },
  header(name, _colon, _gap, value) {
    const text = value.sourceString.trimEnd();
    const start = ctx.base + value.source.startIdx;
    const end = start + text.length;
    const valueTemplate: Template = { kind: 'Template', span: span(start, end), text, interps: findInterps(text, start, span) };
    return { kind: 'Header', span: span(ctx.base + this.source.startIdx, end), name: name.sourceString, nameSpan: spanOf(name), value: valueTemplate };
  },
  JsonBody(_kw, json) {
    return { kind: 'Json', span: spanOf(this), json: template(json) };
  },
  FormBody(_kw, fields) {
    return { kind: 'Form', span: spanOf(this), fields: fields.ast() };
  },
  MultipartBody(_kw, _open, parts, _close) {
    return { kind: 'Multipart', span: spanOf(this), parts: each<MultipartPart>(parts) };
  },
  MultipartPart(name, _eq, value) {
    const { name: fieldName, span: nameSpan } = name.ast() as { name: string; span: Span };
    return { kind: 'Part', span: spanOf(this), name: fieldName, nameSpan, value: value.ast() };
  },
  MultipartFile(_kw, path, _as, contentType) {
    const file = { kind: 'FileRef', span: spanOf(this), path: path.ast() };
    return contentType.numChildren > 0 ? { ...file, contentType: contentType.child(0).ast() } : file;
  },
  TextBody(_kw, text) {
    return { kind: 'Text', span: spanOf(this), text: text.ast() };
  },
  FileBody(_kw, path) {
    return { kind: 'FileBody', span: spanOf(this), path: path.ast() };
  },
  GraphqlBody(_kw, document) {
    return { kind: 'Graphql', span: spanOf(this), document: document.ast() };
  },
  VariablesStmt(_kw, json) {
    return { kind: 'Variables', span: spanOf(this), json: template(json) };
  },
  OperationStmt(_kw, name) {
    return { kind: 'Operation', span: spanOf(this), name: name.ast() };
  },
  QueryStmt(_kw, fields) {
    return { kind: 'Query', span: spanOf(this), fields: fields.ast() };
  },
  Fields(_open, fields, _close) {
    return each<Field>(fields);
  },
  Field(name, _eq, value) {
    const { name: fieldName, span: nameSpan } = name.ast() as { name: string; span: Span };
    return { kind: 'Field', span: spanOf(this), name: fieldName, nameSpan, value: value.ast() };
  },
  fieldName(x) {
    const name = x.ctorName === 'string' ? (x.ast() as StringLit).value : x.sourceString;
    return { name, span: spanOf(x) };
  },
  Expect(_kw, subject, predicate) {
    return { kind: 'Expect', span: spanOf(this), subject: subject.ast(), predicate: predicate.ast() };
  },
  Subject(x) {
    switch (x.ctorName) {
      case 'ident': {
        const kind = SUBJECT_WORDS[x.sourceString];
        return kind ? { kind, span: spanOf(x) } : { kind: 'UnknownSubject', span: spanOf(x), name: x.sourceString };
      }
      case 'interp':
        return { kind: 'Value', span: spanOf(x), value: x.ast() };
      default:
        return x.ast();
    }
  },
  HeaderSubject(_kw, name) {
    return { kind: 'HeaderRef', span: spanOf(this), name: name.ast() };
  },
  CountSubject(_kw, path) {
    return { kind: 'Count', span: spanOf(this), path: path.ast() };
  },
  Predicate_compare(op, value) {
    return { kind: 'Compare', span: spanOf(this), op: op.sourceString as CompareOp, value: value.ast() as Literal } satisfies Predicate;
  },
  Predicate_contains(not, _kw, value) {
    return { kind: 'Contains', span: spanOf(this), negated: not.numChildren > 0, value: value.ast() };
  },
  Predicate_schema(not, _matches, _schema, file) {
    const predicate = { kind: 'MatchesSchema', span: spanOf(this), negated: not.numChildren > 0 };
    return file.numChildren > 0 ? { ...predicate, file: file.child(0).ast() } : predicate;
  },
  Predicate_regex(not, _kw, regex) {
    return { kind: 'Matches', span: spanOf(this), negated: not.numChildren > 0, regex: regex.ast() };
  },
  Predicate_is(_kw, not, type) {
    return { kind: 'Is', span: spanOf(this), negated: not.numChildren > 0, type: type.sourceString, typeSpan: spanOf(type) };
  },
  Predicate_in(not, _kw, values) {
    return { kind: 'In', span: spanOf(this), negated: not.numChildren > 0, values: values.ast() };
  },
  Predicate_exists(not, _kw) {
    return { kind: 'Exists', span: spanOf(this), negated: not.numChildren > 0 };
  },
  Capture(_kw, name, _eq, source) {
    return { kind: 'Capture', span: spanOf(this), name: name.ast(), source: source.ast() };
  },
  CaptureSource(x) {
    if (x.ctorName === 'kwStatus') return { kind: 'Status', span: spanOf(x) };
    if (x.ctorName === 'kwBody') return { kind: 'BodyText', span: spanOf(x) };
    return x.ast();
  },
  CaptureSource_regex(_kw, regex) {
    return { kind: 'RegexCapture', span: spanOf(this), regex: regex.ast() };
  },
  Call(_kw, name, _open, args, _comma, _close) {
    return { kind: 'Call', span: spanOf(this), name: name.ast(), args: list<Arg>(args), checks: [] };
  },
  Arg(name, _colon, value) {
    return { kind: 'Arg', span: spanOf(this), name: name.ast(), value: value.ast() };
  },
  Retry(_kw, count, _every, interval, _until, subject, predicate) {
    const retry: Record<string, unknown> = { kind: 'Retry', span: spanOf(this), count: Number(count.sourceString) };
    if (interval.numChildren > 0) retry.interval = interval.child(0).ast();
    if (subject.numChildren > 0) retry.until = { subject: subject.child(0).ast(), predicate: predicate.child(0).ast() };
    return retry;
  },
  Delay(_kw, duration) {
    return { kind: 'Delay', span: spanOf(this), duration: duration.ast() };
  },
  Timeout(_kw, duration) {
    return { kind: 'Timeout', span: spanOf(this), duration: duration.ast() };
  },
  Redirects(_kw, setting) {
    const word = setting.sourceString;
    if (word === 'on') return { kind: 'Redirects', span: spanOf(this), follow: true };
    if (word === 'off') return { kind: 'Redirects', span: spanOf(this), follow: false };
    const max = Number(word);
    return { kind: 'Redirects', span: spanOf(this), follow: max > 0, max };
  },
  Auth(_kw, scheme, first, second) {
    const args = [first.ast() as Literal, ...each<Literal>(second)];
    return { kind: 'Auth', span: spanOf(this), scheme: scheme.sourceString, args };
  },
  Log(_kw, value) {
    return { kind: 'Log', span: spanOf(this), value: value.ast() };
  },
  Literal(x) {
    switch (x.ctorName) {
      case 'kwTrue':
        return { kind: 'Bool', span: spanOf(x), value: true };
      case 'kwFalse':
        return { kind: 'Bool', span: spanOf(x), value: false };
      case 'kwNull':
        return { kind: 'Null', span: spanOf(x) };
      default:
        return x.ast();
    }
  },
  Array(_open, items, _comma, _close) {
    return { kind: 'Array', span: spanOf(this), items: list<Literal>(items) };
  },
  Object(_open, entries, _comma, _close) {
    return { kind: 'Object', span: spanOf(this), entries: list<ObjectEntry>(entries) };
  },
  Entry(key, _colon, value) {
    const { name, span: keySpan } = key.ast() as { name: string; span: Span };
    return { kind: 'Entry', span: spanOf(this), key: name, keySpan, value: value.ast() };
  },
  string(open, chars, _close) {
    const raw = chars.sourceString;
    const triple = open.sourceString.length === 3;
    return {
      kind: 'String',
      span: spanOf(this),
      value: triple ? raw : unescapeString(raw),
      triple,
      interps: findInterps(raw, ctx.base + chars.source.startIdx, span),
    };
  },
  interp(_open, chars, _close) {
    const expr = chars.sourceString.trim();
    return { kind: 'Interp', span: spanOf(this), expr, root: interpRoot(expr) } satisfies Interp;
  },
  regex(_open, chars, _close, flags) {
    return { kind: 'Regex', span: spanOf(this), pattern: chars.sourceString, flags: flags.sourceString };
  },
  jsonPath(_dollar, _segments) {
    return { kind: 'JsonPath', span: spanOf(this), path: this.sourceString };
  },
  duration(digits, unit) {
    return { kind: 'Duration', span: spanOf(this), ms: Number(digits.sourceString) * UNIT_MS[unit.sourceString] };
  },
  number(_sign, _int, _dot, _frac, _e, _esign, _exp) {
    return { kind: 'Number', span: spanOf(this), value: Number(this.sourceString) };
  },
  ident(_first, _rest) {
    return { kind: 'Ident', span: spanOf(this), name: this.sourceString } satisfies Ident;
  },
};

let semantics: ohm.Semantics | undefined;

function assaySemantics(): ohm.Semantics {
  semantics ??= assayGrammar().createSemantics().addOperation('ast', actions);
  return semantics;
}

/** Builds the AST of a chunk that matched, at document offset `base`. */
export function buildChunk(match: ohm.MatchResult, base: number): BuiltChunk {
  ctx = { base, spans: [], errors: [] };
  const item = assaySemantics()(match).ast() as TopItem;
  const built = { item, errors: ctx.errors, spans: ctx.spans };
  ctx = { base: 0, spans: [], errors: [] };
  return built;
}
