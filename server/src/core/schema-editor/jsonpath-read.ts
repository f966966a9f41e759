/** A JSONPath written so far (`$.items[0].na`) as the steps schemas are walked by, and the partial name at its end. */
import { splitPath, type Partial } from '../completion/providers/jsonpath';
import type { PathSegment } from '../schema';

/** The complete segments of `text` (`*` for wildcards, filters and slices) and what is typed after them. */
export function readJsonPath(text: string): { path: PathSegment[]; partial: Partial } | undefined {
  const parsed = splitPath(text);
  if (!parsed) return undefined;
  const path = parsed.segments.map((s): PathSegment => (s === 'children' ? '*' : 'name' in s ? s.name : s.index));
  return { path, partial: parsed.partial };
}
