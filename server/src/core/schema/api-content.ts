/**
 * The media-type entries of request and response bodies (`ApiContent`), for the OpenAPI 3 and the
 * Swagger 2.0 index alike: each built in one literal (a property added afterwards goes to a separate,
 * growable store), and one shared empty list for the many media types without examples (and for the
 * index's other empty read-only lists).
 */
import type { ApiContent, JsonSchema } from './types';

/** The one empty list for every read-only list of the index that is empty: most examples and many contents. */
export const NONE: readonly never[] = Object.freeze([]);

export function apiContent(mediaType: string, schema: unknown, examples: readonly unknown[] = NONE): ApiContent {
  return {
    mediaType,
    ...(schema && typeof schema === 'object' ? { schema: schema as JsonSchema } : {}),
    examples: examples.length > 0 ? examples : NONE,
  };
}
