/**
 * Values for a JSON Schema, for request bodies and parameters that the spec gives no example for.
 * Input: a schema of a dereferenced spec (it may have cycles), the name it goes by (a property or
 * parameter name, used for readable strings) and a seeded random source. Output: a JSON value that is
 * valid against the schema for what it honours: `example`/`examples`, `const`, `default`, `enum`,
 * `type` (3.1 type lists too), `format`, `minimum`/`maximum` (exclusive too) and `multipleOf`,
 * `minLength`/`maxLength`, `pattern` (see regex-sample.ts; a plain string when no sample is found),
 * `minItems`/`maxItems`, `required` properties, `readOnly` (left out of requests), `allOf` (merged),
 * `oneOf`/`anyOf` (the first option, with its discriminator value). Recursion stops at cycles and
 * below a bounded depth, where only required properties are kept.
 */
import type { JsonSchema } from '../schema/types';
import type { Random } from './random';
import { sampleForPattern } from './regex-sample';

export interface Synthesis {
  random: Random;
  /** In requests, `readOnly` properties are left out. */
  direction: 'request' | 'response';
}

/** Optional properties are filled in only above this depth (the body itself). */
const OPTIONAL_DEPTH = 1;
/** Below this depth, values are empty (`{}`, `[]`, `""`, `0`). */
const MAX_DEPTH = 8;
/** At most this many values per call, so wide and deep schemas cannot blow up. */
const MAX_VALUES = 2000;

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T09:00:00Z',
  date: '2024-01-01',
  time: '09:00:00',
  email: 'user@example.com',
  idn_email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': '/example',
  iri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'ZXhhbXBsZQ==',
  binary: 'example file content',
  password: 'Secret-123',
  duration: 'PT1H',
  'json-pointer': '/example',
  regex: '^example$',
};

/** The schema's own example (`example`, or the first of `examples`), if it has one. */
export function exampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return undefined;
}

/** A value for `schema`; `name` makes strings readable (`name-17`). */
export function synthesize(schema: JsonSchema | undefined, name: string, how: Synthesis): unknown {
  return value(schema, name, how, 0, new Set(), { left: MAX_VALUES });
}

