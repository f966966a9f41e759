/**
 * Ajv, loaded on first use rather than when the module that uses it loads: only runs that validate a
 * value against a JSON Schema (`matches schema`, a bound OpenAPI response) need it, and loading Ajv and
 * its formats cost every `assay run` a few milliseconds of start-up.
 */
import type Ajv from 'ajv';
import type { Options } from 'ajv';
import type * as AjvModules from './ajv-modules';

/** The JSON Schema dialects Ajv validates here: draft-07 (also OpenAPI 3.0 and Swagger 2.0), 2020-12 (OpenAPI 3.1). */
export type AjvDialect = 'draft-07' | '2020-12';

/** A new Ajv instance for `dialect`, with the standard formats (`date-time`, `email`, `uuid`, ...). */
export function createAjv(dialect: AjvDialect, options: Options): Ajv {
  const { Ajv: Draft07, Ajv2020, addFormats } = require('./ajv-modules') as typeof AjvModules;
  return addFormats(dialect === '2020-12' ? new Ajv2020(options) : new Draft07(options));
}
