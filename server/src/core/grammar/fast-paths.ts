/**
 * Faster evaluation of the grammar's character loops, with the same results. Ohm evaluates a character
 * class such as `("a".."z" | "A".."Z" | "_")` one alternative at a time, each through its generic
 * evaluation step, and a loop over it one character at a time the same way: most of a match's time on
 * Assay files. `installFastPaths` gives those expressions of one grammar (found inside lexical rules,
 * where no spaces are skipped between characters) an evaluation that tests a character code against a
 * table and builds the same tree nodes, offsets and failure position. Two more steps Ohm takes all the
 * time are made cheap: skipping spaces before each part of a syntactic rule (a recognizer compiled from
 * the grammar's `spaces` rule instead of a memoized rule application whose result is dropped), and
 * asking whether a rule is syntactic (cached instead of upper-casing its name each time). Rule
 * applications skip Ohm's memo (fast-applications.ts).
 *
 * While Ohm records failures to explain an error (a second pass over a failed input) or traces, the
 * expressions fall back to Ohm's own evaluation, so error messages and expected sets are unchanged.
 * Written against ohm-js 17 internals (ohm-internals.ts); `installFastPaths` checks that they look as
 * expected and leaves the grammar untouched otherwise.
 */
import type * as ohm from 'ohm-js';
import { installFastApplications } from './fast-applications';
import { installFastEval } from './fast-eval';
import { is, matchStatePrototype, nodeClasses, pexprs, type MatchState, type NodeClass, type PExpr } from './ohm-internals';

/** Inclusive code-unit ranges, flattened: [from0, to0, from1, to1, ...]. */
type CharClass = number[];

/** Installs the fast paths on `grammar` (the Assay grammar: the probes match its `digits` rule). */
export function installFastPaths(grammar: ohm.Grammar): void {
  if (!['Alt', 'Seq', 'Iter', 'Opt', 'Range', 'Terminal', 'Apply'].every((kind) => typeof pexprs?.[kind] === 'function')) return;
  const nodes = nodeClasses(grammar);
  if (!nodes) return;
  cacheSyntacticFlag();
  installFastEval(grammar);
  installFastApplications(grammar, nodes.Nonterminal);
  const rules = (grammar as unknown as { rules: Record<string, { body: PExpr }> }).rules;
  const skip = rules.spaces && recognizer(rules.spaces.body);
  if (skip) fastSpaces(grammar, skip);
  // Terminal nodes hold only their length and are never changed: one node serves every character.
  const built: Built = { oneChar: new nodes.Terminal(1), Iteration: nodes.Iteration };
  for (const name of Object.keys(rules)) {
    if (name[0] !== name[0].toLowerCase()) continue;
    visit(rules[name].body, built);
  }
}

/** What the fast paths put in the tree: the terminal node of one character, and iteration nodes. */
interface Built {
  oneChar: object;
  Iteration: NodeClass;
}

function visit(expr: PExpr, nodes: Built): void {
  if (is(expr, 'Iter') && !is(expr, 'Opt')) {
    const inner = choice(expr.expr as PExpr);
    if (inner) {
      expr.eval = fastLoopEval(inner, expr, nodes);
      if (is(expr.expr, 'Alt')) (expr.expr as PExpr).eval = fastChoiceEval(inner, expr.expr as PExpr, nodes.oneChar);
      inner.rest.forEach((term) => visit(term, nodes));
      return;
    }
  }
  const own = is(expr, 'Alt') ? choice(expr) : undefined;
  if (own) {
    expr.eval = fastChoiceEval(own, expr, nodes.oneChar);
    own.rest.forEach((term) => visit(term, nodes));
    return;
  }
  for (const key of ['terms', 'factors']) {
    const children = expr[key];
    if (Array.isArray(children)) for (const child of children) visit(child as PExpr, nodes);
  }
  if (expr.expr && typeof expr.expr === 'object') visit(expr.expr as PExpr, nodes);
}

/**
 * A choice that starts with single characters: the class of those first alternatives, tried as one,
 * and the alternatives after them, tried in order when the character is not in the class. Undefined
 * when the expression does not start with a character or matches more than one value.
 */
interface Choice {
  cls: CharClass;
  rest: PExpr[];
}

