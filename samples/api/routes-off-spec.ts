// A route that breaks the sample API's own OpenAPI description on purpose, so that tests can show
// `expect response matches schema` (and `assay run --validate-responses`) catching a server that
// drifted from its spec: GET /off-spec/pet answers a "Pet" with wrong types and a missing property.
import { sendJson } from './http-util.js';
import type { Route } from './router.js';

/** Against the `Pet` schema: `id` is a string, `name` a number, `age` negative, `createdAt` missing. */
export const OFF_SPEC_PET = { id: 'seven', name: 42, tag: 'dog', age: -3 };

export const offSpecRoutes: Route[] = [{ path: '/off-spec/pet', methods: { GET: ({ res }) => sendJson(res, 200, OFF_SPEC_PET) } }];
