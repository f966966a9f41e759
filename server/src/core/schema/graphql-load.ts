/**
 * Loads a GraphQL schema from SDL (`buildASTSchema`) or from an introspection result in JSON
 * (`buildClientSchema`, with or without the `data` wrapper). A schema that does not build gives a
 * `BrokenSchema` with graphql's message and the position it names (for SDL errors that name no position,
 * such as an unknown type, the first place the name they quote is written).
 */
import {
  buildASTSchema,
  buildClientSchema,
  GraphQLError,
  isEnumType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isWrappingType,
  parse,
  type GraphQLSchema,
  type GraphQLType,
  type IntrospectionQuery,
} from 'graphql';
import type { LoadedGraphql, BrokenSchema } from './types';
import { ownCopy } from '../text/own-copy';
import { jsonErrorLocation, positionAt } from './text-position';

export function loadGraphql(file: string, text: string): LoadedGraphql | BrokenSchema {
  const isJson = text.trimStart().startsWith('{');
  try {
    if (!isJson) return { kind: 'graphql', file, schema: leanSchema(buildASTSchema(parse(text, { noLocation: true }))) };
    const json = JSON.parse(text) as { data?: IntrospectionQuery } & Partial<IntrospectionQuery>;
    const introspection = json.data ?? json;
    if (!introspection.__schema) return { kind: 'broken', file, message: 'The JSON is not a GraphQL introspection result: it has no `__schema`', location: { file, line: 0, col: 0 } };
    return { kind: 'graphql', file, schema: leanSchema(buildClientSchema(introspection as IntrospectionQuery)) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof GraphQLError) {
      const at = e.locations?.[0];
      return { kind: 'broken', file, message: message.split('\n')[0], location: at ? { file, line: at.line - 1, col: at.column - 1 } : undefined };
    }
    return { kind: 'broken', file, message, location: isJson ? jsonErrorLocation(file, text, message) : namedLocation(file, text, message) };
  }
}

function namedLocation(file: string, text: string, message: string): BrokenSchema['location'] {
  const name = /"([_A-Za-z][_0-9A-Za-z]*)"/.exec(message)?.[1];
  if (!name) return undefined;
  const at = new RegExp(`(?<![_0-9A-Za-z])${name}(?![_0-9A-Za-z])`).exec(text);
  return at ? positionAt(file, text, at.index) : undefined;
}

/**
 * The schema with its fields built and only what a loaded schema needs kept, for every type, field,
 * argument, enum value and directive:
 * - no syntax tree (`astNode`): graphql keeps the SDL's tree on each, which triples a large schema's
 *   memory; nothing here reads it once the schema is built (validation, completion and hover read the
 *   types), and without token locations (`noLocation`) it would not point into the file anyway;
 * - one shared empty `extensions` object instead of one each (an empty null-prototype object is a
 *   150-byte dictionary in V8: half of a small schema's memory), and one shared empty list for the
 *   many fields without arguments;
 * - names and descriptions as strings of their own, not slices that keep the SDL text alive;
 * - one object per wrapped type (`ID!`, `[Pet!]!`) where graphql makes one per place it is written, shared
 *   by every schema when it wraps a built-in scalar (wrappers are immutable and compared by structure).
 */
function leanSchema(schema: GraphQLSchema): GraphQLSchema {
  type Node = { name?: string; description?: string | null; deprecationReason?: string | null; astNode?: unknown; extensionASTNodes?: readonly unknown[]; extensions?: object; type?: GraphQLType };
  const wrappers = new Map<string, GraphQLType>();
  const lean = (node: Node): void => {
    node.astNode = undefined;
    if (node.type && isWrappingType(node.type)) node.type = sharedWrapper(node.type, wrappers);
    if (node.extensionASTNodes) node.extensionASTNodes = NONE;
    if (node.extensions && Object.keys(node.extensions).length === 0) node.extensions = NO_EXTENSIONS;
    if (node.name !== undefined) node.name = ownCopy(node.name);
    if (node.description) node.description = ownCopy(node.description);
    if (node.deprecationReason) node.deprecationReason = ownCopy(node.deprecationReason);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        lean(field as Node);
        if (!('args' in field)) continue;
        for (const arg of field.args) lean(arg as Node);
        if (field.args.length === 0) (field as { args: readonly unknown[] }).args = NONE;
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) lean(value as Node);
    lean(type as Node);
  }
  for (const directive of schema.getDirectives()) {
    lean(directive as Node);
    for (const arg of directive.args) lean(arg as Node);
  }
  lean(schema as Node);
  return schema;
}

/** The first wrapper written as `type` in this schema (or any schema, for built-in scalars), kept in `seen`. */
function sharedWrapper(type: GraphQLType, seen: Map<string, GraphQLType>): GraphQLType {
  const key = String(type);
  const cache = isSpecifiedScalarType(getNamedType(type)) ? SCALAR_WRAPPERS : seen;
  const known = cache.get(key);
  if (known) return known;
  cache.set(key, type);
  return type;
}

const SCALAR_WRAPPERS = new Map<string, GraphQLType>();
const NO_EXTENSIONS = Object.freeze(Object.create(null) as object);
const NONE: readonly unknown[] = Object.freeze([]);
