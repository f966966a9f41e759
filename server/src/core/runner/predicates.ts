/**
 * Turns the predicate of an `expect` as written into one the assertions can check: its operand evaluated
 * in the step's scope, its regex compiled, its schema loaded. Throws `EvalError` when an operand cannot be
 * computed (an undefined variable, an invalid regex).
 */
import type { Predicate } from '../ast';
import type { AssertionPredicate, SchemaCheck } from '../assertions';
import { evaluate } from './interpolate';
import type { Lookup } from './scope';
import { EvalError } from './values';

/** Where `matches schema` finds its schemas. */
export interface SchemaSource {
  /** The JSON Schema in a file named relative to the `.assay` file. */
  file(relative: string): SchemaCheck;
  /** The schema bound with `use openapi|graphql` for the current response. */
  bound(): SchemaCheck;
}

export function toAssertion(predicate: Predicate, scope: Lookup, schemas: SchemaSource): AssertionPredicate {
  switch (predicate.kind) {
    case 'Compare':
      return { kind: 'compare', op: predicate.op, expected: evaluate(predicate.value, scope) };
    case 'Contains':
      return { kind: 'contains', negated: predicate.negated, expected: evaluate(predicate.value, scope) };
    case 'Matches':
      return { kind: 'matches', negated: predicate.negated, regex: compileRegex(predicate.regex.pattern, predicate.regex.flags) };
    case 'Is':
      return { kind: 'is', negated: predicate.negated, type: predicate.type };
    case 'In': {
      const values = evaluate(predicate.values, scope);
      return { kind: 'in', negated: predicate.negated, values: Array.isArray(values) ? values : [values] };
    }
    case 'Exists':
      return { kind: 'exists', negated: predicate.negated };
    case 'MatchesSchema':
      return { kind: 'schema', negated: predicate.negated, schema: predicate.file ? schemas.file(predicate.file.value) : schemas.bound() };
  }
}

/** A regex from its pattern and flags; throws `EvalError` when it is invalid. */
export function compileRegex(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags.replace(/g/g, ''));
  } catch (e) {
    throw new EvalError(`invalid regular expression /${pattern}/${flags}: ${(e as Error).message}`);
  }
}
