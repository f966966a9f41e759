/**
 * `--validate-responses`: each response of a file that binds a schema is checked against it, as if its
 * request had `expect response matches schema`; skipped for a request that says so itself. The result
 * is one more assertion of the step, at the request line.
 */
import type { RequestStep } from '../ast';
import { matchesSchema } from '../assertions/matches-schema';
import type { CheckResult } from './checks';
import type { Frame, RunContext } from './context';
import type { Response } from './response';

export function automaticSchemaCheck(step: RequestStep, response: Response, frame: Frame, ctx: RunContext): CheckResult | undefined {
  if (!ctx.validateResponses) return undefined;
  const explicit = step.checks.some((c) => c.kind === 'Expect' && c.subject.kind === 'Response' && c.predicate.kind === 'MatchesSchema' && !c.predicate.file);
  if (explicit) return undefined;
  const schema = ctx.schemas.automatic(frame.modulePath, response);
  if (!schema) return undefined;
  const body = response.json();
  const value = body.ok ? body.value : response.http.body.length === 0 ? undefined : response.text;
  const result = matchesSchema(value, schema, false);
  return {
    kind: 'assertion',
    passed: result.passed,
    source: 'response matches schema (--validate-responses)',
    expected: result.expected,
    actual: result.actual,
    message: result.message,
    location: frame.source.location(step.span),
  };
}
