/**
 * The head of a top-level item as a string: everything file-scope checks may read of it (see
 * `CheckMeta.scope`: all but its `span` and `steps`), with spans relative to the item's chunk. Input:
 * an item whose spans are exact and its chunk's start. Two items with equal keys give file-scope
 * checks the same answers, at the same places relative to their chunks.
 */
import type { Span, TopItem } from '../ast';

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

/** The head key of `item`, whose chunk starts at `base`. */
export function headKey(item: TopItem, base: number): string {
  return JSON.stringify(item, function (this: unknown, key: string, value: unknown) {
    if (this === item && (key === 'span' || key === 'steps')) return undefined;
    return isSpan(value) ? [value.start - base, value.end - base] : value;
  });
}
