/**
 * The Ajv modules the validators use, in one module so that `ajv.ts` can load them on first use in one
 * step. The CLI build bundles this file on its own (`lib-ajv.js`, see scripts/build.mjs): Ajv's formats
 * generate code with Ajv's own code builder, so the three must come from the same copy of Ajv.
 */
export { default as Ajv } from 'ajv';
export { default as Ajv2020 } from 'ajv/dist/2020';
export { default as addFormats } from 'ajv-formats';
