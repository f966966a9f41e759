/**
 * Walking the AST. The `...Interps` functions list the `{{...}}` references in one part of a file; `walk`
 * visits a whole file once, calling an `AstVisitor`'s handlers in the order the runner evaluates things:
 * a request's URL, headers, query, auth and body, then its retry condition, then its checks in order.
 */
import type {
  AssayFile,
  BrokenItem,
  Body,
  CallStep,
  Capture,
  Check,
  ComponentDecl,
  Condition,
  ImportDecl,
  Interp,
  JsonBody,
  GraphqlBody,
  JsonPath,
  Literal,
  RegexLit,
  RequestStep,
  SetupBlock,
  Step,
  TeardownBlock,
  TestDecl,
  TopItem,
  UseDecl,
  VarDecl,
  VarsBlock,
} from '../ast';

type OnInterp = (interp: Interp) => void;

/** The interpolations in a literal, nested ones included. */
export function literalInterps(lit: Literal, on: OnInterp): void {
  switch (lit.kind) {
    case 'String':
      for (const i of lit.interps) on(i);
      break;
    case 'Interp':
      on(lit);
      break;
    case 'Array':
      for (const item of lit.items) literalInterps(item, on);
      break;
    case 'Object':
      for (const entry of lit.entries) literalInterps(entry.value, on);
      break;
  }
}

/** The interpolations in what a request sends: URL, headers, query, auth and body. */
export function requestInterps(req: RequestStep, on: OnInterp): void {
  for (const i of req.url.interps) on(i);
  for (const h of req.headers) for (const i of h.value.interps) on(i);
  for (const f of req.query) literalInterps(f.value, on);
  if (req.auth) for (const a of req.auth.args) literalInterps(a, on);
  if (req.body) bodyInterps(req.body, on);
}

/** The interpolations in a request body. */
export function bodyInterps(body: Body, on: OnInterp): void {
  switch (body.kind) {
    case 'Json':
      for (const i of body.json.interps) on(i);
      break;
    case 'Form':
      for (const f of body.fields) literalInterps(f.value, on);
      break;
    case 'Multipart':
      for (const p of body.parts) {
        if (p.value.kind !== 'FileRef') literalInterps(p.value, on);
        else {
          literalInterps(p.value.path, on);
          if (p.value.contentType) literalInterps(p.value.contentType, on);
        }
      }
      break;
    case 'Text':
      literalInterps(body.text, on);
      break;
    case 'FileBody':
      literalInterps(body.path, on);
      break;
    case 'Graphql':
      literalInterps(body.document, on);
      if (body.variables) for (const i of body.variables.interps) on(i);
      if (body.operationName) literalInterps(body.operationName, on);
      break;
  }
}

/** The interpolations in an expectation or a retry condition. */
export function conditionInterps(cond: Condition, on: OnInterp): void {
  const s = cond.subject;
  if (s.kind === 'Value') on(s.value);
  else if (s.kind === 'HeaderRef') literalInterps(s.name, on);
  const p = cond.predicate;
  switch (p.kind) {
    case 'Compare':
    case 'Contains':
      literalInterps(p.value, on);
      break;
    case 'In':
      literalInterps(p.values, on);
      break;
    case 'MatchesSchema':
      if (p.file) literalInterps(p.file, on);
      break;
  }
}

/** The interpolations in a capture's source (a header name). */
export function captureInterps(capture: Capture, on: OnInterp): void {
  if (capture.source.kind === 'HeaderRef') literalInterps(capture.source.name, on);
}

/** The interpolations in a file var's value. */
export function varInterps(v: VarDecl, on: OnInterp): void {
  if (v.value.kind !== 'Env') return literalInterps(v.value, on);
  literalInterps(v.value.name, on);
  if (v.value.fallback) literalInterps(v.value.fallback, on);
}

/** The interpolations in a test's head: its name, decorators and inline rows or data file path. */
export function testHeadInterps(test: TestDecl, on: OnInterp): void {
  for (const d of test.decorators) for (const a of d.args) literalInterps(a, on);
  if (test.data?.kind === 'Rows') for (const r of test.data.rows) literalInterps(r, on);
  else if (test.data) literalInterps(test.data.path, on);
}

/**
 * Handlers for the nodes a check may care about, each optional. `Condition` sees every `expect` and
 * every `retry ... until`; `JsonPath`, `Regex` and `Interp` see every one in the file.
 */
export interface AstVisitor {
  File?(node: AssayFile): void;
  Import?(node: ImportDecl): void;
  Use?(node: UseDecl): void;
  Vars?(node: VarsBlock): void;
  Var?(node: VarDecl): void;
  Component?(node: ComponentDecl): void;
  Setup?(node: SetupBlock): void;
  Teardown?(node: TeardownBlock): void;
  Test?(node: TestDecl): void;
  Broken?(node: BrokenItem): void;
  Request?(node: RequestStep): void;
  Call?(node: CallStep): void;
  Json?(node: JsonBody): void;
  Graphql?(node: GraphqlBody): void;
  Condition?(node: Condition): void;
  Capture?(node: Capture): void;
  JsonPath?(node: JsonPath): void;
  Regex?(node: RegexLit): void;
  Interp?(node: Interp): void;
}

