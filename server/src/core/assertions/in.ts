/** `[not] in [a, b]`: the value equals one of the listed values (deep equality). */
import { deepEqual } from './deep-equal';
import { show } from './show';
import { outcome, type Outcome } from './types';

export function inList(actual: unknown, values: unknown[], negated: boolean): Outcome {
  const holds = values.some((v) => deepEqual(actual, v));
  const message = negated ? `Expected none of ${show(values)}, got ${show(actual)}.` : `Expected one of ${show(values)}, got ${show(actual)}.`;
  return outcome(holds !== negated, `${negated ? 'not ' : ''}in ${show(values)}`, actual, message);
}
