/**
 * `response matches schema`: the schema bound with `use openapi` or `use graphql` in the module,
 * loaded through the schema registry before the file runs (`prepare`), checked against one response.
 * Without a binding, or when the bound file cannot be loaded, the check fails and says why.
 */
import type { SchemaCheck } from '../assertions';
import type { SchemaRegistry } from '../schema';
import type { Module } from '../semantic';
import { resolveFrom } from '../semantic/paths';
import { graphqlCheck } from './graphql-schema';
import { openApiCheck } from './openapi-schema';
import type { Response } from './response';

export class BoundSchemas {
  constructor(private readonly registry: SchemaRegistry) {}

  /** Loads the schemas the modules bind, so that checks can read them synchronously. */
  async prepare(modules: readonly Module[]): Promise<void> {
    const loads = modules.flatMap((module) => module.ast.items.flatMap((item) => (item.kind === 'Use' ? [this.registry.load(resolveFrom(module.path, item.path.value), item.schema)] : [])));
    await Promise.all(loads);
  }

  /** True when the module binds a schema. */
  binds(module: Module | undefined): boolean {
    return module?.ast.items.some((item) => item.kind === 'Use') ?? false;
  }

  check(module: Module | undefined, response: Response): SchemaCheck {
    const use = module?.ast.items.find((item) => item.kind === 'Use');
    if (!module || use?.kind !== 'Use') {
      return { name: 'a schema', validate: () => ['the response is not yet bound to a schema: add `use openapi "..."` or `use graphql "..."` to the file'] };
    }
    const name = `${use.schema} "${use.path.value}"`;
    const loaded = this.registry.peek(resolveFrom(module.path, use.path.value));
    const problem = (why: string): SchemaCheck => ({ name, validate: () => [why] });
    if (!loaded) return problem(`the ${use.schema === 'openapi' ? 'OpenAPI document' : 'GraphQL schema'} ${use.path.value} is not loaded`);
    if (loaded.kind === 'broken') {
      const at = loaded.location ? ` (${loaded.location.file}:${loaded.location.line + 1}:${loaded.location.col + 1})` : '';
      return problem(`the ${use.schema === 'openapi' ? 'OpenAPI document' : 'GraphQL schema'} ${use.path.value} is not usable: ${loaded.message}${at}`);
    }
    if (loaded.kind !== use.schema) return problem(`${use.path.value} is a${loaded.kind === 'openapi' ? 'n OpenAPI document' : ' GraphQL schema'}, but the file binds it with \`use ${use.schema}\``);
    if (loaded.kind === 'openapi') return openApiCheck(loaded, name, response);
    return graphqlCheck(loaded, name, response.sent);
  }
}
