/**
 * Rule applications without Ohm's packrat memo. Ohm records every application at every position (a
 * position record, a memo entry, a copy of the failures) so that a rule tried again at the same place
 * answers at once, and so that left recursion can be grown. On Assay files that memo is almost never
 * read: of about 2.1 million applications in a 1 MB suite, 2.3% found an entry, all of them cheap rules
 * (`digits`, `kwNot`, `kwMatches`). Writing it was a fifth of a match's time and most of its garbage.
 *
 * For a grammar given to `installFastApplications`, an application evaluates its rule's body and builds
 * the same node with the same offsets and failure position, and remembers nothing. It is only correct
 * for grammars without left recursion (Assay's has none): Ohm needs the memo to grow a left-recursive
 * rule. While Ohm records failures (the second pass that explains an error) or traces, applications
 * take Ohm's own path, memo included, so messages and expected sets are unchanged.
 */
import type * as ohm from 'ohm-js';
import { pexprs, type MatchState, type NodeClass, type PExpr } from './ohm-internals';

interface Application extends PExpr {
  ruleName: string;
  args: PExpr[];
  substituteParams(actuals: PExpr[]): Application;
}
interface Rule {
  body: PExpr & { getArity(): number };
  description?: string;
}
type Grammar = { rules: Record<string, Rule> };

const FAST = Symbol('assay.fastApplications');
const arities = new Map<PExpr, number>();

/** Makes the applications of `grammar`'s rules skip the memo (see above). */
export function installFastApplications(grammar: ohm.Grammar, Nonterminal: NodeClass): void {
  const proto = pexprs.Apply.prototype as PExpr & { [FAST]?: boolean };
  (grammar as unknown as Record<symbol, NodeClass>)[FAST] = Nonterminal;
  if (proto[FAST]) return;
  const slow = proto.eval;
  proto.eval = function (this: Application, state: MatchState): boolean {
    const Node = (state.grammar as Record<symbol, NodeClass | undefined>)[FAST];
    if (!Node || state.recordedFailures || state.trace) return slow.call(this, state);
    return apply(this, state, Node);
  };
  proto[FAST] = true;
}

/** What Ohm's application does when nothing is memoized and the rule is not left-recursive. */
function apply(application: Application, state: MatchState, Nonterminal: NodeClass): boolean {
  const stack = state._applicationStack as Application[];
  const caller = stack[stack.length - 1];
  const app = application.args.length === 0 ? application : application.substituteParams(caller ? caller.args : []);
  const rule = (state.grammar as unknown as Grammar).rules[app.ruleName];
  const input = state.inputStream;
  const origPos = input.pos;
  const outerFailure = state.rightmostFailurePosition;
  state._posStack.push(origPos);
  stack.push(app);
  state.inLexifiedContextStack.push(false);
  state.rightmostFailurePosition = -1;

  let node: unknown;
  if (state.eval(rule.body)) {
    const arity = arityOf(rule.body);
    const bindings = state._bindings;
    const offsets = state._bindingOffsets;
    const from = bindings.length - arity;
    const children = bindings.slice(from);
    const childOffsets = offsets.slice(from);
    // Popping is inlined by V8's optimizer; setting `length` is a call into the runtime (3% of a parse).
    for (let i = 0; i < arity; i++) {
      bindings.pop();
      offsets.pop();
    }
    node = new Nonterminal(app.ruleName, children, childOffsets, input.pos - origPos);
  }
  state.doNotMemoize = false;
  // A rule with a description hides the failures inside it and fails, if it does, where it started.
  if (rule.description) state.rightmostFailurePosition = node ? -1 : origPos;

  state._posStack.pop();
  stack.pop();
  state.inLexifiedContextStack.pop();
  if (state.rightmostFailurePosition < outerFailure) state.rightmostFailurePosition = outerFailure;
  if (node) state.pushBinding(node, origPos);
  return node !== undefined;
}

function arityOf(body: Rule['body']): number {
  let arity = arities.get(body);
  if (arity === undefined) {
    arity = body.getArity();
    arities.set(body, arity);
  }
  return arity;
}