/** The schema with its `allOf` parts merged in (properties and `required` joined, the rest the first seen). */
export function flatten(schema: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema {
  if (!Array.isArray(schema.allOf) || seen.has(schema)) return schema;
  seen.add(schema);
  const merged: JsonSchema = { ...schema, allOf: undefined };
  for (const part of schema.allOf) {
    if (!part || typeof part !== 'object') continue;
    const flat = flatten(part, seen);
    for (const [key, v] of Object.entries(flat)) {
      if (v === undefined) continue;
      if (key === 'properties') merged.properties = { ...(flat.properties ?? {}), ...(merged.properties ?? {}) };
      else if (key === 'required') merged.required = [...new Set([...(merged.required ?? []), ...(flat.required ?? [])])];
      else if (merged[key] === undefined) merged[key] = v;
    }
  }
  return merged;
}

/** The option of a `oneOf`/`anyOf` that generation takes: the first that is not just `null`. */
export function chosenOption(schema: JsonSchema): JsonSchema | undefined {
  const options = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (!Array.isArray(options)) return undefined;
  return options.find((o) => o && typeof o === 'object' && o.type !== 'null') ?? options[0];
}

/** The first type a schema allows, other than `null`, guessed from its keywords when not given. */
export function typeOf(schema: JsonSchema): string | undefined {
  const t = schema.type;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') ?? t[0];
  if (typeof t === 'string') return t;
  if (schema.properties || schema.additionalProperties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/** How many more values one synthesis may make. */
interface Budget {
  left: number;
}

function value(raw: JsonSchema | undefined, name: string, how: Synthesis, depth: number, stack: Set<JsonSchema>, budget: Budget): unknown {
  if (!raw || typeof raw !== 'object') return stringFor({}, name, how);
  if (--budget.left < 0) return emptyOf(raw);
  const example = exampleOf(raw);
  if (example !== undefined) return example;
  if (raw.const !== undefined) return raw.const;
  if (raw.default !== undefined && raw.default !== null) return raw.default;
  if (Array.isArray(raw.enum) && raw.enum.length > 0) return raw.enum.find((e) => e !== null) ?? raw.enum[0];
  if (stack.has(raw)) return emptyOf(raw);
  stack.add(raw);
  try {
    let schema = flatten(raw);
    const option = chosenOption(schema);
    if (option) {
      const chosen = value(option, name, how, depth, stack, budget);
      if (!isObject(chosen) || !schema.properties) return withDiscriminator(schema, option, chosen);
      schema = { ...schema, oneOf: undefined, anyOf: undefined };
      return { ...objectValue(schema, how, depth, stack, budget), ...chosen };
    }
    switch (typeOf(schema)) {
      case 'object':
        return objectValue(schema, how, depth, stack, budget);
      case 'array':
        return arrayValue(schema, name, how, depth, stack, budget);
      case 'integer':
        return numberValue(schema, true);
      case 'number':
        return numberValue(schema, false);
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return stringFor(schema, name, how);
    }
  } finally {
    stack.delete(raw);
  }
}

function objectValue(schema: JsonSchema, how: Synthesis, depth: number, stack: Set<JsonSchema>, budget: Budget): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = schema.properties ?? {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const usable = Object.entries(properties).filter(([key, p]) => {
    if (!p || typeof p !== 'object') return false;
    if (how.direction === 'request' && p.readOnly) return false;
    if (how.direction === 'response' && p.writeOnly && !required.has(key)) return false;
    return true;
  });
  const withOptional = required.size === 0 && depth < OPTIONAL_DEPTH;
  for (const [key, p] of usable) {
    if (!required.has(key) && !withOptional) continue;
    if (depth >= MAX_DEPTH) out[key] = emptyOf(p);
    else out[key] = value(p, key, how, depth + 1, stack, budget);
  }
  const additional = schema.additionalProperties;
  if (Object.keys(out).length === 0 && typeof schema.minProperties === 'number' && schema.minProperties > 0 && additional && typeof additional === 'object') {
    out.key = value(additional, 'key', how, depth + 1, stack, budget);
  }
  return out;
}

function arrayValue(schema: JsonSchema, name: string, how: Synthesis, depth: number, stack: Set<JsonSchema>, budget: Budget): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const count = Math.min(Math.max(min, 1), max);
  if (depth >= MAX_DEPTH || !schema.items || typeof schema.items !== 'object') return [];
  const items = schema.items;
  if (Array.isArray(items.enum) && schema.uniqueItems) return items.enum.slice(0, count);
  return Array.from({ length: count }, () => value(items, singular(name), how, depth + 1, stack, budget));
}

function numberValue(schema: JsonSchema, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  let lo = -Infinity;
  let hi = Infinity;
  if (typeof schema.minimum === 'number') lo = schema.exclusiveMinimum === true ? schema.minimum + step : schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.maximum === 'number') hi = schema.exclusiveMaximum === true ? schema.maximum - step : schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  let n = Math.min(Math.max(1, lo), hi);
  if (integer) n = Math.ceil(n);
  const multiple = schema.multipleOf;
  if (typeof multiple === 'number' && multiple > 0) {
    n = Math.ceil(n / multiple) * multiple;
    if (n > hi) n = Math.floor(hi / multiple) * multiple;
  }
  return Number.isFinite(n) ? n : 0;
}

function stringFor(schema: JsonSchema, name: string, how: Synthesis): string {
  let text: string | undefined;
  if (typeof schema.pattern === 'string') text = sampleForPattern(schema.pattern);
  if (text === undefined && typeof schema.format === 'string') {
    text = schema.format === 'uuid' ? how.random.uuid() : FORMATS[schema.format];
  }
  text ??= `${readable(name)}-${how.random.int(1, 99)}`;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (text.length < min) text = text.padEnd(min, 'x');
  if (text.length > max) text = text.slice(0, max);
  return text;
}

/** The discriminator property set to the option's own value, when the schema says which. */
function withDiscriminator(schema: JsonSchema, option: JsonSchema, chosen: unknown): unknown {
  const property = schema.discriminator?.propertyName;
  if (!property || !isObject(chosen)) return chosen;
  const own = flatten(option).properties?.[property];
  const fromEnum = own && Array.isArray(own.enum) ? own.enum[0] : undefined;
  const fromMapping = schema.discriminator?.mapping ? Object.keys(schema.discriminator.mapping)[0] : undefined;
  const tag = fromEnum ?? fromMapping ?? (typeof option.title === 'string' ? option.title : undefined);
  return tag === undefined ? chosen : { ...chosen, [property]: tag };
}

/** The smallest value of the schema's type, where recursion must stop. */
function emptyOf(schema: JsonSchema): unknown {
  switch (typeOf(flatten(schema))) {
    case 'array':
      return [];
    case 'string':
      return '';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return {};
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function readable(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return words || 'text';
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}
