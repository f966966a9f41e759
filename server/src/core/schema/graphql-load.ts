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
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { LoadedGraphql, BrokenSchema } from './types';
import { jsonErrorLocation, positionAt } from './text-position';

export function loadGraphql(file: string, text: string): LoadedGraphql | BrokenSchema {
  const isJson = text.trimStart().startsWith('{');
  try {
    if (!isJson) return { kind: 'graphql', file, schema: withoutSyntaxTree(buildASTSchema(parse(text, { noLocation: true }))) };
    const json = JSON.parse(text) as { data?: IntrospectionQuery } & Partial<IntrospectionQuery>;
    const introspection = json.data ?? json;
    if (!introspection.__schema) return { kind: 'broken', file, message: 'The JSON is not a GraphQL introspection result: it has no `__schema`', location: { file, line: 0, col: 0 } };
    return { kind: 'graphql', file, schema: buildClientSchema(introspection as IntrospectionQuery) };
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
 * The schema with its fields built and its syntax tree let go. graphql keeps the SDL's tree (`astNode`)
 * on every type, field, argument and enum value, which triples a large schema's memory; nothing here
 * reads it once the schema is built (validation, completion and hover read the types), and without
 * token locations (`noLocation`) the tree would not point into the file anyway.
 */
function withoutSyntaxTree(schema: GraphQLSchema): GraphQLSchema {
  type Node = { astNode?: unknown; extensionASTNodes?: readonly unknown[] };
  const drop = (node: Node): void => {
    node.astNode = undefined;
    if (node.extensionASTNodes) node.extensionASTNodes = [];
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        drop(field as Node);
        for (const arg of 'args' in field ? field.args : []) drop(arg as Node);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) drop(value as Node);
    drop(type as Node);
  }
  for (const directive of schema.getDirectives()) {
    drop(directive as Node);
    for (const arg of directive.args) drop(arg as Node);
  }
  drop(schema as Node);
  return schema;
}
