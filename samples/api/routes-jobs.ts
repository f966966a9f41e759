// Polling routes: POST /jobs starts a job (202), GET /jobs/{id} reports its progress.
import { HttpError, sendJson } from './http-util.js';
import type { Route } from './router.js';

export const jobRoutes: Route[] = [
  {
    path: '/jobs',
    methods: {
      POST: ({ res, state }) => {
        const job = state.jobs.create();
        sendJson(res, 202, job, { location: `/jobs/${job.id}` });
      },
    },
  },
  {
    path: '/jobs/{id}',
    methods: {
      GET: ({ res, params, state }) => {
        const id = params.id ?? '';
        const job = state.jobs.poll(id);
        if (job === undefined) throw new HttpError(404, 'not_found', `job ${id} not found`);
        sendJson(res, 200, job);
      },
    },
  },
];
