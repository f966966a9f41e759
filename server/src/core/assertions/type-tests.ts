/**
 * What each type of `is <type>` means, one test per name of the shared type list (`TYPE_NAMES`), so the
 * compiler flags a type that the checks accept but the runner does not implement.
 */
import type { TypeName } from '../semantic/vocabulary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !isDate(m[1])) return false;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const zoneOk = m[7] === undefined || (Number(m[7]) < 24 && Number(m[8]) < 60);
  return h < 24 && mi < 60 && s <= 60 && zoneOk;
}

function isUri(text: string): boolean {
  if (!URI.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const isText = (test: (s: string) => boolean) => (v: unknown) => typeof v === 'string' && test(v);

/** The test of every type name. `empty` also holds for the text of a response without a body (`""`). */
export const TYPE_TESTS: Readonly<Record<TypeName, (value: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
  object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  null: (v) => v === null,
  uuid: isText((s) => UUID.test(s)),
  email: isText((s) => EMAIL.test(s)),
  'date-time': isText(isDateTime),
  date: isText(isDate),
  uri: isText(isUri),
  empty: (v) => v === '' || (Array.isArray(v) && v.length === 0) || (v !== null && typeof v === 'object' && Object.keys(v).length === 0),
};

/** True when `name` is a type that `is` knows. */
export function isTypeName(name: string): name is TypeName {
  return Object.prototype.hasOwnProperty.call(TYPE_TESTS, name);
}
