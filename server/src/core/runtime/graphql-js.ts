/**
 * graphql-js, loaded on first use rather than when the module that uses it loads: only files that
 * send or bind GraphQL need it, and loading it cost every `assay run` and `assay check` about 5% of a
 * one-request run's wall time. The schema loader and the editor services, which always need it, import
 * it as usual; the checks and the runner's result check, which run for every file, call this instead.
 */
import type * as GraphqlJs from 'graphql';

let loaded: typeof GraphqlJs | undefined;

export function graphqlJs(): typeof GraphqlJs {
  loaded ??= require('graphql') as typeof GraphqlJs;
  return loaded;
}
