/**
 * The media-type entries of request and response bodies (`ApiContent`), for the OpenAPI 3 and the
 * Swagger 2.0 index alike: each built in one literal (a property added afterwards goes to a separate,
 * growable store), and one shared empty list for the many media types without examples.
 */
import type { ApiContent, JsonSchema } from './types';

const NO_EXAMPLES: readonly unknown[] = Object.freeze([]);

export function apiContent(mediaType: string, schema: unknown, examples: readonly unknown[] = NO_EXAMPLES): ApiContent {
  return {
    mediaType,
    ...(schema && typeof schema === 'object' ? { schema: schema as JsonSchema } : {}),
    examples: examples.length > 0 ? examples : NO_EXAMPLES,
  };
}
