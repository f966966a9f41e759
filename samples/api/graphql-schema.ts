// The executable GraphQL schema: the SDL from samples/schema.graphql plus root resolvers over
// the shared pet store, the seeded Star Wars films and the request's authenticated user.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, buildSchema } from 'graphql';
import { validatePet, type Pet } from './pets.js';
import type { AppState } from './state.js';

export interface GraphQLContext {
  state: AppState;
  /** The user authenticated by bearer token or API key, or null. */
  user: string | null;
}

interface Film {
  id: string;
  title: string;
  episodeID: number;
  director: string;
}

const MAX_FIRST = 100;

export const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

const filmId = (n: number): string => Buffer.from(`films:${n}`).toString('base64');

const FILMS: readonly Film[] = Object.freeze([
  { id: filmId(1), title: 'A New Hope', episodeID: 4, director: 'George Lucas' },
  { id: filmId(2), title: 'The Empire Strikes Back', episodeID: 5, director: 'Irvin Kershner' },
  { id: filmId(3), title: 'Return of the Jedi', episodeID: 6, director: 'Richard Marquand' },
]);

function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

function requireUser(ctx: GraphQLContext): string {
  if (ctx.user === null) throw new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.user;
}

/** A pet id from a GraphQL ID, or null when it is not a decimal integer. */
function petId(id: string): number | null {
  return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : null;
}

const encodeCursor = (id: number): string => Buffer.from(String(id)).toString('base64');

function decodeCursor(cursor: string): number {
  const id = petId(Buffer.from(cursor, 'base64').toString('utf8'));
  if (id === null || encodeCursor(id) !== cursor) throw userError(`invalid cursor "${cursor}"`);
  return id;
}

function petConnection(pets: Pet[], first: number, after: string | null | undefined) {
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) throw userError(`"first" must be from 0 to ${MAX_FIRST}`);
  const afterId = after == null ? null : decodeCursor(after);
  const found = afterId === null ? 0 : pets.findIndex((pet) => pet.id > afterId);
  const start = found === -1 ? pets.length : found;
  const edges = pets.slice(start, start + first).map((pet) => ({ cursor: encodeCursor(pet.id), node: pet }));
  return {
    edges,
    totalCount: pets.length,
    pageInfo: {
      hasNextPage: start + first < pets.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Root resolvers: graphql-js calls `rootValue[field](args, context)` for Query and Mutation fields. */
export const rootValue = Object.freeze({
  pet: ({ id }: { id: string }, ctx: GraphQLContext): Pet | null => {
    const numeric = petId(id);
    return numeric === null ? null : (ctx.state.pets.get(numeric) ?? null);
  },
  pets: (args: { first: number; after?: string | null; tag?: string | null }, ctx: GraphQLContext) =>
    petConnection(ctx.state.pets.all(args.tag ?? undefined), args.first, args.after),
  me: (_args: unknown, ctx: GraphQLContext) => ({ name: requireUser(ctx) }),
  films: (): readonly Film[] => FILMS,
  film: ({ id }: { id: string }): Film | null => FILMS.find((film) => film.id === id) ?? null,
  addPet: ({ input }: { input: Record<string, unknown> }, ctx: GraphQLContext): Pet => {
    requireUser(ctx);
    const result = validatePet(input);
    if (!result.ok) throw userError('invalid pet', { details: result.details });
    return ctx.state.pets.create(result.value);
  },
  deletePet: ({ id }: { id: string }, ctx: GraphQLContext): boolean => {
    requireUser(ctx);
    const numeric = petId(id);
    return numeric !== null && ctx.state.pets.remove(numeric);
  },
});
