/** `[not] matches schema [file]`: the value is valid against a schema; the problems found are the message. */
import { outcome, type Outcome, type SchemaCheck } from './types';

const SHOWN_PROBLEMS = 5;

export function matchesSchema(actual: unknown, schema: SchemaCheck, negated: boolean): Outcome {
  const problems = schema.validate(actual);
  const valid = problems.length === 0;
  const expected = `${negated ? 'not ' : ''}matches schema ${schema.name}`;
  const listed = problems.slice(0, SHOWN_PROBLEMS).join('; ') + (problems.length > SHOWN_PROBLEMS ? `; and ${problems.length - SHOWN_PROBLEMS} more` : '');
  const message = negated ? `Expected a value that does not match ${schema.name}, but it does.` : `Does not match ${schema.name}: ${listed}.`;
  return outcome(valid !== negated, expected, negated ? actual : problems, message);
}
