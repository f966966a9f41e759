// A route that can break the sample API's own OpenAPI description on purpose, so that tests can show
// `expect response matches schema` (and `assay run --validate-responses`) catching a server that
// drifted from its spec. GET /off-spec/pet answers a valid "Pet"; with `?drift=true` it answers one
// with wrong types and a missing property.
import { sendJson } from './http-util.js';
import type { Route } from './router.js';

/** A pet as the `Pet` schema describes it. */
export const ON_SPEC_PET = { id: 7, name: 'Seven', tag: 'dog', age: 3, createdAt: '2024-01-01T09:00:00.000Z' };

/** Against the `Pet` schema: `id` is a string, `name` a number, `age` negative, `createdAt` missing. */
export const OFF_SPEC_PET = { id: 'seven', name: 42, tag: 'dog', age: -3 };

export const offSpecRoutes: Route[] = [
  {
    path: '/off-spec/pet',
    methods: { GET: ({ res, url }) => sendJson(res, 200, url.searchParams.get('drift') === 'true' ? OFF_SPEC_PET : ON_SPEC_PET) },
  },
];
