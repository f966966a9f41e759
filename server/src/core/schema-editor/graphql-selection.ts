/**
 * What a GraphQL response can hold at a JSONPath, read from the selection set of the step's operation
 * and the schema: `$.` → `data`, `errors`; `$.data.` → the root fields selected (by alias when aliased);
 * `$.data.film.` → the fields selected on `film`, each with its type and description; a list → items.
 * Fragments (inline and named) are followed.
 */
import {
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import type { PathSegment } from '../schema';

/** A key of a response object, with what the schema says about it. */
export interface ResponseField {
  name: string;
  /** The GraphQL type, as written: `[Film!]!`. */
  type: string;
  description?: string;
}

/** What a JSONPath reaches: an object with fields, a list, or nothing known. */
export type ResponseShape = { kind: 'object'; fields: ResponseField[] } | { kind: 'list'; of: string } | undefined;

const ROOT_FIELDS: readonly ResponseField[] = [
  { name: 'data', type: 'object', description: 'The result of the operation.' },
  { name: 'errors', type: '[GraphQLError]', description: 'Errors of the operation, when any.' },
  { name: 'extensions', type: 'object', description: 'Extra data from the server.' },
];

interface Place {
  type: GraphQLOutputType;
  selections: readonly SelectionNode[];
}

/** The shape of the response of `documentText` (operation `operationName`, else its first) at `steps`. */
export function responseShapeAt(schema: GraphQLSchema, documentText: string, operationName: string | undefined, steps: readonly PathSegment[]): ResponseShape {
  if (steps.length === 0) return { kind: 'object', fields: [...ROOT_FIELDS] };
  if (steps[0] !== 'data') return undefined;
  let doc: DocumentNode;
  try {
    doc = parse(documentText);
  } catch {
    return undefined;
  }
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let place: Place | undefined = { type: root, selections: operation.selectionSet.selections };
  for (const step of steps.slice(1)) {
    place = place && follow(schema, fragments, place, step);
    if (!place) return undefined;
  }
  const type = getNullableType(place.type);
  if (isListType(type)) return { kind: 'list', of: String(type.ofType) };
  if (!isCompositeType(type)) return undefined;
  return { kind: 'object', fields: [...fieldsOf(schema, fragments, type, place.selections).values()].map((f) => f.info) };
}

function follow(schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>, place: Place, step: PathSegment): Place | undefined {
  const type = getNullableType(place.type);
  if (typeof step === 'number' || step === '*') {
    return isListType(type) ? { type: type.ofType as GraphQLOutputType, selections: place.selections } : undefined;
  }
  if (!isCompositeType(type)) return undefined;
  const field = fieldsOf(schema, fragments, type, place.selections).get(step);
  return field && { type: field.type, selections: field.selections };
}

interface SelectedField {
  info: ResponseField;
  type: GraphQLOutputType;
  selections: readonly SelectionNode[];
}

/** The fields `selections` select on `parent`, by response key, fragments included. */
function fieldsOf(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLCompositeType,
  selections: readonly SelectionNode[],
  seen = new Set<string>(),
): Map<string, SelectedField> {
  const out = new Map<string, SelectedField>();
  const add = (more: Map<string, SelectedField>): void => {
    for (const [key, field] of more) {
      const known = out.get(key);
      if (known) known.selections = [...known.selections, ...field.selections];
      else out.set(key, field);
    }
  };
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const key = selection.alias?.value ?? name;
      const def = name === '__typename' ? undefined : isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const type = name === '__typename' ? schema.getType('String') : def?.type;
      if (!type) continue;
      const info: ResponseField = { name: key, type: String(type), ...(def?.description ? { description: def.description } : {}) };
      add(new Map([[key, { info, type: type as GraphQLOutputType, selections: selection.selectionSet?.selections ?? [] }]]));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (on && isCompositeType(on)) add(fieldsOf(schema, fragments, on, selection.selectionSet.selections, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      const on = fragment && schema.getType(fragment.typeCondition.name.value);
      if (!fragment || seen.has(name) || !on || !isCompositeType(on)) continue;
      add(fieldsOf(schema, fragments, on, fragment.selectionSet.selections, new Set([...seen, name])));
    }
  }
  return out;
}
