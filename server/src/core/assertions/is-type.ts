/** `is [not] <type>`: the value has the type (see `type-tests.ts` for what each type means). */
import { show, typeName } from './show';
import { isTypeName, TYPE_TESTS } from './type-tests';
import { outcome, type Outcome } from './types';

export function isType(actual: unknown, type: string, negated: boolean): Outcome {
  const expected = `is ${negated ? 'not ' : ''}${type}`;
  if (!isTypeName(type)) return outcome(false, expected, actual, `Unknown type "${type}".`);
  const holds = TYPE_TESTS[type](actual);
  const article = /^[aeiou]/.test(type) ? 'an' : 'a';
  const message = negated
    ? `Expected a value that is not ${article} ${type}, got ${show(actual)}.`
    : `Expected ${article} ${type}, got ${typeName(actual)} ${show(actual)}.`;
  return outcome(holds !== negated, expected, actual, message);
}
