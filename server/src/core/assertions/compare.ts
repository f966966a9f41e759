/**
 * `== v`, `!= v` (deep equality of JSON values, no coercion) and `< <= > >=` (numbers by value, strings
 * by code point; anything else cannot be ordered).
 */
import type { CompareOp } from '../ast';
import { deepEqual } from './deep-equal';
import { show, typeName } from './show';
import { outcome, type Outcome } from './types';

export function compare(actual: unknown, op: CompareOp, expected: unknown): Outcome {
  if (op === '==') return outcome(deepEqual(actual, expected), expected, actual, `Expected ${show(expected)}, got ${show(actual)}.`);
  if (op === '!=') return outcome(!deepEqual(actual, expected), expected, actual, `Expected anything but ${show(expected)}, got it.`);
  const comparable =
    (typeof actual === 'number' && typeof expected === 'number') || (typeof actual === 'string' && typeof expected === 'string');
  if (!comparable) {
    return outcome(false, expected, actual, `Cannot compare ${typeName(actual)} ${show(actual)} ${op} ${typeName(expected)} ${show(expected)}: order needs two numbers or two strings.`);
  }
  const a = actual as number | string;
  const b = expected as number | string;
  const holds = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
  return outcome(holds, `${op} ${show(expected)}`, actual, `Expected a value ${op} ${show(expected)}, got ${show(actual)}.`);
}
