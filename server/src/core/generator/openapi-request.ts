/**
 * One request of an operation, as a generated step: the URL with its path parameters (captured
 * variables or example values), required query, header and cookie parameters, credentials, and a body
 * in the operation's preferred media type (JSON first, then forms, multipart and text). Values come from
 * the spec's examples, else are synthesized (synthesize.ts). Two conventions help real servers answer:
 * a `status`/`code` parameter of an echo-status endpoint gets the documented success status, and the
 * `query` of a GraphQL transport (a path ending in `/graphql`) gets `{ __typename }`.
 */
import type { ApiContent, ApiOperation, ApiParameter } from '../schema/types';
import { fieldName, headerText, jsonStatement, literal, pathSegment, quoted } from './literals';
import type { GeneratedStep, GeneratedVar } from './model';
import type { Random } from './random';
import type { Security } from './security';
import { exampleOf, flatten, synthesize, typeOf } from './synthesize';

type Obj = Record<string, unknown>;

/** The body a request sends: its media type and value (so negative tests can change the value). */
export interface BodyPlan {
  content: ApiContent;
  value: unknown;
}

export interface RequestPlan {
  step: GeneratedStep;
  vars: GeneratedVar[];
  body?: BodyPlan;
}

export interface RequestInput {
  op: ApiOperation;
  document: Obj;
  random: Random;
  security: Security;
  /** URL text for path parameters that earlier steps captured (`{{petId}}`) or chose; filled in as values are chosen. */
  captured: Map<string, string>;
  /** The status the test expects, for echo-status endpoints. */
  status?: number;
}

/** An HTTP header name (a token): anything else could not be written as a header line. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SKIPPED_HEADERS = new Set(['accept', 'content-type', 'authorization', 'content-length']);
const GRAPHQL_QUERY = '{ __typename }';

export function requestFor(input: RequestInput): RequestPlan {
  const { op } = input;
  const raw = rawOperation(input.document, op);
  const credentials = input.security.forOperation(raw);
  const value = (p: ApiParameter): unknown => parameterValue(p, input, raw);
  const url = op.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return encodeURI(part);
      const captured = input.captured.get(name);
      if (captured) return captured;
      const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
      const text = pathSegment(param ? value(param) : name);
      // Later steps of the test use the same value for a parameter of the same name.
      input.captured.set(name, text);
      return text;
    })
    .join('');
  const step: GeneratedStep = { method: op.method, url: `{{baseUrl}}${url}`, headers: [], query: [], options: [], checks: [] };
  const required = op.parameters.filter((p) => p.required);
  for (const p of required.filter((x) => x.in === 'query')) {
    const v = value(p);
    for (const item of Array.isArray(v) ? v : [v]) step.query.push({ name: fieldName(p.name), value: scalarLiteral(item) });
  }
  for (const p of required.filter((x) => x.in === 'header' && HEADER_NAME.test(x.name) && !SKIPPED_HEADERS.has(x.name.toLowerCase()))) {
    step.headers.push({ name: p.name, value: headerText(value(p)) ?? `${p.name.toLowerCase()}-1` });
  }
  const cookies = required.filter((x) => x.in === 'cookie').map((p) => `${p.name}=${encodeURIComponent(String(value(p)))}`);
  step.headers.push(...credentials.headers);
  if (cookies.length > 0 && !credentials.headers.some((h) => h.name === 'Cookie')) step.headers.push({ name: 'Cookie', value: cookies.join('; ') });
  step.query.push(...credentials.query);
  step.auth = credentials.auth;
  const body = bodyPlan(input);
  if (body) applyBody(step, body);
  return { step, vars: credentials.vars, body };
}

/** The operation's object in the document, for what the loaded shape leaves out (security, examples). */
export function rawOperation(document: Obj, op: ApiOperation): Obj | undefined {
  const item = (document.paths as Obj | undefined)?.[op.path] as Obj | undefined;
  return item?.[op.method.toLowerCase()] as Obj | undefined;
}

