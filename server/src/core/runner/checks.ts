/**
 * Applies a step's expectations and captures to its response, in source order, so a capture can be used
 * by the lines below it. Input: the checks, the response, the scope to capture into. Output: one result
 * per check (captures set, assertions passed or failed). A capture that finds nothing is a failed result.
 * Never throws: whatever goes wrong becomes a failed result with its cause.
 */
import type { Check, Condition } from '../ast';
import { assert, type Outcome } from '../assertions';
import type { SourceLocation } from './events';
import { captureValue } from './captures';
import type { SourceFile } from './location';
import { toAssertion, type SchemaSource } from './predicates';
import type { Response } from './response';
import type { Scope } from './scope';
import { subjectValue } from './subjects';

export type CheckResult =
  | { kind: 'capture'; name: string; value: unknown; location: SourceLocation }
  | { kind: 'assertion'; passed: boolean; source: string; expected: unknown; actual: unknown; message: string; location: SourceLocation };

/** What checks need besides the response: the scope, where the checks are written, and the schemas. */
export interface CheckContext {
  scope: Scope;
  file: SourceFile;
  schemas: SchemaSource;
}

/** Applies `checks` to `response` in order; captures go into `ctx.scope`. */
export function applyChecks(checks: readonly Check[], response: Response, ctx: CheckContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const location = ctx.file.location(check.span);
    const source = ctx.file.source(check.span);
    if (check.kind === 'Expect') {
      results.push({ kind: 'assertion', source, location, ...checkCondition(check, response, ctx) });
      continue;
    }
    const captured = safely(() => captureValue(check.source, response), (message) => ({ ok: false as const, reason: message }));
    if (captured.ok) {
      ctx.scope.locals.set(check.name.name, captured.value);
      results.push({ kind: 'capture', name: check.name.name, value: captured.value, location });
    } else {
      const message = `Cannot capture ${check.name.name}: ${captured.reason}.`;
      results.push({ kind: 'assertion', passed: false, source, expected: 'a value', actual: undefined, message, location });
    }
  }
  return results;
}

/** Checks one condition (an `expect`, or a `retry ... until`) against a response. */
export function checkCondition(condition: Condition, response: Response, ctx: CheckContext): Outcome {
  return safely(
    () => assert(toAssertion(condition.predicate, ctx.scope, ctx.schemas), subjectValue(condition.subject, response, ctx.scope)),
    (message) => ({ passed: false, expected: undefined, actual: undefined, message: `${message}.` }),
  );
}

function safely<T>(run: () => T, fail: (message: string) => T): T {
  try {
    return run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(message.charAt(0).toUpperCase() + message.slice(1).replace(/\.$/, ''));
  }
}
