/**
 * `response matches schema`: the schema bound with `use openapi` or `use graphql` in the module, read
 * through the host (cached per run by the caller), checked against one response. Without a binding, or
 * when the bound file cannot be read or parsed, the check fails and says why.
 */
import type { SchemaCheck } from '../assertions';
import type { Module } from '../semantic';
import { resolveFrom } from '../semantic/paths';
import type { WorkspaceHost } from '../workspace/host';
import type * as GraphqlSchema from './graphql-schema';
import type * as OpenApiSchema from './openapi-schema';
import type { Response } from './response';

// Loaded on first use: graphql and yaml are large, and most runs never bind a schema, so the CLI should
// not pay for them at start-up.
const graphqlSchema = (): typeof GraphqlSchema => require('./graphql-schema') as typeof GraphqlSchema;
const openApiSchema = (): typeof OpenApiSchema => require('./openapi-schema') as typeof OpenApiSchema;

type Parsed =
  | { kind: 'openapi'; doc: ReturnType<typeof OpenApiSchema.parseOpenApi> }
  | { kind: 'graphql'; schema: ReturnType<typeof GraphqlSchema.parseGraphqlSchema> }
  | { kind: 'error'; why: string };

/** Reads bound schemas once per path. */
export class BoundSchemas {
  private readonly parsed = new Map<string, Parsed>();

  constructor(private readonly host: WorkspaceHost) {}

  check(module: Module | undefined, response: Response): SchemaCheck {
    const use = module?.ast.items.find((item) => item.kind === 'Use');
    if (!module || use?.kind !== 'Use') {
      return { name: 'a schema', validate: () => ['the response is not yet bound to a schema: add `use openapi "..."` or `use graphql "..."` to the file'] };
    }
    const name = `${use.schema} "${use.path.value}"`;
    const parsed = this.read(use.schema, resolveFrom(module.path, use.path.value), use.path.value);
    if (parsed.kind === 'error') return { name, validate: () => [parsed.why] };
    if (parsed.kind === 'openapi') return openApiSchema().openApiCheck(parsed.doc, name, response);
    return graphqlSchema().graphqlCheck(parsed.schema, name, response.sent);
  }

  private read(kind: 'openapi' | 'graphql', path: string, relative: string): Parsed {
    const key = `${kind}:${path}`;
    let parsed = this.parsed.get(key);
    if (!parsed) {
      const text = this.host.readFile(path);
      try {
        if (text === undefined) throw new Error('it cannot be read');
        parsed = kind === 'openapi' ? { kind, doc: openApiSchema().parseOpenApi(text) } : { kind, schema: graphqlSchema().parseGraphqlSchema(text) };
      } catch (e) {
        parsed = { kind: 'error', why: `the ${kind === 'openapi' ? 'OpenAPI document' : 'GraphQL schema'} ${relative} is not usable: ${(e as Error).message}` };
      }
      this.parsed.set(key, parsed);
    }
    return parsed;
  }
}