type AnyHandler = (node: unknown) => void;

/** One visitor that calls each of `visitors` in turn, so that a file is walked once for all of them. */
export function mergeVisitors(visitors: readonly AstVisitor[]): AstVisitor {
  const byKey = new Map<string, AnyHandler[]>();
  for (const v of visitors) {
    for (const [key, handler] of Object.entries(v) as [string, AnyHandler][]) {
      const list = byKey.get(key);
      if (list) list.push(handler);
      else byKey.set(key, [handler]);
    }
  }
  const merged: Record<string, AnyHandler> = {};
  for (const [key, handlers] of byKey) {
    merged[key] =
      handlers.length === 1
        ? handlers[0]
        : (node) => {
            for (const h of handlers) h(node);
          };
  }
  return merged as AstVisitor;
}

/** Visits every node of `file` that `v` has a handler for. */
export function walk(file: AssayFile, v: AstVisitor): void {
  const interp = v.Interp;
  const onInterp: OnInterp | undefined = interp && ((i) => interp.call(v, i));
  v.File?.(file);
  for (const item of file.items) {
    switch (item.kind) {
      case 'Import':
        v.Import?.(item);
        if (onInterp) literalInterps(item.path, onInterp);
        break;
      case 'Use':
        v.Use?.(item);
        if (onInterp) literalInterps(item.path, onInterp);
        break;
      case 'Vars':
        v.Vars?.(item);
        for (const decl of item.vars) {
          v.Var?.(decl);
          if (onInterp) varInterps(decl, onInterp);
        }
        break;
      case 'Component':
        v.Component?.(item);
        walkSteps(item.steps, v, onInterp);
        break;
      case 'Setup':
        v.Setup?.(item);
        walkSteps(item.steps, v, onInterp);
        break;
      case 'Teardown':
        v.Teardown?.(item);
        walkSteps(item.steps, v, onInterp);
        break;
      case 'Test':
        v.Test?.(item);
        if (onInterp) {
          literalInterps(item.name, onInterp);
          testHeadInterps(item, onInterp);
        }
        walkSteps(item.steps, v, onInterp);
        break;
      case 'Broken':
        v.Broken?.(item);
        walkSteps(item.steps, v, onInterp);
        break;
    }
  }
}

/** The handlers that `walkItemHead` calls: those of top-level items and of vars. */
export const ITEM_HEAD_HANDLERS: ReadonlySet<keyof AstVisitor> = new Set(['Import', 'Use', 'Vars', 'Var', 'Component', 'Setup', 'Teardown', 'Test', 'Broken']);

/** Visits one top-level item and its vars, not its steps or interpolations, in the order `walk` does. */
export function walkItemHead(item: TopItem, v: AstVisitor): void {
  switch (item.kind) {
    case 'Import':
      v.Import?.(item);
      break;
    case 'Use':
      v.Use?.(item);
      break;
    case 'Vars':
      v.Vars?.(item);
      if (v.Var) for (const decl of item.vars) v.Var(decl);
      break;
    case 'Component':
      v.Component?.(item);
      break;
    case 'Setup':
      v.Setup?.(item);
      break;
    case 'Teardown':
      v.Teardown?.(item);
      break;
    case 'Test':
      v.Test?.(item);
      break;
    case 'Broken':
      v.Broken?.(item);
      break;
  }
}

function walkSteps(steps: readonly Step[], v: AstVisitor, onInterp: OnInterp | undefined): void {
  for (const step of steps) {
    switch (step.kind) {
      case 'Request':
        v.Request?.(step);
        if (onInterp) requestInterps(step, onInterp);
        if (step.body?.kind === 'Json') v.Json?.(step.body);
        else if (step.body?.kind === 'Graphql') v.Graphql?.(step.body);
        if (step.retry?.until) walkCondition(step.retry.until, v, onInterp);
        walkChecks(step.checks, v, onInterp);
        break;
      case 'Call':
        v.Call?.(step);
        if (onInterp) for (const a of step.args) literalInterps(a.value, onInterp);
        walkChecks(step.checks, v, onInterp);
        break;
      case 'Log':
        if (onInterp) literalInterps(step.value, onInterp);
        break;
      case 'Delay':
        break;
    }
  }
}

function walkChecks(checks: readonly Check[], v: AstVisitor, onInterp: OnInterp | undefined): void {
  for (const check of checks) {
    if (check.kind === 'Expect') {
      walkCondition(check, v, onInterp);
      continue;
    }
    v.Capture?.(check);
    const source = check.source;
    if (source.kind === 'JsonPath') v.JsonPath?.(source);
    else if (source.kind === 'RegexCapture') v.Regex?.(source.regex);
    if (onInterp) captureInterps(check, onInterp);
  }
}

function walkCondition(cond: Condition, v: AstVisitor, onInterp: OnInterp | undefined): void {
  v.Condition?.(cond);
  const s = cond.subject;
  if (s.kind === 'JsonPath') v.JsonPath?.(s);
  else if (s.kind === 'Count') v.JsonPath?.(s.path);
  if (cond.predicate.kind === 'Matches') v.Regex?.(cond.predicate.regex);
  if (onInterp) conditionInterps(cond, onInterp);
}