/** Writes a body plan into the step (replacing any body it has). */
export function applyBody(step: GeneratedStep, body: BodyPlan): void {
  const media = body.content.mediaType.split(';')[0].trim().toLowerCase();
  step.headers = step.headers.filter((h) => h.name !== 'Content-Type');
  if (media === 'application/x-www-form-urlencoded' || media === 'multipart/form-data') {
    const fields = Object.entries(isObject(body.value) ? body.value : {}).map(([k, v]) => ({ name: fieldName(k), value: scalarLiteral(v) }));
    if (fields.length === 0) fields.push({ name: 'file', value: quoted('example file content') });
    const width = Math.max(...fields.map((f) => f.name.length));
    const keyword = media === 'multipart/form-data' ? 'multipart' : 'form';
    step.body = [`${keyword} {`, ...fields.map((f) => `  ${f.name.padEnd(width)} = ${f.value}`), '}'];
  } else if (acceptsJson(media)) {
    if (media !== 'application/json' && !media.includes('*')) step.headers.push({ name: 'Content-Type', value: media });
    step.body = jsonStatement('json', body.value);
  } else {
    step.headers.push({ name: 'Content-Type', value: media.includes('*') ? 'application/octet-stream' : media });
    step.body = [`text ${quoted(typeof body.value === 'string' ? body.value : JSON.stringify(body.value) ?? '')}`];
  }
}

function bodyPlan(input: RequestInput): BodyPlan | undefined {
  const requestBody = input.op.requestBody;
  if (!requestBody || requestBody.content.length === 0) return undefined;
  const content = preferredContent(requestBody.content);
  const shapeless = !content.schema || typeOf(flatten(content.schema)) === undefined;
  if (!requestBody.required && shapeless && content.examples.length === 0) return undefined;
  let value = content.examples.length > 0 ? content.examples[0] : undefined;
  value ??= synthesize(content.schema, 'body', { random: input.random, direction: 'request' });
  if (isGraphqlTransport(input.op) && isObject(value) && 'query' in value) value = { ...value, query: GRAPHQL_QUERY };
  const empty = value === undefined || (isObject(value) && Object.keys(value).length === 0);
  if (empty && !requestBody.required) return undefined;
  return { content, value };
}

function preferredContent(contents: ApiContent[]): ApiContent {
  const rank = (c: ApiContent): number => {
    const m = c.mediaType.toLowerCase();
    if (m.startsWith('application/json')) return 0;
    if (/json/.test(m)) return 1;
    if (m === 'application/x-www-form-urlencoded') return 2;
    if (m === 'multipart/form-data') return 3;
    if (m.includes('*')) return 4;
    if (m.startsWith('text/')) return 5;
    return 6;
  };
  return [...contents].sort((a, b) => rank(a) - rank(b))[0];
}

function parameterValue(p: ApiParameter, input: RequestInput, raw: Obj | undefined): unknown {
  const example = parameterExample(p, input, raw);
  if (example !== undefined) return example;
  const schema = p.schema ?? {};
  if (input.status !== undefined && /^(status|code|status_?code)$/i.test(p.name) && (schema.type === 'integer' || schema.type === 'number')) {
    const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
    const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
    if (input.status >= min && input.status <= max) return input.status;
  }
  if (p.name === 'query' && isGraphqlTransport(input.op)) return GRAPHQL_QUERY;
  return synthesize(schema, p.name, { random: input.random, direction: 'request' });
}

/** A parameter's own example (`example`, the first of `examples`, Swagger's `x-example`), else its schema's. */
function parameterExample(p: ApiParameter, input: RequestInput, raw: Obj | undefined): unknown {
  const pathItem = (input.document.paths as Obj | undefined)?.[input.op.path] as Obj | undefined;
  const all = [...((raw?.parameters as unknown[]) ?? []), ...((pathItem?.parameters as unknown[]) ?? [])];
  const own = all.find((x): x is Obj => isObject(x) && x.name === p.name && x.in === p.in);
  if (own) {
    if (own.example !== undefined) return own.example;
    if (own['x-example'] !== undefined) return own['x-example'];
    const first = isObject(own.examples) ? Object.values(own.examples)[0] : undefined;
    if (isObject(first) && first.value !== undefined) return first.value;
  }
  return exampleOf(p.schema);
}

function scalarLiteral(v: unknown): string {
  return v !== null && typeof v === 'object' ? quoted(JSON.stringify(v)) : literal(v);
}

function acceptsJson(media: string): boolean {
  return /json/.test(media) || media === '*/*' || media === 'application/*';
}

function isGraphqlTransport(op: ApiOperation): boolean {
  return /\/graphql\/?$/i.test(op.path);
}

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
