/**
 * The statuses a request's `expect status == N` or `expect status in [...]` lines name, with where
 * each is written. Shared by `undeclared-status` and `jsonpath-not-in-schema`. Not a check itself.
 */
import type { RequestStep, Span } from '../ast';

export function expectedStatuses(request: RequestStep): Array<{ status: number; span: Span }> {
  const out: Array<{ status: number; span: Span }> = [];
  for (const check of request.checks) {
    if (check.kind !== 'Expect' || check.subject.kind !== 'Status') continue;
    const predicate = check.predicate;
    if (predicate.kind === 'Compare' && predicate.op === '==' && predicate.value.kind === 'Number') out.push({ status: predicate.value.value, span: predicate.value.span });
    if (predicate.kind === 'In' && !predicate.negated) {
      for (const item of predicate.values.items) if (item.kind === 'Number') out.push({ status: item.value, span: item.span });
    }
  }
  return out;
}
