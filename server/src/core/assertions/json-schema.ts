/**
 * `matches schema` validation with Ajv: JSON Schema files and the response schemas of a bound OpenAPI
 * document (its `nullable`, formats and local `$ref`s into `components`/`definitions`). Input: a schema
 * and the document it lives in. Output: a `SchemaCheck` listing a value's problems as JSONPath-located
 * sentences. Compiled validators are cached per schema object.
 */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../runtime/ajv';
import type { SchemaCheck } from './types';

const MAX_PROBLEMS = 20;

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction | string>();

function validatorFor(schema: object, root: unknown): ValidateFunction | string {
  let entry = compiled.get(schema);
  if (entry === undefined) {
    ajv ??= createAjv('draft-07', { strict: false, allErrors: true, validateSchema: false });
    try {
      entry = ajv.compile(schema === root ? schema : withDefinitionsOf(schema, root));
    } catch (e) {
      entry = `the schema cannot be used: ${e instanceof Error ? e.message : String(e)}`;
    }
    compiled.set(schema, entry);
  }
  return entry;
}

/** The schema with the document's definition sections beside it, so `#/components/...` refs resolve. */
function withDefinitionsOf(schema: object, root: unknown): object {
  if (!root || typeof root !== 'object') return schema;
  const { components, definitions, $defs } = root as Record<string, unknown>;
  return { ...schema, ...(components ? { components } : {}), ...(definitions ? { definitions } : {}), ...($defs ? { $defs } : {}) };
}

function describe(error: ErrorObject): string {
  const at = `$${error.instancePath.replace(/\/([^/]+)/g, (_, key: string) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))}`;
  if (error.keyword === 'additionalProperties') return `${at} must not have the property '${error.params.additionalProperty}'`;
  const allowed = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
  return `${at} ${error.message ?? 'is invalid'}${allowed}`;
}

/** A `SchemaCheck` for `schema`, named `name` in messages; `root` is the document its `$ref`s point into. */
export function jsonSchemaCheck(name: string, schema: unknown, root: unknown = schema): SchemaCheck {
  return {
    name,
    validate(value) {
      if (typeof schema === 'boolean') return schema ? [] : ['the schema accepts nothing'];
      if (!schema || typeof schema !== 'object') return ['the schema is not an object'];
      const validate = validatorFor(schema, root);
      if (typeof validate === 'string') return [validate];
      if (validate(value)) return [];
      return (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(describe);
    },
  };
}
