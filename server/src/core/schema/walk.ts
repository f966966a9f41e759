/**
 * Reading JSON schemas that may be circular (shared objects) and composed (`allOf`, `oneOf`, `anyOf`):
 * the properties an object may have, the schemas a JSON path may reach, the types a schema allows.
 * Every walk keeps a set of visited schemas, so cycles end.
 */
import type { JsonSchema } from './types';

/** A step of a JSON path: a property name, an array index, or `*` for any item or property. */
export type PathSegment = string | number;

export interface PropertyInfo {
  schema: JsonSchema;
  required: boolean;
}

/** The alternatives a schema stands for: itself with its `allOf` parts, and each `oneOf`/`anyOf` branch. */
function parts(schema: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const part of list) out.push(...parts(part, seen));
  }
  return out;
}

/**
 * The properties an object of `schema` may have, with whether they are required (required in the
 * schema or an `allOf` part; a `oneOf`/`anyOf` branch's required properties count as optional).
 */
export function propertiesOf(schema: JsonSchema | undefined): Map<string, PropertyInfo> {
  const result = new Map<string, PropertyInfo>();
  if (!schema) return result;
  const mandatory = new Set<JsonSchema>(allOfClosure(schema));
  for (const part of parts(schema)) {
    const required = new Set(Array.isArray(part.required) ? part.required : []);
    for (const [name, property] of Object.entries(part.properties ?? {})) {
      const known = result.get(name);
      const isRequired = mandatory.has(part) && required.has(name);
      if (!known) result.set(name, { schema: property, required: isRequired });
      else if (isRequired) known.required = true;
    }
  }
  for (const part of mandatory) {
    for (const name of Array.isArray(part.required) ? part.required : []) {
      const known = result.get(name);
      if (known) known.required = true;
    }
  }
  return result;
}

function allOfClosure(schema: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  return [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.flatMap((part) => allOfClosure(part, seen)) : [])];
}

/** True when an object of `schema` may have properties it does not name. */
export function allowsOtherProperties(schema: JsonSchema): boolean {
  const all = parts(schema);
  const named = all.some((part) => part.properties && Object.keys(part.properties).length > 0);
  if (!named) return true;
  return all.some((part) => part.additionalProperties !== undefined && part.additionalProperties !== false) || all.some((part) => part.patternProperties !== undefined);
}

/** The JSON types a schema allows (`integer` included as written), or undefined when it does not say. */
export function schemaTypes(schema: JsonSchema | undefined): Set<string> | undefined {
  if (!schema) return undefined;
  const types = new Set<string>();
  let constrained = false;
  for (const part of parts(schema)) {
    if (part.type === undefined) continue;
    constrained = true;
    for (const type of Array.isArray(part.type) ? part.type : [part.type]) types.add(type);
    if (part.nullable === true) types.add('null');
  }
  // A branch without a type allows anything.
  const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (branches.some((b) => schemaTypes(b) === undefined)) return undefined;
  return constrained ? types : undefined;
}

/**
 * The schemas the value at `path` (below the value of `schema`) may have. Empty when the schema says
 * no such value can exist; undefined when the schema does not say (no schema, or open objects).
 */
export function schemaAtPath(schema: JsonSchema | undefined, path: readonly PathSegment[]): JsonSchema[] | undefined {
  let current: JsonSchema[] = schema ? [schema] : [];
  if (!schema) return undefined;
  for (const segment of path) {
    const next: JsonSchema[] = [];
    let open = false;
    for (const candidate of current) {
      for (const part of parts(candidate)) {
        if (typeof segment === 'number' || segment === '*') {
          if (part.items && typeof part.items === 'object') next.push(part.items);
          if (segment === '*' && part.properties) next.push(...Object.values(part.properties));
        }
        if (typeof segment === 'string' && segment !== '*') {
          const property = part.properties?.[segment];
          if (property) next.push(property);
        }
      }
      if (typeof segment === 'string' && segment !== '*' && !propertiesOf(candidate).has(segment) && allowsOtherProperties(candidate) && mayBe(candidate, 'object')) open = true;
      if ((typeof segment === 'number' || segment === '*') && mayBe(candidate, 'array') && !parts(candidate).some((p) => p.items)) open = true;
    }
    if (open) return undefined;
    current = [...new Set(next)];
    if (current.length === 0) return [];
  }
  return current;
}

function mayBe(schema: JsonSchema, type: string): boolean {
  const types = schemaTypes(schema);
  return types === undefined || types.has(type);
}