function choice(expr: PExpr): Choice | undefined {
  if (!is(expr, 'Alt')) {
    const cls = charClass(expr);
    return cls ? { cls, rest: [] } : undefined;
  }
  const terms = expr.terms as PExpr[];
  const cls: CharClass = [];
  let k = 0;
  for (; k < terms.length; k++) {
    const part = charClass(terms[k]);
    if (!part) break;
    cls.push(...part);
  }
  const arity = (expr as unknown as { getArity(): number }).getArity();
  return k > 0 && arity === 1 ? { cls, rest: terms.slice(k) } : undefined;
}

/** The code-unit ranges an expression matches, when it matches exactly one code unit from a set. */
function charClass(expr: PExpr): CharClass | undefined {
  if (is(expr, 'Range')) {
    const from = expr.from as string;
    const to = expr.to as string;
    if (expr.matchCodePoint || from.length !== 1 || to.length !== 1) return undefined;
    return [from.charCodeAt(0), to.charCodeAt(0)];
  }
  if (is(expr, 'Terminal')) {
    const text = expr.obj as string;
    if (typeof text !== 'string' || text.length !== 1 || expr.caseInsensitive) return undefined;
    return [text.charCodeAt(0), text.charCodeAt(0)];
  }
  if (is(expr, 'Alt')) {
    const out: CharClass = [];
    for (const term of expr.terms as PExpr[]) {
      const cls = charClass(term);
      if (!cls) return undefined;
      out.push(...cls);
    }
    return out;
  }
  return undefined;
}

function inClass(cls: CharClass, code: number): boolean {
  for (let i = 0; i < cls.length; i += 2) if (code >= cls[i] && code <= cls[i + 1]) return true;
  return false;
}

/** One alternative of a choice, as Ohm's ordered choice would match it. */
function fastChoiceEval(choice: Choice, expr: PExpr, oneChar: object): (state: MatchState) => boolean {
  const slow = Object.getPrototypeOf(expr).eval as (this: PExpr, state: MatchState) => boolean;
  const { cls, rest } = choice;
  return function (this: PExpr, state: MatchState): boolean {
    if (state.recordedFailures || state.trace) return slow.call(this, state);
    const input = state.inputStream;
    const pos = input.pos;
    if (input.examinedLength < pos + 1) input.examinedLength = pos + 1;
    if (pos < input.source.length && inClass(cls, input.source.charCodeAt(pos))) {
      input.pos = pos + 1;
      state.pushBinding(oneChar, pos);
      return true;
    }
    if (state.rightmostFailurePosition < pos) state.rightmostFailurePosition = pos;
    for (let i = 0; i < rest.length; i++) if (state.eval(rest[i])) return true;
    return false;
  };
}

/**
 * `choice*` or `choice+`: the same iteration node Ohm builds, a terminal per character of the class and
 * the node of the alternative that matched otherwise.
 */
function fastLoopEval(choice: Choice, expr: PExpr, nodes: Built): (state: MatchState) => boolean {
  const slow = Object.getPrototypeOf(expr).eval as (this: PExpr, state: MatchState) => boolean;
  const min = expr.minNumMatches as number;
  const { cls, rest } = choice;
  return function (this: PExpr, state: MatchState): boolean {
    if (state.recordedFailures || state.trace) return slow.call(this, state);
    const input = state.inputStream;
    const source = input.source;
    const start = input.pos;
    const children: unknown[] = [];
    const offsets: number[] = [];
    let pos = start;
    for (;;) {
      if (pos < source.length && inClass(cls, source.charCodeAt(pos))) {
        children.push(nodes.oneChar);
        offsets.push(state.posToOffset(pos));
        pos++;
        continue;
      }
      if (input.examinedLength < pos + 1) input.examinedLength = pos + 1;
      if (state.rightmostFailurePosition < pos) state.rightmostFailurePosition = pos;
      input.pos = pos;
      let matched = false;
      for (let i = 0; i < rest.length && !matched; i++) matched = state.eval(rest[i]);
      if (!matched) break;
      const child = state._bindings.pop();
      const childOffset = state._bindingOffsets.pop()!;
      // An alternative that matches nothing would loop forever (Ohm rejects such grammars).
      if (input.pos === pos) break;
      children.push(child);
      offsets.push(childOffset);
      pos = input.pos;
    }
    if (children.length < min) {
      input.pos = start;
      return false;
    }
    const offset = children.length > 0 ? offsets[0] : state.posToOffset(start);
    input.pos = pos;
    state._bindings.push(new nodes.Iteration(children, offsets, pos - start, false));
    state._bindingOffsets.push(offset);
    return true;
  };
}

