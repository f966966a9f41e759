/**
 * A language-server session for schema-aware editing tests: real specs (the samples' and the shared
 * corpus', one of them multi-file) copied into the workspace folder, and completion, hover and
 * definition at a `█` cursor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CompletionRequest, DefinitionRequest, HoverRequest, type CompletionItem, type Location } from 'vscode-languageserver-protocol/node';
import { startSession, type LspSession } from '../lsp/harness';

const REPO = join(__dirname, '..', '..', '..');

/** Spec files by the name they get in the workspace, from the samples and server/test/corpus. */
export const SPECS: Readonly<Record<string, string>> = {
  'openapi.yaml': join(REPO, 'samples', 'openapi.yaml'),
  'schema.graphql': join(REPO, 'samples', 'schema.graphql'),
  'petstore2.json': join(REPO, 'server', 'test', 'corpus', 'openapi', 'swagger-petstore-2.0.json'),
  'spotify.yml': join(REPO, 'server', 'test', 'corpus', 'openapi', 'spotify-web-api-3.0.yml'),
  'swapi.graphql': join(REPO, 'server', 'test', 'corpus', 'graphql', 'swapi.graphql'),
};

/** A multi-file spec (relative `$ref`s across folders), copied with its layout under `separate/`. */
const SEPARATE = join(REPO, 'server', 'test', 'corpus', 'openapi', 'oai-petstore-separate-2.0');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface SchemaSession {
  lsp: LspSession;
  /** Opens `marked` as a new document and asks for completion at its `█`. */
  complete(marked: string): Promise<CompletionItem[]>;
  /** The hover Markdown at the `█` of `marked`, and the text it is about; null when none. */
  hover(marked: string): Promise<{ value: string; about: string } | null>;
  /** Where go to definition at the `█` of `marked` leads: the file's name in the workspace and a 0-based position. */
  definition(marked: string): Promise<{ file: string; line: number; character: number } | null>;
}

let n = 0;

export async function startSchemaSession(): Promise<SchemaSession> {
  const files = Object.fromEntries(Object.entries(SPECS).map(([name, path]) => [name, readFileSync(path, 'utf8')]));
  for (const path of filesUnder(SEPARATE)) files[join('separate', relative(SEPARATE, path))] = readFileSync(path, 'utf8');
  const lsp = await startSession(files);
  const open = async (marked: string) => {
    const text = marked.replace('█', '');
    const { uri, cursor } = await lsp.open(`case${n++}.assay`, marked);
    return { uri, cursor, text };
  };
  return {
    lsp,
    async complete(marked) {
      const { uri, cursor } = await open(marked);
      const result = await lsp.client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor });
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    async hover(marked) {
      const { uri, cursor, text } = await open(marked);
      const hover = await lsp.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: cursor });
      if (!hover?.range) return null;
      const lines = text.split('\n');
      const { start, end } = hover.range;
      const about = start.line === end.line ? lines[start.line].slice(start.character, end.character) : '';
      return { value: (hover.contents as { value: string }).value, about };
    },
    async definition(marked) {
      const { uri, cursor } = await open(marked);
      const result = await lsp.client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: cursor });
      const location = (Array.isArray(result) ? result[0] : result) as Location | null;
      if (!location) return null;
      return { file: location.uri.slice(location.uri.lastIndexOf('/') + 1), line: location.range.start.line, character: location.range.start.character };
    },
  };
}
