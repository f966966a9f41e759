/**
 * Selection sets for generated GraphQL tests: the scalar and enum fields of an object or interface
 * (those without required arguments, deprecated ones left out, at most `MAX_LEAVES` per level), and
 * below them, up to a bounded depth, a few object fields with their own selection. Unions and objects
 * with nothing to select get `__typename`.
 */
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';

const MAX_LEAVES = 12;
const MAX_OBJECTS = 3;

/** The lines of the selection set for a field of `type` (without braces), or [] for a leaf. */
export function selectionLines(type: GraphQLOutputType, depth: number): string[] {
  const named = getNamedType(type);
  if (isLeafType(named)) return [];
  if (!isObjectType(named) && !isInterfaceType(named)) return ['__typename'];
  const usable = Object.values(named.getFields()).filter((f) => !f.deprecationReason && !hasRequiredArgs(f));
  const leaves = usable.filter((f) => isLeafType(getNamedType(f.type))).slice(0, MAX_LEAVES);
  const lines = leaves.map((f) => f.name);
  if (depth > 1) {
    let objects = 0;
    for (const f of usable) {
      if (objects >= MAX_OBJECTS || isLeafType(getNamedType(f.type))) continue;
      const inner = selectionLines(f.type, depth - 1);
      if (inner.length === 0 || (inner.length === 1 && inner[0] === '__typename')) continue;
      lines.push(`${f.name} {`, ...inner.map((l) => `  ${l}`), '}');
      objects++;
    }
  }
  return lines.length > 0 ? lines : ['__typename'];
}

function hasRequiredArgs(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}
