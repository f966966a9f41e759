/** Copies of strings that do not keep a larger string alive. */

/** V8 copies slices shorter than this instead of pointing into the string they were cut from. */
const MIN_VIEW_LENGTH = 13;

/**
 * The same text in a string of its own. V8 may keep a slice as a view of the string it was cut from;
 * a piece of a large document kept that way would keep the whole document (every version of it) alive,
 * and one description cut from a spec would keep the whole spec's text.
 */
export function ownCopy(slice: string): string {
  // JSON.parse builds a fresh flat string: no view of the input, nor a view of a copy (as `(' ' + s).slice(1)` is).
  return slice.length < MIN_VIEW_LENGTH ? slice : (JSON.parse(JSON.stringify(slice)) as string);
}