/** Advances over what an expression matches from `pos`: the new position, or -1 if it does not match. */
type Recognizer = (source: string, pos: number) => number;

/**
 * A recognizer for an expression made only of characters, strings, sequences, choices and loops (no
 * rule applications), with Ohm's PEG meaning: choices take the first alternative that matches, loops are
 * greedy and never give back.
 */
function recognizer(expr: PExpr): Recognizer | undefined {
  const cls = charClass(expr);
  if (cls) return (s, pos) => (pos < s.length && inClass(cls, s.charCodeAt(pos)) ? pos + 1 : -1);
  if (is(expr, 'Terminal') && typeof expr.obj === 'string' && !expr.caseInsensitive) {
    const text = expr.obj;
    return (s, pos) => (s.startsWith(text, pos) ? pos + text.length : -1);
  }
  if (is(expr, 'Seq')) {
    const parts = (expr.factors as PExpr[]).map(recognizer);
    if (parts.some((p) => !p)) return undefined;
    return (s, pos) => {
      for (const part of parts as Recognizer[]) {
        pos = part(s, pos);
        if (pos < 0) return -1;
      }
      return pos;
    };
  }
  if (is(expr, 'Alt')) {
    const terms = (expr.terms as PExpr[]).map(recognizer);
    if (terms.some((t) => !t)) return undefined;
    return (s, pos) => {
      for (const term of terms as Recognizer[]) {
        const end = term(s, pos);
        if (end >= 0) return end;
      }
      return -1;
    };
  }
  if (is(expr, 'Iter')) {
    const inner = recognizer(expr.expr as PExpr);
    if (!inner) return undefined;
    const min = expr.minNumMatches as number;
    const max = expr.maxNumMatches as number;
    return (s, pos) => {
      let count = 0;
      while (count < max) {
        const end = inner(s, pos);
        if (end < 0 || end === pos) break;
        pos = end;
        count++;
      }
      return count < min ? -1 : pos;
    };
  }
  return undefined;
}

/**
 * Ohm skips spaces before each step of a syntactic rule by applying `spaces` and dropping what it
 * matched, failures included: only the new position counts. For this grammar that is done by a
 * recognizer of the `spaces` rule (unless tracing, which records the application).
 */
function fastSpaces(grammar: ohm.Grammar, skip: Recognizer): void {
  const proto = matchStatePrototype(grammar);
  if (!proto || typeof proto.skipSpaces !== 'function') return;
  const skippers = (proto.__assaySkippers ??= installSkipper(proto)) as WeakMap<object, Recognizer>;
  skippers.set(grammar, skip);
}

function installSkipper(proto: Record<string, unknown>): WeakMap<object, Recognizer> {
  const skippers = new WeakMap<object, Recognizer>();
  const slow = proto.skipSpaces as (this: MatchState) => number;
  proto.skipSpaces = function (this: MatchState & { grammar: object }): number {
    const skip = this.trace ? undefined : skippers.get(this.grammar);
    if (!skip) return slow.call(this);
    const input = this.inputStream;
    const end = skip(input.source, input.pos);
    if (end > input.pos) input.pos = end;
    if (input.examinedLength < input.pos + 1) input.examinedLength = input.pos + 1;
    return input.pos;
  };
  return skippers;
}

/**
 * Ohm asks an application whether its rule is syntactic at every step, by upper-casing the rule's name.
 * The answer is kept on the application itself: a field read, where a map keyed by rule name cost 3% of
 * a parse.
 */
function cacheSyntacticFlag(): void {
  const proto = pexprs.Apply.prototype as PExpr & { __assayCached?: boolean };
  if (proto.__assayCached) return;
  proto.isSyntactic = function (this: { ruleName: string; assaySyntactic?: boolean }): boolean {
    let flag = this.assaySyntactic;
    if (flag === undefined) {
      flag = this.ruleName[0] === this.ruleName[0].toUpperCase();
      this.assaySyntactic = flag;
    }
    return flag;
  };
  proto.__assayCached = true;
}
