/**
 * Strings cut from a spec's text without keeping that text alive. Parsers (js-yaml, graphql's lexer)
 * take scalars and names as slices of the file's text, and V8 keeps the whole text for as long as
 * any slice of 13 characters or more lives: one description keeps the whole file in memory.
 */

/** V8 copies shorter slices instead of pointing into their parent. */
const MIN_SLICE_LENGTH = 13;

/** `value` as a string of its own: JSON.parse builds a fresh string, never a slice of its input. */
export function ownString<T>(value: T): T {
  return typeof value === 'string' && value.length >= MIN_SLICE_LENGTH ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
