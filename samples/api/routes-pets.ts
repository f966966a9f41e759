// Pet CRUD over REST: GET /pets (paginated, filterable by tag) and GET /pets/{id} are public;
// creating, replacing, patching and deleting need a bearer token or the API key.
import { requireUser } from './auth.js';
import { HttpError, badRequest, intQuery, readJsonObject, sendEmpty, sendJson } from './http-util.js';
import { validatePet, validatePetPatch, type Pet, type PetFields, type Validation } from './pets.js';
import type { RequestContext, Route } from './router.js';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;

function petId(ctx: RequestContext): number {
  const raw = ctx.params.id ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw badRequest('pet id must be a non-negative integer');
  return id;
}

function notFound(id: number): HttpError {
  return new HttpError(404, 'not_found', `pet ${id} not found`);
}

function validated<T>(result: Validation<T>): T {
  if (!result.ok) throw new HttpError(422, 'validation_failed', 'invalid pet', { details: result.details });
  return result.value;
}

function existingPet(ctx: RequestContext): Pet {
  const id = petId(ctx);
  const pet = ctx.state.pets.get(id);
  if (pet === undefined) throw notFound(id);
  return pet;
}

function listPets({ res, url, state }: RequestContext): void {
  const limit = intQuery(url, 'limit', { min: 1, max: MAX_PAGE_SIZE, fallback: DEFAULT_PAGE_SIZE });
  const offset = intQuery(url, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  const tag = url.searchParams.get('tag') ?? undefined;
  const matching = state.pets.all(tag);
  const headers: Record<string, string> = {};
  if (offset + limit < matching.length) {
    const next = new URLSearchParams({ limit: String(limit), offset: String(offset + limit) });
    if (tag !== undefined) next.set('tag', tag);
    headers.link = `</pets?${next}>; rel="next"`;
  }
  sendJson(res, 200, { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset }, headers);
}

async function createPet({ req, res, state }: RequestContext): Promise<void> {
  requireUser(req, state.sessions);
  const pet = state.pets.create(validated(validatePet(await readJsonObject(req))));
  sendJson(res, 201, pet, { location: `/pets/${pet.id}` });
}

/** PUT (full replace, via `validatePet`) and PATCH (partial, via `validatePetPatch`). */
async function updatePet(
  ctx: RequestContext,
  validate: (input: Record<string, unknown>) => Validation<Partial<PetFields>>,
): Promise<void> {
  requireUser(ctx.req, ctx.state.sessions);
  const { id } = existingPet(ctx);
  const changes = validated(validate(await readJsonObject(ctx.req)));
  const pet = ctx.state.pets.update(id, changes);
  if (pet === undefined) throw notFound(id);
  sendJson(ctx.res, 200, pet);
}

function deletePet(ctx: RequestContext): void {
  requireUser(ctx.req, ctx.state.sessions);
  const id = petId(ctx);
  if (!ctx.state.pets.remove(id)) throw notFound(id);
  sendEmpty(ctx.res, 204);
}

export const petRoutes: Route[] = [
  { path: '/pets', methods: { GET: listPets, POST: createPet } },
  {
    path: '/pets/{id}',
    methods: {
      GET: (ctx) => sendJson(ctx.res, 200, existingPet(ctx)),
      PUT: (ctx) => updatePet(ctx, validatePet),
      PATCH: (ctx) => updatePet(ctx, validatePetPatch),
      DELETE: deletePet,
    },
  },
];
