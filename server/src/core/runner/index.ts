/** The test runner: `runFiles` runs `.assay` files and reports a stream of events (see `events.ts`). */
export { runFiles, DEFAULT_MAX_BODY_BYTES } from './run-files';
export { MASK } from './secrets';
export type { ProxySettings, RunFiles, RunOptions } from './api';
export type * from './events';
