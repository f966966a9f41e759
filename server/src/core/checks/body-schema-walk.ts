/**
 * Pairs the nodes of a JSON body template with the request schema of its operation, for the body
 * checks: each object, array and value with the schema it should meet (undefined where the schema
 * says nothing). Not a check itself.
 */
import type { RequestStep } from '../ast';
import type { JsonSchema } from '../schema/types';
import { propertiesOf } from '../schema/walk';
import type { CheckContext } from './check';
import { parseJsonTemplate, type JsonNode } from './json-template';
import { boundOperation, jsonBodySchema } from './schema-binding';

type BodyVisitor = (node: JsonNode, schema: JsonSchema, path: string) => void;

/**
 * Walks the JSON body of `request` against its operation's request schema, when the file is bound to
 * an OpenAPI spec that has the operation; does nothing otherwise.
 */
export function walkBoundJsonBody(ctx: CheckContext, request: RequestStep, visit: BodyVisitor): void {
  if (request.body?.kind !== 'Json') return;
  const operation = boundOperation(ctx, request);
  const tree = operation && parseJsonTemplate(request.body.json);
  if (tree) walkBody(tree, jsonBodySchema(operation), visit);
}

/** Calls `visit` for `node` and every node below it, with its schema and its JSON path (`$.a[0]`). */
export function walkBody(node: JsonNode, schema: JsonSchema | undefined, visit: BodyVisitor, path = '$'): void {
  if (!schema) return;
  visit(node, schema, path);
  if (node.kind === 'object') {
    const properties = propertiesOf(schema);
    for (const member of node.members) walkBody(member.value, properties.get(member.key)?.schema, visit, `${path}.${member.key}`);
  } else if (node.kind === 'array') {
    const items = itemsOf(schema);
    node.items.forEach((item, i) => walkBody(item, items, visit, `${path}[${i}]`));
  }
}

function itemsOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.items && typeof schema.items === 'object') return schema.items;
  for (const part of schema.allOf ?? []) if (part.items && typeof part.items === 'object') return part.items;
  return undefined;
}

/** The JSON type name of a value node, as JSON Schema names it. */
export function jsonType(node: JsonNode): string | undefined {
  if (node.kind === 'object' || node.kind === 'array') return node.kind;
  if (node.kind === 'unknown') return undefined;
  if (node.value === null) return 'null';
  if (typeof node.value === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return typeof node.value;
}

/** A short name of a schema for messages: its title, or its type. */
export function schemaName(schema: JsonSchema): string {
  if (typeof schema.title === 'string') return schema.title;
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'the schema');
}
