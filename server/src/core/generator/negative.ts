/**
 * Negative tests (`assay generate openapi --negative`): the valid request of an operation with one
 * thing wrong, expecting a 4xx. For a JSON object body: a required property left out, a property of
 * the wrong type, a value out of its range (below `minimum`, above `maximum`, longer than
 * `maxLength`, outside `enum`). Without such a body: a required query parameter left out.
 */
import type { ApiOperation, JsonSchema } from '../schema/types';
import { applyBody, type RequestPlan } from './openapi-request';
import { flatten, typeOf } from './synthesize';

export interface NegativeCase {
  /** Added to the operation's key in the marker: `missing-name`. */
  suffix: string;
  /** Added to the test name: `missing name`. */
  title: string;
  apply(plan: RequestPlan): void;
}

export function negativeCases(op: ApiOperation, valid: RequestPlan): NegativeCase[] {
  const body = valid.body;
  const value = body?.value;
  const schema = body?.content.schema ? flatten(body.content.schema) : undefined;
  if (body && schema && isObject(value) && /json/i.test(body.content.mediaType)) return bodyCases(schema, value);
  const param = op.parameters.find((p) => p.required && p.in === 'query');
  if (!param) return [];
  return [
    {
      suffix: `missing-${param.name}`,
      title: `missing ${param.name}`,
      apply: (plan) => {
        plan.step.query = plan.step.query.filter((q) => q.name !== param.name && q.name !== JSON.stringify(param.name));
      },
    },
  ];
}

function bodyCases(schema: JsonSchema, value: Record<string, unknown>): NegativeCase[] {
  const cases: NegativeCase[] = [];
  const properties = schema.properties ?? {};
  const withBody = (suffix: string, title: string, change: (v: Record<string, unknown>) => void): NegativeCase => ({
    suffix,
    title,
    apply: (plan) => {
      if (!plan.body) return;
      const changed = { ...(plan.body.value as Record<string, unknown>) };
      change(changed);
      applyBody(plan.step, { ...plan.body, value: changed });
    },
  });
  const required = (schema.required ?? []).find((name) => name in value);
  if (required) cases.push(withBody(`missing-${required}`, `missing ${required}`, (v) => delete v[required]));
  const typed = Object.keys(value).find((name) => wrongValue(properties[name]) !== undefined);
  if (typed) cases.push(withBody(`wrong-type-${typed}`, `${typed} of the wrong type`, (v) => (v[typed] = wrongValue(properties[typed]))));
  const ranged = Object.keys(value).find((name) => outOfRange(properties[name]) !== undefined);
  if (ranged) cases.push(withBody(`out-of-range-${ranged}`, `${ranged} out of range`, (v) => (v[ranged] = outOfRange(properties[ranged]))));
  return cases;
}

function wrongValue(schema: JsonSchema | undefined): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  switch (typeOf(flatten(schema))) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'not a boolean';
    case 'array':
      return 'not an array';
    case 'object':
      return 'not an object';
    default:
      return undefined;
  }
}

function outOfRange(schema: JsonSchema | undefined): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  const s = flatten(schema);
  if (typeof s.minimum === 'number') return s.minimum - 1;
  if (typeof s.maximum === 'number') return s.maximum + 1;
  if (typeof s.maxLength === 'number') return 'x'.repeat(s.maxLength + 1);
  if (typeof s.minLength === 'number' && s.minLength > 0) return '';
  if (Array.isArray(s.enum) && s.enum.every((e) => typeof e === 'string')) return `not-${s.enum.join('-')}`.slice(0, 64);
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
