/** `[not] contains v`: a text holds a substring, an array an element equal to `v`, an object the key `v`. */
import { deepEqual } from './deep-equal';
import { show, typeName } from './show';
import { outcome, type Outcome } from './types';

export function contains(actual: unknown, expected: unknown, negated: boolean): Outcome {
  let holds: boolean;
  if (typeof actual === 'string') {
    if (typeof expected !== 'string' && typeof expected !== 'number') {
      return outcome(false, expected, actual, `A text can only contain a text, not ${typeName(expected)} ${show(expected)}.`);
    }
    holds = actual.includes(String(expected));
  } else if (Array.isArray(actual)) holds = actual.some((item) => deepEqual(item, expected));
  else if (actual !== null && typeof actual === 'object') holds = typeof expected === 'string' && Object.prototype.hasOwnProperty.call(actual, expected);
  else return outcome(false, expected, actual, `Expected a text, array or object to look into, got ${typeName(actual)} ${show(actual)}.`);
  const verb = negated ? 'not to contain' : 'to contain';
  return outcome(holds !== negated, `${negated ? 'not ' : ''}contains ${show(expected)}`, actual, `Expected ${show(actual)} ${verb} ${show(expected)}.`);
}
