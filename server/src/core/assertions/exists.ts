/** `[not] exists`: the subject gave something (`null` counts), the header is present, the variable is set. */
import { show } from './show';
import { outcome, type Actual, type Outcome } from './types';

export function exists(actual: Actual, negated: boolean): Outcome {
  const value = actual.found ? actual.value : undefined;
  const message = negated ? `Expected nothing, got ${show(value)}.` : `Expected a value, but ${actual.found ? 'got one' : actual.reason}.`;
  return outcome(actual.found !== negated, negated ? 'not exists' : 'exists', value, message);
}
