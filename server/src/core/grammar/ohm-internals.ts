/**
 * The parts of ohm-js 17's internals that the grammar's fast paths rely on: its parsing expressions
 * (`pexprs`), the match state and the tree node classes. None of it is Ohm's public API, so each
 * accessor returns undefined when the internals do not look as expected, and the callers then leave
 * Ohm as it is.
 */
import * as ohm from 'ohm-js';

export interface InputStream {
  source: string;
  pos: number;
  examinedLength: number;
}

export interface MatchState {
  grammar: object;
  inputStream: InputStream;
  recordedFailures?: object;
  trace?: unknown;
  doNotMemoize: boolean;
  rightmostFailurePosition: number;
  _bindings: unknown[];
  _bindingOffsets: number[];
  _posStack: number[];
  _applicationStack: PExpr[];
  _rightmostFailurePositionStack: number[];
  inLexifiedContextStack: boolean[];
  posToOffset(pos: number): number;
  pushBinding(node: unknown, pos: number): void;
  eval(expr: PExpr): boolean;
}

export interface PExpr {
  eval(state: MatchState): boolean;
  [key: string]: unknown;
}

export type NodeClass = new (...args: unknown[]) => { matchLength: number };

export const pexprs = (ohm as unknown as { pexprs: Record<string, new (...args: unknown[]) => PExpr> }).pexprs;

export function is(expr: unknown, kind: string): boolean {
  return expr instanceof pexprs[kind];
}

export interface NodeClasses {
  Terminal: NodeClass;
  Iteration: NodeClass;
  Nonterminal: NodeClass;
}

/** Ohm's node classes, taken from the tree of a tiny match (`digits` on "0"). */
export function nodeClasses(grammar: ohm.Grammar): NodeClasses | undefined {
  try {
    const probe = grammar.match('0', 'digits');
    type Probe = { constructor: NodeClass; children: { constructor: NodeClass; children: { constructor: NodeClass }[] }[] };
    const root = (probe as unknown as { _cst: Probe })._cst;
    const iteration = root.children[0];
    const terminal = iteration.children[0];
    if (root.constructor.name !== 'NonterminalNode' || iteration.constructor.name !== 'IterationNode' || terminal.constructor.name !== 'TerminalNode') {
      return undefined;
    }
    return { Terminal: terminal.constructor, Iteration: iteration.constructor, Nonterminal: root.constructor };
  } catch {
    return undefined;
  }
}

/** The prototype of Ohm's match state, caught from a tiny match. */
export function matchStatePrototype(grammar: ohm.Grammar): Record<string, unknown> | undefined {
  const apply = pexprs.Apply.prototype;
  const original = apply.eval;
  let caught: object | undefined;
  apply.eval = function (this: PExpr, state: MatchState): boolean {
    caught ??= Object.getPrototypeOf(state) as object;
    return original.call(this, state);
  };
  try {
    grammar.match('0', 'digits');
  } finally {
    apply.eval = original;
  }
  return caught as Record<string, unknown> | undefined;
}
