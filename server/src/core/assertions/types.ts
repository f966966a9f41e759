/**
 * The shapes every assertion predicate shares: what the subject gave (`Actual`), the predicate with its
 * operand already evaluated (`AssertionPredicate`), and the verdict (`Outcome`). Plain data.
 */
import type { CompareOp } from '../ast';

/** What a subject gave: a value, or why there is none (a missing JSONPath, an absent header ...). */
export type Actual = { found: true; value: unknown } | { found: false; reason: string };

/** A predicate of `expect`, with its operand evaluated by the runner. */
export type AssertionPredicate =
  | { kind: 'compare'; op: CompareOp; expected: unknown }
  | { kind: 'contains'; negated: boolean; expected: unknown }
  | { kind: 'matches'; negated: boolean; regex: RegExp }
  | { kind: 'is'; negated: boolean; type: string }
  | { kind: 'in'; negated: boolean; values: unknown[] }
  | { kind: 'exists'; negated: boolean }
  | { kind: 'schema'; negated: boolean; schema: SchemaCheck };

/** A schema to validate against: its name for messages and a function listing the problems of a value. */
export interface SchemaCheck {
  name: string;
  /** The problems of `value` (empty when valid), or one problem saying why it cannot be checked. */
  validate(value: unknown): string[];
}

/** The verdict of one predicate on one value. */
export interface Outcome {
  passed: boolean;
  expected: unknown;
  actual: unknown;
  /** Why it failed, in one sentence; empty when it passed. */
  message: string;
}

/** Builds an outcome: the message is kept only when the check failed. */
export function outcome(passed: boolean, expected: unknown, actual: unknown, message: string): Outcome {
  return { passed, expected, actual, message: passed ? '' : message };
}
