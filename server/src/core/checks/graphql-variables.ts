/**
 * `graphql-variables`: under `use graphql`, `variables { ... }` that do not fit the operation's
 * variable types: a required variable missing or null, a value of the wrong type, an unknown enum
 * value or input field, a variable the operation does not declare. `{{...}}` values are not checked.
 */
import type { GraphQLInputType, GraphQLSchema } from 'graphql';
import type { GraphqlBody } from '../ast';
import { graphqlJs } from '../runtime/graphql-js';
import type { Check, CheckContext } from './check';
import { parseGraphqlBody } from './graphql-source';
import { parseJsonTemplate, type JsonNode } from './json-template';
import { boundGraphql } from './schema-binding';

const SCALARS: Record<string, (v: unknown) => boolean> = {
  Int: (v) => Number.isInteger(v),
  Float: (v) => typeof v === 'number',
  String: (v) => typeof v === 'string',
  Boolean: (v) => typeof v === 'boolean',
  ID: (v) => typeof v === 'string' || Number.isInteger(v),
};

export const graphqlVariables: Check = {
  meta: { code: 'graphql-variables', severity: 'error', scope: 'item', description: 'Under `use graphql`: `variables` that do not fit the types the operation declares.' },
  create(ctx) {
    return { Graphql: (body) => check(ctx, body) };
  },
};

function check(ctx: CheckContext, body: GraphqlBody): void {
  const loaded = boundGraphql(ctx);
  const parsed = loaded && parseGraphqlBody(body);
  if (!loaded || !parsed?.ok) return;
  const { getOperationAST, isNonNullType, typeFromAST } = graphqlJs();
  const operation = getOperationAST(parsed.document, body.operationName?.value);
  if (!operation) return;
  const tree = body.variables ? parseJsonTemplate(body.variables) : undefined;
  if (body.variables && (!tree || tree.kind !== 'object')) return;
  const given = new Map((tree?.kind === 'object' ? tree.members : []).map((m) => [m.key, m]));
  const declared = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    declared.add(name);
    const type = typeFromAST(loaded.schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) continue;
    const member = given.get(name);
    if (!member) {
      if (isNonNullType(type) && !definition.defaultValue) ctx.report({ span: body.variables?.span ?? body.span, message: `The variables miss \`${name}\`, which the operation requires (${String(type)})` });
      continue;
    }
    checkValue(ctx, loaded.schema, member.value, type, `$${name}`);
  }
  for (const [name, member] of given) {
    if (!declared.has(name)) ctx.report({ span: member.keySpan, message: `The operation declares no variable \`$${name}\`` });
  }
}

function checkValue(ctx: CheckContext, schema: GraphQLSchema, node: JsonNode, type: GraphQLInputType, path: string): void {
  if (node.kind === 'unknown' || (node.kind === 'value' && node.interpolated)) return;
  const { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } = graphqlJs();
  const isNull = node.kind === 'value' && node.value === null;
  if (isNonNullType(type)) {
    if (isNull) return ctx.report({ span: node.span, message: `${path} must not be null (${String(type)})` });
    return checkValue(ctx, schema, node, type.ofType, path);
  }
  if (isNull) return;
  if (isListType(type)) {
    // A single value is coerced to a list of one.
    if (node.kind === 'array') node.items.forEach((item, i) => checkValue(ctx, schema, item, type.ofType, `${path}[${i}]`));
    else checkValue(ctx, schema, node, type.ofType, path);
    return;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== 'object') return ctx.report({ span: node.span, message: `${path} should be an object (${type.name})` });
    const fields = type.getFields();
    const present = new Set(node.members.map((m) => m.key));
    for (const member of node.members) {
      const field = fields[member.key];
      if (!field) ctx.report({ span: member.keySpan, message: `${type.name} has no field \`${member.key}\`` });
      else checkValue(ctx, schema, member.value, field.type, `${path}.${member.key}`);
    }
    const missing = Object.values(fields).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined && !present.has(f.name));
    if (missing.length > 0) ctx.report({ span: { start: node.span.start, end: node.span.start + 1 }, message: `${path} misses ${missing.map((f) => `\`${f.name}\``).join(', ')}, required by ${type.name}` });
    return;
  }
  // A custom scalar (JSON, JSONObject, Upload...) defines its own values: any JSON is accepted.
  if (isScalarType(type) && !SCALARS[type.name]) return;
  if (node.kind !== 'value') return ctx.report({ span: node.span, message: `${path} should be ${getNamedType(type).name}, not ${node.kind === 'array' ? 'a list' : 'an object'}` });
  if (isEnumType(type)) {
    if (typeof node.value !== 'string' || !type.getValue(node.value)) ctx.report({ span: node.span, message: `${path} should be one of ${type.getValues().map((v) => v.name).join(', ')} (${type.name})` });
    return;
  }
  if (isScalarType(type) && SCALARS[type.name] && !SCALARS[type.name](node.value)) ctx.report({ span: node.span, message: `${path} should be ${type.name}, not ${JSON.stringify(node.value)}` });
}
