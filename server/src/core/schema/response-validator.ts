/**
 * Validates a value against an operation's schema with Ajv, in the dialect of its spec: JSON Schema
 * 2020-12 for OpenAPI 3.1; for OpenAPI 3.0 and Swagger 2.0 draft-07 with their differences rewritten
 * (`nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`, `type: file`). Circular or shared schema
 * objects become `$defs` entries, because Ajv compiles trees. Output: each mismatch with its JSON
 * path, what was expected and what came. Compiled validators are cached per schema object.
 */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../runtime/ajv';
import type { JsonSchema } from './types';

export type SchemaDialect = '2.0' | '3.0' | '3.1';

/** One way a value breaks its schema. `path` is a JSONPath (`$.items[0].id`). */
export interface Mismatch {
  path: string;
  expected: string;
  actual: string;
}

export type CompiledSchema = (value: unknown) => Mismatch[];

const MAX_MISMATCHES = 20;
const NOT_SCHEMAS = new Set(['enum', 'const', 'default', 'example', 'examples', 'xml', 'externalDocs', 'discriminator', 'required']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

const instances = new Map<string, Ajv>();
const compiled = new Map<SchemaDialect, WeakMap<object, CompiledSchema>>();

/** The validator of `schema` (a schema of a spec of `dialect`); a schema Ajv rejects gives one mismatch saying so. */
export function compileResponseSchema(schema: JsonSchema, dialect: SchemaDialect): CompiledSchema {
  let cache = compiled.get(dialect);
  if (!cache) compiled.set(dialect, (cache = new WeakMap()));
  let validator = cache.get(schema);
  if (!validator) {
    validator = compile(schema, dialect);
    cache.set(schema, validator);
  }
  return validator;
}

function compile(schema: JsonSchema, dialect: SchemaDialect): CompiledSchema {
  let validate: ValidateFunction;
  try {
    validate = ajvFor(dialect).compile(asTree(schema, dialect));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return () => [{ path: '$', expected: 'a usable schema', actual: `the schema cannot be compiled: ${why}` }];
  }
  return (value) => (validate(value) ? [] : mismatches(validate.errors ?? [], value));
}

function ajvFor(dialect: SchemaDialect): Ajv {
  const key = dialect === '3.1' ? '2020' : '07';
  let ajv = instances.get(key);
  if (!ajv) {
    const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
    ajv = createAjv(dialect === '3.1' ? '2020-12' : 'draft-07', options);
    instances.set(key, ajv);
  }
  return ajv;
}

/** A copy of the schema graph as a tree: objects reached more than once become `$defs` entries. */
function asTree(root: JsonSchema, dialect: SchemaDialect): object {
  const counts = new Map<object, number>();
  const count = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const seen = counts.get(node) ?? 0;
    counts.set(node, seen + 1);
    if (seen > 0) return;
    forEachSchema(node, count);
  };
  count(root);
  const names = new Map<object, string>();
  const defs: Record<string, unknown> = {};
  const copy = (node: unknown, top = false): unknown => {
    if (!node || typeof node !== 'object') return node;
    if (!top && (counts.get(node) ?? 0) > 1) {
      let name = names.get(node);
      if (!name) {
        name = `s${names.size}`;
        names.set(node, name);
        defs[name] = copy(node, true);
      }
      return { $ref: `#/$defs/${name}` };
    }
    if (Array.isArray(node)) return node.map((item) => copy(item));
    return rewrite(node as Record<string, unknown>, dialect, copy);
  };
  const tree = (counts.get(root) ?? 0) > 1 ? copy(root, false) : copy(root, true);
  return names.size > 0 ? { ...(tree as object), $defs: defs } : (tree as object);
}

function forEachSchema(node: object, visit: (child: unknown) => void): void {
  if (Array.isArray(node)) return node.forEach(visit);
  for (const [key, value] of Object.entries(node)) {
    if (NOT_SCHEMAS.has(key) || !value || typeof value !== 'object') continue;
    if (SCHEMA_MAPS.has(key)) Object.values(value).forEach(visit);
    else visit(value);
  }
}

/** One schema object, its children copied by `copy`, in the draft Ajv runs. */
function rewrite(schema: Record<string, unknown>, dialect: SchemaDialect, copy: (node: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'discriminator' || key === 'xml' || key === 'externalDocs' || key === 'example') continue;
    if (NOT_SCHEMAS.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
    else out[key] = copy(value);
  }
  if (dialect === '3.1') return out;
  if (out.type === 'file') delete out.type;
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  delete out.nullable;
  return out;
}

function mismatches(errors: ErrorObject[], value: unknown): Mismatch[] {
  const out: Mismatch[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const mismatch = describe(error, value);
    const key = `${mismatch.path}|${mismatch.expected}|${mismatch.actual}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mismatch);
    if (out.length >= MAX_MISMATCHES) break;
  }
  return out;
}

function describe(error: ErrorObject, root: unknown): Mismatch {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = jsonPath(segments);
  const actual = valueAt(root, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: jsonPath([...segments, String(params.missingProperty)]), expected: 'a required property', actual: 'missing' };
    case 'additionalProperties':
      return { path: jsonPath([...segments, String(params.additionalProperty)]), expected: 'no such property', actual: show(valueAt(actual, [String(params.additionalProperty)])) };
    case 'type':
      return { path, expected: String(params.type).replace(/,/g, ' or '), actual: `${typeName(actual)} ${show(actual)}` };
    case 'enum':
      return { path, expected: `one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`, actual: show(actual) };
    case 'const':
      return { path, expected: show(params.allowedValue), actual: show(actual) };
    default:
      return { path, expected: `a value that ${error.message ?? `passes ${error.keyword}`}`, actual: show(actual) };
  }
}

function jsonPath(segments: string[]): string {
  return `$${segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('')}`;
}

function valueAt(value: unknown, segments: string[]): unknown {
  let current = value;
  for (const s of segments) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[s] : undefined;
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
