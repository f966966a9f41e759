/**
 * JSONPath segments from the bound schema, in `expect` and `capture`: after a GraphQL step, the fields
 * its selection set asks for (`$.data.film.` → `title`, `episodeID`); after a REST step, the
 * properties of the response schema of its operation, for the status the step expects (else its
 * first 2xx). Arrays offer `[0]` and `[*]`.
 */
import type { Span } from '../../ast';
import { propertiesOf, schemaAtPath, schemaTypes, type PathSegment } from '../../schema';
import { responseShapeAt } from '../../schema-editor/graphql-selection';
import { graphqlOf, openApiOf } from '../../schema-editor/bound';
import { operationOf, responseSchemaOf } from '../../schema-editor/openapi-step';
import { readJsonPath } from '../../schema-editor/jsonpath-read';
import { schemaMarkdown, typeLabel } from '../../schema-editor/schema-text';
import { graphqlRegionOf, requestStepAt, type StepText } from '../../schema-editor/step-text';
import type { CompletionContext, CompletionItem, CompletionProvider } from '../types';
import type { Partial } from './jsonpath';

/** A key the response may have at the path typed so far. */
interface Key {
  name: string;
  detail: string;
  documentation?: string;
}

/** What the response may hold at the path typed so far: keys of an object, and whether it may be an array. */
interface Shape {
  keys: Key[];
  array: boolean;
}

/** JSONPath segments read from the response schema of the step's operation or GraphQL selection. */
export const schemaJsonPathProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'jsonpath' || !ctx.expected.has('a JSONPath $...') || !ctx.sources.schemas?.length) return [];
    const step = requestStepAt(ctx.text, ctx.offset);
    const parsed = step && readJsonPath(ctx.token.text);
    const shape = parsed && shapeAt(ctx, step, parsed.path);
    return shape ? items(ctx, shape, parsed.partial) : [];
  },
};

function shapeAt(ctx: CompletionContext, step: StepText, path: PathSegment[]): Shape | undefined {
  const graphql = graphqlOf(ctx.sources.schemas);
  const region = graphql && graphqlRegionOf(ctx.text, step);
  if (graphql && region) {
    const shape = responseShapeAt(graphql.schema, region.text, region.operationName, path);
    if (!shape) return undefined;
    if (shape.kind === 'list') return { keys: [], array: true };
    return { keys: shape.fields.map((f) => ({ name: f.name, detail: f.type, ...(f.description ? { documentation: f.description } : {}) })), array: false };
  }
  const api = openApiOf(ctx.sources.schemas);
  const op = api && operationOf(api, step);
  const schemas = op && schemaAtPath(responseSchemaOf(ctx.text, step, op), path);
  if (!schemas) return undefined;
  const keys = new Map<string, Key>();
  for (const schema of schemas) {
    for (const [name, info] of propertiesOf(schema)) {
      if (!keys.has(name)) keys.set(name, { name, detail: typeLabel(info.schema), documentation: schemaMarkdown(name, info.schema, { required: info.required }) });
    }
  }
  return { keys: [...keys.values()], array: schemas.some((s) => schemaTypes(s)?.has('array') || s.items !== undefined) };
}

const PLAIN = /^[A-Za-z0-9_\-$@]+$/;

function items(ctx: CompletionContext, shape: Shape, partial: Partial): CompletionItem[] {
  const dot = ctx.token.start + partial.at;
  const fromDot: Span = { start: dot, end: ctx.offset };
  const afterDot: Span = { start: dot + 1, end: ctx.offset };
  const here: Span = { start: ctx.offset, end: ctx.offset };
  const out = shape.keys.map((key, i): CompletionItem => {
    const plain = PLAIN.test(key.name);
    const insertText = plain ? (partial.dot ? key.name : `.${key.name}`) : `['${key.name.replace(/'/g, "\\'")}']`;
    return {
      label: key.name,
      kind: 'property',
      detail: key.detail,
      ...(key.documentation ? { documentation: key.documentation } : {}),
      insertText,
      span: plain && partial.dot ? afterDot : partial.dot ? fromDot : here,
      sortText: `0${String(i).padStart(4, '0')}`,
      filterText: plain || !partial.dot ? key.name : `.${key.name}`,
    };
  });
  if (shape.array) {
    const span = partial.dot ? fromDot : here;
    out.push({ label: '[0]', kind: 'property', detail: 'the first item', insertText: '[0]', span, sortText: '00' });
    out.push({ label: '[*]', kind: 'property', detail: 'every item', insertText: '[*]', span, sortText: '01' });
  }
  return out;
}
