/**
 * The tests of one OpenAPI operation: a test that sends a valid request and expects the documented
 * success status and body (`matches schema`), preceded by the requests that create its path
 * parameters when chaining finds them (chaining.ts), parameterized by the request examples when the
 * spec gives several, and with `--negative` the variants of negative.ts.
 */
import type { ApiOperation } from '../schema/types';
import type { Chains } from './chaining';
import { literal } from './literals';
import type { GeneratedStep, GeneratedTest, GeneratedVar } from './model';
import { identifier, sentence, unique, words } from './naming';
import { negativeCases } from './negative';
import { requestFor, type RequestPlan } from './openapi-request';
import { Random } from './random';
import { contentChecks, expectedStatus, statusChecks, successResponse } from './responses';
import type { Security } from './security';

type Obj = Record<string, unknown>;

export interface OperationContext {
  document: Obj;
  chains: Chains;
  security: Security;
  seed: number;
  negative: boolean;
}

/** How deep create-then-use chains go (a resource inside a resource inside a resource). */
const MAX_CHAIN = 3;
/** Examples whose rows would be longer than this are not turned into parameterized tests. */
const MAX_ROW_LENGTH = 240;

/** The key that names an operation in markers: its id, else `GET:/pets/{id}`. */
export function operationKey(op: ApiOperation): string {
  return op.operationId && /^\S+$/.test(op.operationId) ? op.operationId : `${op.method}:${op.path.replace(/\s/g, '')}`;
}

/** A test name for the operation: its summary, else its id in words, else `GET /pets/{id}`. */
export function operationTitle(op: ApiOperation): string {
  const fromSummary = op.summary ? sentence(op.summary) : '';
  const text = fromSummary || (op.operationId ? sentence(words(op.operationId)) : '') || `${op.method} ${op.path}`;
  return /^[A-Z](?![A-Z0-9])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function operationTests(op: ApiOperation, ctx: OperationContext, names: Set<string>): { tests: GeneratedTest[]; vars: GeneratedVar[] } {
  const key = operationKey(op);
  let title = operationTitle(op);
  if (names.has(title)) title = `${title} (${op.method} ${op.path})`;
  const vars: GeneratedVar[] = [];
  const build = (): { steps: GeneratedStep[]; plan: RequestPlan } => {
    const chain: Chain = { random: new Random(ctx.seed, key), captured: new Map(), steps: [], vars, sent: new Map(), taken: new Set() };
    chainSteps(op, ctx, chain, new Set([op]), 0);
    const { steps } = chain;
    const success = successResponse(op);
    const plan = requestFor({ op, document: ctx.document, random: chain.random, security: ctx.security, captured: chain.captured, status: expectedStatus(success) });
    vars.push(...plan.vars);
    if (success && /^3/.test(success.status)) plan.step.options.push('redirects off');
    plan.step.checks.push(...statusChecks(success), ...contentChecks(op.method, success));
    steps.push(plan.step);
    return { steps, plan };
  };
  const main = build();
  const doc = title.startsWith(`${op.method} `) ? [] : [`${op.method} ${op.path}${op.deprecated ? ' (deprecated)' : ''}`];
  const test: GeneratedTest = { key, name: unique(title, names), doc, tags: [], steps: main.steps };
  parameterize(test, main.plan);
  const tests = [test];
  if (ctx.negative) {
    for (const c of negativeCases(op, main.plan)) {
      const variant = build();
      c.apply(variant.plan);
      variant.plan.step.options = variant.plan.step.options.filter((o) => o !== 'redirects off');
      variant.plan.step.checks = ['expect status >= 400', 'expect status < 500'];
      tests.push({ key: `${key}:${c.suffix.replace(/\s+/g, '_')}`, name: unique(sentence(`${title} (${c.title})`), names), doc: [], tags: ['negative'], steps: variant.steps });
    }
  }
  return { tests, vars };
}

/** What chaining has added to a test so far: its steps, and the step each creator sent. */
interface Chain {
  random: Random;
  captured: Map<string, string>;
  steps: GeneratedStep[];
  vars: GeneratedVar[];
  sent: Map<ApiOperation, GeneratedStep>;
  taken: Set<string>;
}

/** Adds, before the operation's request, the requests that create its path parameters. */
function chainSteps(op: ApiOperation, ctx: OperationContext, chain: Chain, visiting: Set<ApiOperation>, depth: number): void {
  for (const [, param] of op.path.matchAll(/\{([^}]+)\}/g)) {
    if (chain.captured.has(param) || depth >= MAX_CHAIN) continue;
    const creator = ctx.chains.creatorOf(op, param);
    if (!creator || visiting.has(creator.operation)) continue;
    const name = unique(captureName(op.path, param), chain.taken, '');
    let step = chain.sent.get(creator.operation);
    if (!step) {
      chainSteps(creator.operation, ctx, chain, new Set([...visiting, creator.operation]), depth + 1);
      const success = successResponse(creator.operation);
      const plan = requestFor({ op: creator.operation, document: ctx.document, random: chain.random, security: ctx.security, captured: chain.captured, status: expectedStatus(success) });
      plan.step.checks.push(...statusChecks(success));
      step = plan.step;
      chain.steps.push(step);
      chain.vars.push(...plan.vars);
      chain.sent.set(creator.operation, step);
    }
    step.checks.push(`capture ${name} = ${creator.path}`);
    chain.captured.set(param, `{{${name}}}`);
  }
}

/** `id` of `/pets/{id}` → `petId`; specific names stay (`petId`, `order_id` → `orderId`). */
function captureName(path: string, param: string): string {
  if (!/^(id|uuid|key|name|slug)$/i.test(param)) return identifier(param);
  const segments = path.slice(0, path.indexOf(`{${param}}`)).split('/').filter((s) => s && !s.startsWith('{'));
  const resource = segments.at(-1) ?? '';
  const single = resource.endsWith('ies') ? `${resource.slice(0, -3)}y` : resource.replace(/s$/, '');
  return identifier(`${single} ${param}`);
}

/** With several request examples, one row per example (JSON bodies only). */
function parameterize(test: GeneratedTest, plan: RequestPlan): void {
  const examples = plan.body?.content.examples ?? [];
  if (examples.length < 2 || !plan.step.body?.[0].startsWith('json ')) return;
  const rows = examples.map((e, i) => `{ example: ${i + 1}, body: ${literal(e)} }`);
  if (rows.some((r) => r.length > MAX_ROW_LENGTH)) return;
  test.rows = rows;
  test.name = `${test.name} (example {{example}})`;
  plan.step.body = ['json {{body}}'];
}
