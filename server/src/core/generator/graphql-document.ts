/**
 * The GraphQL document of a generated test, as lines: a named operation declaring a variable per
 * required argument, the field with those arguments, and its selection set.
 *
 *     query Pet($id: ID!) {
 *       pet(id: $id) {
 *         id
 *         name
 *       }
 *     }
 */
import type { GraphQLArgument, GraphQLField } from 'graphql';
import { selectionLines } from './graphql-selection';

export function graphqlSelection(kind: string, operation: string, field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[], depth: number): string[] {
  const declared = args.length > 0 ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const passed = args.length > 0 ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = selectionLines(field.type, depth);
  const head = `${field.name}${passed}`;
  const fieldLines = selection.length === 0 ? [head] : [`${head} {`, ...selection.map((l) => `  ${l}`), '}'];
  return [`${kind} ${operation}${declared} {`, ...fieldLines.map((l) => `  ${l}`), '}'];
}
