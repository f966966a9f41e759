// Starts the Assay sample API (REST + GraphQL) on node:http. Each started instance has its own
// fresh in-memory state; close() also drops keep-alive connections so it never hangs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRouter, type Route } from './router.js';
import { authRoutes } from './routes-auth.js';
import { contentRoutes } from './routes-content.js';
import { graphqlRoutes } from './routes-graphql.js';
import { jobRoutes } from './routes-jobs.js';
import { offSpecRoutes } from './routes-off-spec.js';
import { petRoutes } from './routes-pets.js';
import { testingRoutes } from './routes-testing.js';
import { uploadRoutes } from './routes-upload.js';
import { createAppState } from './state.js';

export interface SampleApiOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; 127.0.0.1 by default. */
  host?: string;
}

export interface SampleApi {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const ROUTES: readonly Route[] = [
  ...authRoutes,
  ...petRoutes,
  ...uploadRoutes,
  ...jobRoutes,
  ...graphqlRoutes,
  ...testingRoutes,
  ...contentRoutes,
  ...offSpecRoutes,
];

export async function startSampleApi(options: SampleApiOptions = {}): Promise<SampleApi> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createRouter(ROUTES, createAppState()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
