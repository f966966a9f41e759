/**
 * The `variables` JSON of a GraphQL step read against its operation: at the top, the variables the
 * operation declares (`$id: ID!` → `id`); below a variable, the fields of its input object type, list
 * items, and the values an enum or `Boolean` allows.
 */
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { PathSegment } from '../schema';

/** A key the variables object may have at a place, with its GraphQL type. */
export interface VariableField {
  name: string;
  type: GraphQLInputType;
  required: boolean;
  description?: string;
}

/** The operation `operationName` (else the first) of `documentText`, or undefined when it does not parse. */
function operationOf(documentText: string, operationName: string | undefined): OperationDefinitionNode | undefined {
  try {
    return parse(documentText).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  } catch {
    return undefined;
  }
}

/** The keys the variables may have inside the object at `path` (the top when empty). */
export function variableFieldsAt(schema: GraphQLSchema, documentText: string, operationName: string | undefined, path: readonly PathSegment[]): VariableField[] {
  const operation = operationOf(documentText, operationName);
  if (!operation) return [];
  if (path.length === 0) {
    return (operation.variableDefinitions ?? []).flatMap((def): VariableField[] => {
      const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
      return type ? [{ name: def.variable.name.value, type, required: isNonNullType(type) && !def.defaultValue }] : [];
    });
  }
  const type = getNullableType(typeAt(schema, operation, path));
  if (!isInputObjectType(type)) return [];
  return Object.values(type.getFields()).map((f) => ({ name: f.name, type: f.type, required: isNonNullType(f.type) && f.defaultValue === undefined, ...(f.description ? { description: f.description } : {}) }));
}

/** The JSON values the variable value at `path` may take from a closed set: enum values, `true`/`false`. */
export function variableValuesAt(schema: GraphQLSchema, documentText: string, operationName: string | undefined, path: readonly PathSegment[]): string[] {
  const operation = operationOf(documentText, operationName);
  let type = operation && getNullableType(typeAt(schema, operation, path));
  if (isListType(type)) type = getNullableType(type.ofType);
  if (isEnumType(type)) return type.getValues().map((v) => JSON.stringify(v.name));
  if (isScalarType(type) && type.name === 'Boolean') return ['true', 'false'];
  return [];
}

function typeAt(schema: GraphQLSchema, operation: OperationDefinitionNode, path: readonly PathSegment[]): GraphQLInputType | undefined {
  const def = operation.variableDefinitions?.find((d) => d.variable.name.value === path[0]);
  let type = def && (typeFromAST(schema, def.type) as GraphQLInputType | undefined);
  for (const segment of path.slice(1)) {
    const inner = type && getNullableType(type);
    if (typeof segment === 'number') type = isListType(inner) ? (inner.ofType as GraphQLInputType) : undefined;
    else type = isInputObjectType(inner) ? inner.getFields()[segment]?.type : undefined;
    if (!type) return undefined;
  }
  return type;
}
