/**
 * The URL of a request line in a file bound to an OpenAPI document: the document's paths after the
 * origin (`{{baseUrl}}/█`), with path parameters as snippet placeholders (`/pets/${1:petId}`); after
 * `?` or `&`, the operation's query parameters; after `name=`, the values its schema allows. Where the
 * URL is still empty, the path comes after the file's base-URL variable (`{{baseUrl}}`) if it has one.
 */
import type { Span } from '../../ast';
import type { ApiOperation, ApiParameter, JsonSchema, LoadedOpenApi } from '../../schema';
import { openApiOf } from '../../schema-editor/bound';
import { schemaMarkdown, typeLabel } from '../../schema-editor/schema-text';
import { requestStepAt, type StepText } from '../../schema-editor/step-text';
import { basePathOf, isParam, matchTemplate, queryNames, splitUrl } from '../../schema-editor/url';
import type { CompletionContext, CompletionItem, CompletionProvider } from '../types';
import { escapeSnippet } from './common';

const BASE_VAR = /^(?:base_?url|api_?url|base|host|server|url)$/i;

/** Paths, query parameter names and values from the bound OpenAPI document, in a request line's URL. */
export const apiPathProvider: CompletionProvider = {
  provide(ctx) {
    const api = openApiOf(ctx.sources.schemas);
    const atUrl = ctx.token.kind === 'url' || (ctx.token.kind === 'word' && ctx.expected.has('a URL'));
    const step = api && atUrl ? requestStepAt(ctx.text, ctx.offset) : undefined;
    if (!api || !step || ctx.offset < step.urlSpan.start) return [];
    const typed = ctx.text.slice(step.urlSpan.start, ctx.offset);
    const q = typed.indexOf('?');
    if (q >= 0) {
      const op = api.findOperation(step.method, typed.slice(0, q));
      return op ? queryItems(ctx, step, op, step.urlSpan.start + q + 1) : [];
    }
    return pathItems(ctx, step, pathIndex(api), basePathOf(api.document));
  },
};

/** A path of the document as path completion lists it: its segments and its operations in a line and in Markdown. */
interface PathEntry {
  path: string;
  segments: string[];
  detail: string;
  documentation: string;
}

const PATH_INDEX = new WeakMap<LoadedOpenApi, PathEntry[]>();

