/**
 * How much of a spec a suite exercises. Input: a loaded OpenAPI document or GraphQL schema and the
 * parsed `.assay` files. Output: per operation (or per query and mutation field), whether a request of
 * the suite reaches it, and for OpenAPI which documented status codes the suite asserts, grouped by tag.
 *
 * A request reaches an OpenAPI operation when its method and URL path match (the loader's
 * `findOperation`: a leading `{{baseUrl}}` and the servers' base paths are ignored, `{{var}}` stands
 * for a path parameter). A status is asserted by `expect status == N` or `expect status in [...]` in the
 * request's step; `expect status >= 200` with `< 300` asserts a `2XX` range. A documented status is
 * covered by an asserted one that it describes: the same code, its `NXX` range, or `default` when
 * nothing more specific is documented. GraphQL documents are read with graphql-js: the root fields of
 * their queries and mutations (through fragments too) are covered.
 */
import { Kind, parse as parseGraphql, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { AssayFile, Expect, RequestStep, Step } from '../ast';
import type { ApiOperation, LoadedGraphql, LoadedOpenApi } from '../schema/types';
import { operationMatcher } from '../schema/path-match';
import { LineIndex } from '../text/line-index';
import { operationKey } from './openapi-tests';

export interface CoverageFile {
  path: string;
  text: string;
  ast: AssayFile;
}

export interface OperationCoverage {
  key: string;
  /** `GET /pets/{id}`, or `query pet`. */
  label: string;
  group: string;
  covered: boolean;
  /** Documented statuses (`200`, `4XX`, `default`); empty for GraphQL. */
  statuses: string[];
  coveredStatuses: string[];
  /** Where requests reach it: `file:line`. */
  reachedFrom: string[];
}

export interface GroupCoverage {
  group: string;
  operations: number;
  covered: number;
  statuses: number;
  coveredStatuses: number;
}

export interface CoverageReport {
  kind: 'openapi' | 'graphql';
  spec: string;
  operations: OperationCoverage[];
  groups: GroupCoverage[];
  total: GroupCoverage;
  /** Requests that reach no operation: `file:line METHOD url`. */
  unmatched: string[];
}

export function openApiCoverage(spec: LoadedOpenApi, files: CoverageFile[]): CoverageReport {
  const byOperation = new Map(spec.operations.map((op) => [op, { asserted: [] as Asserted[], from: [] as string[] }]));
  const unmatched: string[] = [];
  for (const file of files) {
    const lines = lineOf(file);
    for (const step of requestSteps(file.ast)) {
      const at = `${file.path}:${lines(step.span.start)}`;
      const op = findOperation(spec, step.method, step.url.text);
      const seen = op && byOperation.get(op);
      if (!seen) {
        if (!step.body || step.body.kind !== 'Graphql') unmatched.push(`${at} ${step.method} ${step.url.text}`);
        continue;
      }
      seen.from.push(at);
      seen.asserted.push(...assertedStatuses(step.checks.filter((c): c is Expect => c.kind === 'Expect')));
    }
  }
  const operations = spec.operations.map((op): OperationCoverage => {
    const seen = byOperation.get(op)!;
    const statuses = op.responses.map((r) => r.status);
    return {
      key: operationKey(op),
      label: `${op.method} ${op.path}`,
      group: op.tags[0] ?? op.path.split('/').find((s) => s && !s.startsWith('{')) ?? 'default',
      covered: seen.from.length > 0,
      statuses,
      coveredStatuses: statuses.filter((s) => seen.asserted.some((a) => describes(s, a, statuses))),
      reachedFrom: seen.from,
    };
  });
  return summarize('openapi', spec.file, operations, unmatched);
}

export function graphqlCoverage(spec: LoadedGraphql, files: CoverageFile[]): CoverageReport {
  const reached = new Map<string, string[]>();
  for (const file of files) {
    const lines = lineOf(file);
    for (const step of requestSteps(file.ast)) {
      if (step.body?.kind !== 'Graphql') continue;
      for (const key of rootFields(step.body.document.value)) reached.set(key, [...(reached.get(key) ?? []), `${file.path}:${lines(step.span.start)}`]);
    }
  }
  const operations: OperationCoverage[] = [];
  for (const [kind, root] of [
    ['query', spec.schema.getQueryType()],
    ['mutation', spec.schema.getMutationType()],
  ] as const) {
    for (const name of Object.keys(root?.getFields() ?? {})) {
      const key = `${kind}.${name}`;
      const from = reached.get(key) ?? [];
      operations.push({ key, label: `${kind} ${name}`, group: kind, covered: from.length > 0, statuses: [], coveredStatuses: [], reachedFrom: from });
    }
  }
  return summarize('graphql', spec.file, operations, []);
}

/**
 * The operation a request reaches. URLs are compared decoded (`/%3Cid%3E` is the spec's `/<id>`), and
 * a fragment picks among operations that differ only by one (`POST /oauth2/token#refresh`), as some
 * specs write them to document two uses of one path.
 */
function findOperation(spec: LoadedOpenApi, method: string, url: string): ApiOperation | undefined {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // Keep the URL as written.
  }
  const fragment = /#[^\s]*$/.exec(decoded)?.[0];
  if (!fragment) return spec.findOperation(method, decoded);
  const byFragment = fragmentMatchers.get(spec) ?? new Map<string, FragmentMatcher>();
  fragmentMatchers.set(spec, byFragment);
  let matcher = byFragment.get(fragment);
  if (!matcher) {
    const operations = spec.operations.filter((o) => o.path.endsWith(fragment));
    const stripped = operations.map((o) => ({ ...o, path: o.path.slice(0, -fragment.length) }));
    matcher = { operations, stripped, match: operationMatcher(stripped, []) };
    byFragment.set(fragment, matcher);
  }
  const found = matcher.match(method, decoded);
  return found ? matcher.operations[matcher.stripped.indexOf(found)] : spec.findOperation(method, decoded);
}

