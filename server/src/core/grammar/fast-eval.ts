/**
 * Ohm's `MatchState.eval`, which wraps every evaluation of a parsing expression, without the work that
 * only Ohm's second pass (recording failures to explain an error) and tracing use. In the first pass it
 * does what Ohm does: skip spaces before the expression in a syntactic context, evaluate it, put the
 * position, bindings and user data back when it fails, and skip trailing spaces after the built-in
 * `applySyntactic` body. The per-call checks and copies for failures and traces are left out: 8% of a
 * parse of the runner benchmark's suite, with identical trees. The second pass and traces take Ohm's own,
 * and so do grammars not given to `installFastEval` (the tests compare the two).
 */
import type * as ohm from 'ohm-js';
import { matchStatePrototype, type MatchState, type PExpr } from './ohm-internals';

const FAST = Symbol('assay.fastEval');

interface EvalState extends MatchState {
  userData: unknown;
  maybeSkipSpacesBefore(expr: PExpr): number;
  truncateBindings(count: number): void;
  skipSpaces(): number;
}

/** Makes the matches of `grammar` evaluate expressions as above. */
export function installFastEval(grammar: ohm.Grammar): void {
  const proto = matchStatePrototype(grammar) as (Record<string | symbol, unknown> & { eval?: unknown }) | undefined;
  if (!proto || typeof proto.eval !== 'function') return;
  (grammar as unknown as Record<symbol, boolean>)[FAST] = true;
  if (proto[FAST]) return;
  if (!['maybeSkipSpacesBefore', 'truncateBindings', 'skipSpaces'].every((name) => typeof proto[name] === 'function')) return;
  const applySyntactic = (grammar as unknown as { rules: Record<string, { body: PExpr } | undefined> }).rules.applySyntactic?.body;
  if (!applySyntactic) return;
  const slow = proto.eval as (this: EvalState, expr: PExpr) => boolean;
  proto.eval = function (this: EvalState, expr: PExpr): boolean {
    if (this.recordedFailures || this.trace || !(this.grammar as Record<symbol, boolean | undefined>)[FAST]) return slow.call(this, expr);
    const input = this.inputStream;
    const bindings = this._bindings.length;
    const userData = this.userData;
    const pos = input.pos;
    this.maybeSkipSpacesBefore(expr);
    const matched = expr.eval(this);
    if (!matched) {
      input.pos = pos;
      this.truncateBindings(bindings);
      this.userData = userData;
    }
    if (expr === applySyntactic) this.skipSpaces();
    return matched;
  };
  proto[FAST] = true;
}