/** The document's paths in their order, built on first use and kept with the loaded document. */
function pathIndex(api: LoadedOpenApi): PathEntry[] {
  let entries = PATH_INDEX.get(api);
  if (entries) return entries;
  const byPath = new Map<string, ApiOperation[]>();
  for (const op of api.operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
  entries = [...byPath].map(([path, ops]) => ({
    path,
    segments: path.split('/'),
    detail: ops.map((op) => op.method).join(' · '),
    documentation: ops.map((op) => `**${op.method}** ${op.summary ?? op.operationId ?? ''}`.trimEnd()).join('\n\n'),
  }));
  PATH_INDEX.set(api, entries);
  return entries;
}

function pathItems(ctx: CompletionContext, step: StepText, entries: readonly PathEntry[], base: string): CompletionItem[] {
  const typed = ctx.text.slice(step.urlSpan.start, ctx.offset);
  const url = splitUrl(typed);
  const origin = url.pathStart > 0 ? '' : baseVarPrefix(ctx, typed);
  let prefix = '';
  let rest = url.path;
  if (base && (rest === base || rest.startsWith(base + '/'))) {
    prefix = base;
    rest = rest.slice(base.length);
  }
  if (!rest.startsWith('/')) rest = '/' + rest;
  const span: Span = { start: step.urlSpan.start + url.pathStart, end: ctx.offset + (/^[^\s?#]*/.exec(ctx.text.slice(ctx.offset))?.[0].length ?? 0) };
  const have = rest.split('/');
  const head = escapeSnippet(origin + prefix);
  const items: CompletionItem[] = [];
  let order = 0;
  for (const entry of entries) {
    if (!matchTemplate(entry.segments, have)) continue;
    const { snippet, readable } = pathSnippet(entry.segments, have);
    items.push({
      label: entry.path,
      kind: 'value',
      detail: entry.detail,
      documentation: entry.documentation,
      insertText: head + snippet,
      snippet: true,
      span,
      sortText: String(order++).padStart(5, '0'),
      filterText: origin + prefix + readable,
    });
  }
  return items;
}

/**
 * The template as a snippet: the segments already typed kept as typed, the others from the template,
 * each `{param}` a placeholder. `readable` is the same text without snippet syntax.
 */
function pathSnippet(want: readonly string[], have: readonly string[]): { snippet: string; readable: string } {
  let stop = 1;
  const snippet: string[] = [];
  const readable: string[] = [];
  want.forEach((segment, i) => {
    if (i < have.length - 1) {
      snippet.push(escapeSnippet(have[i]));
      readable.push(have[i]);
    } else if (isParam(segment)) {
      const name = segment.slice(1, -1);
      const partial = i === have.length - 1 ? have[i] : '';
      snippet.push(`\${${stop++}:${escapeSnippet(partial || name)}}`);
      readable.push(partial || segment);
    } else {
      snippet.push(escapeSnippet(segment));
      readable.push(segment);
    }
  });
  return { snippet: snippet.join('/') + (stop > 1 ? '$0' : ''), readable: readable.join('/') };
}

/** `{{baseUrl}}` when the URL is still empty or a bare word and the file has a base-URL variable. */
function baseVarPrefix(ctx: CompletionContext, typed: string): string {
  if (typed.startsWith('/') || typed.includes('{{')) return '';
  const names = [...(ctx.sources.model?.vars.keys() ?? [])];
  const name = names.find((n) => BASE_VAR.test(n)) ?? names.find((n) => /url/i.test(n));
  return name ? `{{${name}}}` : '';
}

/** Query parameter names after `?`/`&`, or the values a parameter allows after `name=`. */
function queryItems(ctx: CompletionContext, step: StepText, op: ApiOperation, queryStart: number): CompletionItem[] {
  const params = op.parameters.filter((p) => p.in === 'query');
  const pairStart = Math.max(queryStart, ctx.text.lastIndexOf('&', ctx.offset - 1) + 1);
  const pair = ctx.text.slice(pairStart, ctx.offset);
  const restLength = /^[^\s&#]*/.exec(ctx.text.slice(ctx.offset))?.[0].length ?? 0;
  const eq = pair.indexOf('=');
  if (eq >= 0) {
    const param = params.find((p) => p.name === pair.slice(0, eq));
    const span = { start: pairStart + eq + 1, end: ctx.offset + restLength };
    return valuesOf(param?.schema).map((value) => ({ label: value, kind: 'value', detail: param?.name, insertText: encodeURIComponent(value), span }));
  }
  const present = queryNames(ctx.text.slice(queryStart, step.urlSpan.end));
  present.delete(pair);
  const span = { start: pairStart, end: ctx.offset + (/^[^\s&#=]*/.exec(ctx.text.slice(ctx.offset))?.[0].length ?? 0) };
  return params.filter((p) => !present.has(p.name)).map((p) => parameterItem(p, `${p.name}=`, span));
}

/** A query parameter as a completion item, required ones first. */
export function parameterItem(p: ApiParameter, insertText: string, span: Span): CompletionItem {
  return {
    label: p.name,
    kind: 'parameter',
    detail: `${typeLabel(p.schema)}${p.required ? ' (required)' : ''}`,
    documentation: schemaMarkdown(p.name, p.schema, { required: p.required, where: `${p.in} parameter`, ...(p.description ? { description: p.description } : {}) }),
    insertText,
    span,
    sortText: `${p.required ? 0 : 1}${p.name}`,
  };
}

/** The values a schema allows, as text: its enum (or its items' enum), or `true`/`false`. */
function valuesOf(schema: JsonSchema | undefined): string[] {
  const source = schema?.enum ?? schema?.items?.enum;
  if (Array.isArray(source)) return source.filter((v) => v !== null).map(String);
  return schema?.type === 'boolean' ? ['true', 'false'] : [];
}
