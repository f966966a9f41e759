/** Copies of strings that do not keep a larger string alive. */

/**
 * The same text in a string of its own. V8 may keep a slice as a view of the string it was cut from;
 * a piece of a large document kept that way would keep the whole document (every version of it) alive.
 */
export function ownCopy(slice: string): string {
  return (' ' + slice).slice(1);
}
