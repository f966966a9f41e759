/** `schema-file-not-found`: `use openapi|graphql "path"` naming a file that does not exist. */
import { displayPath } from '../semantic/paths';
import type { Check } from './check';

export const schemaFileNotFound: Check = {
  meta: { code: 'schema-file-not-found', severity: 'error', scope: 'item', description: 'A `use openapi` or `use graphql` schema file that does not exist.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.schemas) {
          if (link.found || link.decl.path.interps.length > 0) continue;
          const what = link.decl.schema === 'openapi' ? 'an OpenAPI document (YAML or JSON)' : 'a GraphQL schema (SDL or introspection JSON)';
          ctx.report({
            span: link.decl.path.span,
            message: `Cannot find \`${link.decl.path.value}\`: expected ${what} at ${displayPath(ctx.host.root, link.target)}`,
            hint: 'Schema paths are relative to this file.',
          });
        }
      },
    };
  },
};
