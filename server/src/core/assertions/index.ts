/**
 * The assertion predicates of `expect`, one per file, behind one function: `assert(predicate, actual)`.
 * Input: a predicate whose operand the runner has evaluated, and what the subject gave. Output: an
 * `Outcome` with expected, actual and a one-sentence message. Pure; never throws.
 */
import { compare } from './compare';
import { contains } from './contains';
import { exists } from './exists';
import { inList } from './in';
import { isType } from './is-type';
import { matches } from './matches';
import { matchesSchema } from './matches-schema';
import { outcome, type Actual, type AssertionPredicate, type Outcome } from './types';

export type { Actual, AssertionPredicate, Outcome, SchemaCheck } from './types';
export { TYPE_TESTS } from './type-tests';
export { jsonSchemaCheck } from './json-schema';

/** Checks `predicate` against what the subject gave. A missing value fails every predicate but `exists`. */
export function assert(predicate: AssertionPredicate, actual: Actual): Outcome {
  if (predicate.kind === 'exists') return exists(actual, predicate.negated);
  if (!actual.found) return outcome(false, expectedOf(predicate), undefined, `Expected a value, but ${actual.reason}.`);
  const value = actual.value;
  switch (predicate.kind) {
    case 'compare':
      return compare(value, predicate.op, predicate.expected);
    case 'contains':
      return contains(value, predicate.expected, predicate.negated);
    case 'matches':
      return matches(value, predicate.regex, predicate.negated);
    case 'is':
      return isType(value, predicate.type, predicate.negated);
    case 'in':
      return inList(value, predicate.values, predicate.negated);
    case 'schema':
      return matchesSchema(value, predicate.schema, predicate.negated);
  }
}

function expectedOf(predicate: AssertionPredicate): unknown {
  switch (predicate.kind) {
    case 'compare':
      return predicate.expected;
    case 'contains':
      return predicate.expected;
    case 'matches':
      return String(predicate.regex);
    case 'is':
      return predicate.type;
    case 'in':
      return predicate.values;
    case 'schema':
      return predicate.schema.name;
    case 'exists':
      return 'exists';
  }
}
