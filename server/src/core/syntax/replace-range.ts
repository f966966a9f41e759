/**
 * Splicing a long column in place. Copying a column per edit (`slice` + `concat`) makes a new array of
 * every chunk's entry each keystroke: on a 10 MB file ~160 KB per column, garbage that only a major GC
 * frees. Moving the tail in place costs the same time and allocates nothing unless the column grows.
 */

/** Replaces `removed` elements of `column` at `at` with `middle`, in place. */
export function replaceRange<T>(column: T[], at: number, removed: number, middle: readonly T[]): void {
  const grow = middle.length - removed;
  if (grow > 0) {
    // `push` keeps the array packed (setting `length` would leave holes).
    for (let k = 0; k < grow; k++) column.push(column[column.length - 1]);
    for (let i = column.length - 1 - grow; i >= at + removed; i--) column[i + grow] = column[i];
  } else if (grow < 0) {
    for (let i = at + removed; i < column.length; i++) column[i + grow] = column[i];
    column.length += grow;
  }
  for (let k = 0; k < middle.length; k++) column[at + k] = middle[k];
}
