/**
 * `jsonpath-not-selected`: under `use graphql`, a JSONPath under `$.data` in an `expect` or `capture`
 * of a GraphQL request that its selection set cannot produce: a name the selection does not select (by
 * alias or field name, fragments included), or a step into a built-in scalar or enum. Paths through
 * custom scalars, `..` or filters are not judged.
 */
import type { DocumentNode, FragmentDefinitionNode, GraphQLCompositeType, GraphQLNamedType, GraphQLSchema, SelectionSetNode } from 'graphql';
import { graphqlJs } from '../runtime/graphql-js';
import type { Check } from './check';
import { parseGraphqlBody } from './graphql-source';
import { assertedJsonPaths, boundGraphql, jsonPathSegments } from './schema-binding';

/** Where a JSON path stands in the result: the selections that produce the value, and its type. */
interface Place {
  type: GraphQLNamedType;
  selections: SelectionSetNode[];
}

export const jsonPathNotSelected: Check = {
  meta: { code: 'jsonpath-not-selected', severity: 'warning', scope: 'item', description: 'Under `use graphql`: a JSONPath under `$.data` that the selection set of the GraphQL request cannot produce.' },
  create(ctx) {
    return {
      Request(request) {
        if (request.body?.kind !== 'Graphql') return;
        const loaded = boundGraphql(ctx);
        const parsed = loaded && parseGraphqlBody(request.body);
        if (!loaded || !parsed?.ok) return;
        const operation = graphqlJs().getOperationAST(parsed.document, request.body.operationName?.value);
        const root = operation && loaded.schema.getRootType(operation.operation);
        if (!operation || !root) return;
        for (const path of assertedJsonPaths(request)) {
          const segments = jsonPathSegments(path.path);
          if (!segments || segments[0] !== 'data') continue;
          const problem = follow(loaded.schema, parsed.document, { type: root, selections: [operation.selectionSet] }, segments.slice(1));
          if (problem) ctx.report({ span: path.span, message: `${path.path} is not in the result: ${problem}` });
        }
      },
    };
  },
};

/** Why the path cannot be in the result, or undefined when it can (or the schema does not say). */
function follow(schema: GraphQLSchema, document: DocumentNode, start: Place, segments: ReadonlyArray<string | number>): string | undefined {
  const { isCompositeType, isEnumType, isScalarType, isSpecifiedScalarType } = graphqlJs();
  let place = start;
  for (const segment of segments) {
    if (typeof segment === 'number' || segment === '*') continue; // Lists keep the same selections.
    if (isScalarType(place.type) || isEnumType(place.type)) {
      if (isEnumType(place.type) || isSpecifiedScalarType(place.type)) return `${place.type.name} has no \`${segment}\``;
      return undefined;
    }
    if (!isCompositeType(place.type)) return undefined;
    const next = selected(schema, document, place.type, place.selections, segment);
    if (!next) return `the query does not select \`${segment}\` there`;
    if (next.type === undefined) return undefined;
    place = { type: next.type, selections: next.selections };
  }
  return undefined;
}

/** The selections and type under the result key `key` of `selections` on `type`, or undefined when nothing selects it. */
function selected(
  schema: GraphQLSchema,
  document: DocumentNode,
  type: GraphQLCompositeType,
  selections: SelectionSetNode[],
  key: string,
): { type?: GraphQLNamedType; selections: SelectionSetNode[] } | undefined {
  const { getNamedType, isCompositeType, isInterfaceType, isObjectType } = graphqlJs();
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  let found: { type?: GraphQLNamedType; selections: SelectionSetNode[] } | undefined;
  const visit = (set: SelectionSetNode, on: GraphQLCompositeType | undefined, seen: Set<string>): void => {
    for (const node of set.selections) {
      if (node.kind === 'Field') {
        if ((node.alias?.value ?? node.name.value) !== key) continue;
        found ??= { selections: [] };
        if (node.name.value === '__typename') continue;
        const field = on && (isObjectType(on) || isInterfaceType(on)) ? on.getFields()[node.name.value] : undefined;
        if (field) found.type ??= getNamedType(field.type);
        if (node.selectionSet) found.selections.push(node.selectionSet);
      } else if (node.kind === 'InlineFragment') {
        const condition = node.typeCondition ? schema.getType(node.typeCondition.name.value) : on;
        visit(node.selectionSet, condition && isCompositeType(condition) ? condition : undefined, seen);
      } else if (!seen.has(node.name.value)) {
        const fragment = fragments.get(node.name.value);
        if (!fragment) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        visit(fragment.selectionSet, condition && isCompositeType(condition) ? condition : undefined, new Set([...seen, node.name.value]));
      }
    }
  };
  for (const set of selections) visit(set, type, new Set());
  return found;
}
