/** `[not] matches /re/flags`: the text (or a number written as text) matches the regular expression. */
import { show, typeName } from './show';
import { outcome, type Outcome } from './types';

export function matches(actual: unknown, regex: RegExp, negated: boolean): Outcome {
  const expected = `${negated ? 'not ' : ''}matches ${String(regex)}`;
  if (typeof actual !== 'string' && typeof actual !== 'number') {
    return outcome(false, expected, actual, `Expected a text to match ${String(regex)}, got ${typeName(actual)} ${show(actual)}.`);
  }
  regex.lastIndex = 0;
  const holds = regex.test(String(actual));
  return outcome(holds !== negated, expected, actual, `Expected ${show(actual)} ${negated ? 'not to match' : 'to match'} ${String(regex)}.`);
}
