/**
 * Values for GraphQL arguments: the required fields of input objects (recursively, to a bounded depth),
 * the first value of an enum, one item in a list, and readable scalars (`"name-17"`, `1`, `true`, an id
 * `"1"`); custom scalars get a value by their name (`DateTime`, `Date`, `UUID`, `URL`, `Email`..., and
 * JSON scalars an empty object, or the text `"{}"` for `JSONString`).
 */
import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import type { Random } from './random';

const MAX_DEPTH = 6;

export function graphqlValue(type: GraphQLInputType, name: string, random: Random, depth = 0): unknown {
  if (isNonNullType(type)) return graphqlValue(type.ofType, name, random, depth);
  if (isListType(type)) return depth >= MAX_DEPTH ? [] : [graphqlValue(type.ofType, name, random, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0]?.name ?? null;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth >= MAX_DEPTH) return out;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = graphqlValue(field.type, field.name, random, depth + 1);
    }
    return out;
  }
  if (isScalarType(type)) return scalarValue(type.name, name, random);
  return null;
}

function scalarValue(typeName: string, name: string, random: Random): unknown {
  switch (typeName) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '1';
    case 'String':
      return `${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}-${random.int(1, 99)}`;
  }
  const t = typeName.toLowerCase();
  if (t.includes('datetime') || t.includes('timestamp') || t === 'instant') return '2024-01-01T09:00:00Z';
  if (t.includes('date')) return '2024-01-01';
  if (t.includes('time')) return '09:00:00';
  if (t.includes('uuid')) return random.uuid();
  if (t === 'jsonstring') return '{}';
  if (t.includes('json') || t === 'object' || t === 'map') return {};
  if (t.includes('url') || t.includes('uri')) return 'https://example.com';
  if (t.includes('email')) return 'user@example.com';
  if (t.includes('decimal') || t.includes('number') || t.includes('float') || t.includes('money')) return 1;
  if (t.includes('int') || t.includes('long')) return 1;
  if (t.includes('bool')) return true;
  return `${name}-${random.int(1, 99)}`;
}