/** Operations whose paths end with one fragment, and a matcher over their paths without it. */
interface FragmentMatcher {
  operations: ApiOperation[];
  stripped: ApiOperation[];
  match: (method: string, url: string) => ApiOperation | undefined;
}

const fragmentMatchers = new WeakMap<LoadedOpenApi, Map<string, FragmentMatcher>>();

/** A status the suite asserts: a code, or a range `[from, to)`. */
type Asserted = number | [number, number];

function assertedStatuses(expects: Expect[]): Asserted[] {
  const out: Asserted[] = [];
  let lower: number | undefined;
  let upper: number | undefined;
  for (const e of expects) {
    if (e.subject.kind !== 'Status') continue;
    const p = e.predicate;
    if (p.kind === 'Compare' && p.value.kind === 'Number') {
      if (p.op === '==') out.push(p.value.value);
      else if (p.op === '>=') lower = p.value.value;
      else if (p.op === '<') upper = p.value.value;
    } else if (p.kind === 'In' && !p.negated) {
      for (const v of p.values.items) if (v.kind === 'Number') out.push(v.value);
    }
  }
  if (lower !== undefined && upper !== undefined) out.push([lower, upper]);
  return out;
}

function describes(documented: string, asserted: Asserted, all: string[]): boolean {
  if (Array.isArray(asserted)) {
    const range = /^([1-5])XX$/i.exec(documented);
    return range !== null && asserted[0] === Number(range[1]) * 100 && asserted[1] === Number(range[1]) * 100 + 100;
  }
  const code = String(asserted);
  if (documented === code) return true;
  if (documented.toUpperCase() === `${code[0]}XX`) return !all.includes(code);
  return documented === 'default' && !all.includes(code) && !all.some((s) => s.toUpperCase() === `${code[0]}XX`);
}

function requestSteps(ast: AssayFile): RequestStep[] {
  const steps: RequestStep[] = [];
  const visit = (list: Step[]): void => {
    for (const s of list) if (s.kind === 'Request') steps.push(s);
  };
  for (const item of ast.items) if ('steps' in item) visit(item.steps);
  return steps;
}

function rootFields(text: string): string[] {
  let doc: DocumentNode;
  try {
    doc = parseGraphql(text);
  } catch {
    return [];
  }
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const keys: string[] = [];
  const collect = (kind: string, set: SelectionSetNode, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) keys.push(`${kind}.${sel.name.value}`);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(kind, sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) collect(kind, fragments.get(sel.name.value)!, new Set([...seen, sel.name.value]));
    }
  };
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION) collect(d.operation, d.selectionSet, new Set());
  return keys;
}

function summarize(kind: CoverageReport['kind'], spec: string, operations: OperationCoverage[], unmatched: string[]): CoverageReport {
  const groups = new Map<string, GroupCoverage>();
  const total: GroupCoverage = { group: 'total', operations: 0, covered: 0, statuses: 0, coveredStatuses: 0 };
  for (const op of operations) {
    const g = groups.get(op.group) ?? { group: op.group, operations: 0, covered: 0, statuses: 0, coveredStatuses: 0 };
    for (const t of [g, total]) {
      t.operations++;
      t.covered += op.covered ? 1 : 0;
      t.statuses += op.statuses.length;
      t.coveredStatuses += op.coveredStatuses.length;
    }
    groups.set(op.group, g);
  }
  return { kind, spec, operations, groups: [...groups.values()], total, unmatched };
}

function lineOf(file: CoverageFile): (offset: number) => number {
  const index = new LineIndex(file.text);
  return (offset) => index.position(offset).line + 1;
}
