/**
 * The corpus of real API descriptions (server/test/corpus: a copy of the team's shared corpus, see its MANIFEST.md): each
 * entry's root file and the counts MANIFEST.md gives for it.
 */
import * as path from 'node:path';

export const CORPUS = path.resolve(__dirname, '../corpus');

export interface OpenApiEntry {
  root: string;
  version: '2.0' | '3.0' | '3.1';
  operations: number;
  /** Files read: more than one for multi-file specs. */
  files?: number;
}

export const OPENAPI: OpenApiEntry[] = [
  { root: 'openapi/swagger-petstore-2.0.json', version: '2.0', operations: 20 },
  { root: 'openapi/oai-petstore-3.0.yaml', version: '3.0', operations: 3 },
  { root: 'openapi/oai-petstore-expanded-3.0.yaml', version: '3.0', operations: 4 },
  { root: 'openapi/oai-api-with-examples-3.0.yaml', version: '3.0', operations: 2 },
  { root: 'openapi/oai-link-example-3.0.yaml', version: '3.0', operations: 6 },
  { root: 'openapi/oai-callback-example-3.0.yaml', version: '3.0', operations: 1 },
  { root: 'openapi/oai-webhook-example-3.1.yaml', version: '3.1', operations: 0 },
  { root: 'openapi/oai-petstore-separate-2.0/spec/swagger.json', version: '2.0', operations: 4, files: 5 },
  { root: 'openapi/swagger-petstore-3.0.yaml', version: '3.0', operations: 19 },
  { root: 'openapi/readme-discriminators-3.0.json', version: '3.0', operations: 10 },
  { root: 'openapi/readme-schema-circular-3.0.json', version: '3.0', operations: 3 },
  { root: 'openapi/readme-security-3.1.yaml', version: '3.1', operations: 15 },
  { root: 'openapi/spotify-web-api-3.0.yml', version: '3.0', operations: 97 },
  { root: 'openapi/slack-web-api-2.0.json', version: '2.0', operations: 174 },
  { root: 'openapi/box-platform-3.0.json', version: '3.0', operations: 296 },
  { root: 'openapi/digitalocean/specification/DigitalOcean-public.v2.yaml', version: '3.0', operations: 659 },
];

export const GRAPHQL = [
  { root: 'graphql/swapi.graphql', types: 53, queries: 13 },
  { root: 'graphql/saleor.graphql', types: 1456, queries: 89 },
  { root: 'graphql/linear.graphql', types: 1187, queries: 164 },
];

export function corpusPath(relative: string): string {
  return path.join(CORPUS, relative);
}
