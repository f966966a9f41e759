/**
 * `response matches schema` under `use graphql`: checks a GraphQL result against the selection of the
 * operation that was sent: every selected field present (by alias), of its schema type (non-null, lists,
 * scalars, enums, objects via `__typename` for abstract types), and nothing else. Errors make `data`
 * fields nullable, as GraphQL does. Input: the loaded schema, the request sent. Each mismatch reads
 * `$.data.path: expected X, got Y`.
 */
import type { FragmentDefinitionNode, GraphQLObjectType, GraphQLOutputType, GraphQLSchema, SelectionSetNode } from 'graphql';
import type { SchemaCheck } from '../assertions';
import { TYPE_TESTS } from '../assertions';
import { graphqlJs } from '../runtime/graphql-js';
import type { LoadedGraphql } from '../schema';

/** The check of a result against the operation in `sent` (the JSON request body); `name` names the schema. */
export function graphqlCheck(loaded: LoadedGraphql, name: string, sent: string | undefined): SchemaCheck {
  const schema = loaded.schema;
  const problem = (why: string): SchemaCheck => ({ name, validate: () => [why] });
  let request: { query?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(sent ?? '') as typeof request;
  } catch {
    return problem('the request sent was not a GraphQL JSON request');
  }
  if (typeof request.query !== 'string') return problem('the request sent has no GraphQL query');
  const { getOperationAST, parse } = graphqlJs();
  let document;
  try {
    document = parse(request.query);
  } catch (e) {
    return problem(`the query does not parse: ${(e as Error).message}`);
  }
  const operation = getOperationAST(document, typeof request.operationName === 'string' ? request.operationName : undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return problem('the operation sent is not found in the query or the schema');
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return {
    name,
    validate(value) {
      const problems: string[] = [];
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`$: expected a GraphQL result object, got ${show(value)}`];
      const result = value as { data?: unknown; errors?: unknown };
      if (result.errors !== undefined && !Array.isArray(result.errors)) problems.push(`$.errors: expected an array, got ${show(result.errors)}`);
      const walker = new ResultWalker(schema, fragments, problems, Array.isArray(result.errors) && result.errors.length > 0);
      if (result.data !== undefined && result.data !== null) walker.object(result.data, root, operation.selectionSet, '$.data');
      return problems;
    },
  };
}

class ResultWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly problems: string[],
    private readonly hasErrors: boolean,
  ) {}

  value(value: unknown, type: GraphQLOutputType, selection: SelectionSetNode | undefined, at: string): void {
    const { isAbstractType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType } = graphqlJs();
    if (isNonNullType(type)) {
      if (value === null || value === undefined) {
        if (!this.hasErrors) this.problems.push(`${at}: expected ${String(type)}, got ${show(value)}`);
        return;
      }
      return this.value(value, type.ofType, selection, at);
    }
    if (value === null) return;
    if (isListType(type)) {
      if (!Array.isArray(value)) return void this.problems.push(`${at}: expected a list ${String(type)}, got ${show(value)}`);
      value.forEach((item, i) => this.value(item, type.ofType, selection, `${at}[${i}]`));
      return;
    }
    if (isScalarType(type)) return this.scalar(value, type.name, at);
    if (isEnumType(type)) {
      if (!type.getValues().some((v) => v.name === value)) this.problems.push(`${at}: expected a value of enum ${type.name}, got ${show(value)}`);
      return;
    }
    let object: GraphQLObjectType | undefined = isObjectType(type) ? type : undefined;
    if (isAbstractType(type)) {
      const typename = (value as { __typename?: unknown }).__typename;
      const concrete = typeof typename === 'string' ? this.schema.getType(typename) : undefined;
      object = concrete && isObjectType(concrete) ? concrete : undefined;
    }
    if (object && selection) this.object(value, object, selection, at);
  }

  object(value: unknown, type: GraphQLObjectType, selection: SelectionSetNode, at: string): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return void this.problems.push(`${at}: expected an object ${type.name}, got ${show(value)}`);
    const record = value as Record<string, unknown>;
    const expected = new Set<string>();
    this.fields(record, type, selection, at, expected);
    for (const key of Object.keys(record)) if (!expected.has(key)) this.problems.push(`${at}.${key}: expected no such field (the query does not select it), got ${show(record[key])}`);
  }

  private fields(record: Record<string, unknown>, type: GraphQLObjectType, selection: SelectionSetNode, at: string, expected: Set<string>): void {
    const { isAbstractType } = graphqlJs();
    for (const node of selection.selections) {
      if (node.kind === 'Field') {
        const key = node.alias?.value ?? node.name.value;
        expected.add(key);
        const conditional = (node.directives ?? []).some((d) => d.name.value === 'skip' || d.name.value === 'include');
        if (node.name.value === '__typename') {
          if (record[key] !== undefined && typeof record[key] !== 'string') this.problems.push(`${at}.${key}: expected a type name, got ${show(record[key])}`);
          continue;
        }
        const field = type.getFields()[node.name.value];
        if (!field) continue;
        if (!(key in record)) {
          if (!conditional && !this.hasErrors) this.problems.push(`${at}.${key}: expected ${String(field.type)}, got nothing (the field is missing)`);
          continue;
        }
        this.value(record[key], field.type, node.selectionSet, `${at}.${key}`);
        continue;
      }
      const fragment = node.kind === 'FragmentSpread' ? this.fragments.get(node.name.value) : node;
      if (!fragment) continue;
      const condition = fragment.typeCondition && this.schema.getType(fragment.typeCondition.name.value);
      const applies = !condition || condition === type || (isAbstractType(condition) && this.schema.isSubType(condition, type));
      if (applies) this.fields(record, type, fragment.selectionSet, at, expected);
    }
  }

  private scalar(value: unknown, name: string, at: string): void {
    const ok: Record<string, (v: unknown) => boolean> = {
      Int: TYPE_TESTS.integer,
      Float: TYPE_TESTS.number,
      String: TYPE_TESTS.string,
      Boolean: TYPE_TESTS.boolean,
      ID: (v) => typeof v === 'string' || TYPE_TESTS.integer(v),
    };
    if (ok[name] && !ok[name](value)) this.problems.push(`${at}: expected ${name}, got ${show(value)}`);
  }
}


function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
