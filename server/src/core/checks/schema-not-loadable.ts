/**
 * `schema-not-loadable`: a `use openapi|graphql` file that exists but cannot be used: the parser's own
 * message and the place in the spec it names, on the `use` line. Also a file of the other kind.
 */
import { displayPath } from '../semantic/paths';
import type { Check } from './check';

export const schemaNotLoadable: Check = {
  meta: { code: 'schema-not-loadable', severity: 'error', scope: 'item', description: 'A `use openapi` or `use graphql` file that does not load: invalid YAML, JSON or SDL, a `$ref` that does not resolve, or a schema of the other kind.' },
  create(ctx) {
    return {
      File() {
        for (const link of ctx.model.schemas) {
          if (!link.found) continue;
          const loaded = ctx.host.schemas?.peek(link.target);
          if (!loaded) continue;
          const name = `\`${link.decl.path.value}\``;
          if (loaded.kind === 'broken') {
            const where = loaded.location ? ` (${displayPath(ctx.host.root, loaded.location.file)}:${loaded.location.line + 1}:${loaded.location.col + 1})` : '';
            ctx.report({ span: link.decl.span, message: `${name} cannot be loaded: ${loaded.message}${where}`, hint: '`expect response matches schema` fails and the editor cannot check requests against it until it loads.' });
          } else if (loaded.kind !== link.decl.schema) {
            const is = loaded.kind === 'openapi' ? 'an OpenAPI document' : 'a GraphQL schema';
            ctx.report({ span: link.decl.span, message: `${name} is ${is}: bind it with \`use ${loaded.kind}\`` });
          }
        }
      },
    };
  },
};
