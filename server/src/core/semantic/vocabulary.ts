/**
 * The fixed words of assertions, in one place: the type names of `is <type>` and the subject words of
 * `expect <subject>`. The checks, completion and the runner (which implements each type) read them here.
 */

/** The types an `is` predicate accepts; the runner implements each one. */
export const TYPE_NAMES = [
  'string',
  'integer',
  'number',
  'boolean',
  'array',
  'object',
  'null',
  'uuid',
  'email',
  'date-time',
  'date',
  'uri',
  'empty',
] as const;

export type TypeName = (typeof TYPE_NAMES)[number];

/** Subjects written as one word. */
export const SUBJECT_WORDS = ['status', 'duration', 'body', 'response'] as const;

/** Subjects that need an argument after their word, with an example of each. */
export const SUBJECT_FORMS: Readonly<Record<string, string>> = {
  header: 'header "Content-Type"',
  count: 'count $.items',
};
