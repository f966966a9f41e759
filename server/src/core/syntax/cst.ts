/**
 * A light view of Ohm's concrete syntax tree for the AST builder: a node with its rule name, its
 * children and where it lies in the matched text, without Ohm's semantics wrappers.
 *
 * In Ohm's tree, a rule's node (nonterminal) lists its children with offsets from its own start; the
 * children of a loop or an optional part (iteration) have offsets from the start of the rule node
 * around them. The view carries that base along. The tree's shape (`_cst`, `_cstOffset`, `children`,
 * `childOffsets`, `ruleName`) belongs to ohm-js 17.
 */
import type * as ohm from 'ohm-js';

interface OhmNode {
  matchLength: number;
  ruleName?: string;
  children?: OhmNode[];
  childOffsets?: number[];
  isIteration(): boolean;
}

const ITERATION = '_iter';
const TERMINAL = '_terminal';

export class CstNode {
  constructor(
    private readonly node: OhmNode,
    /** The matched text (the whole chunk). */
    readonly source: string,
    /** Where the node starts in `source`. */
    readonly start: number,
    /** Where the closest rule node at or above this one starts: its children's offsets count from there. */
    private readonly base: number,
  ) {}

  /** The rule's name, `_iter` for a loop or an optional part, `_terminal` for matched text. */
  get name(): string {
    return this.node.ruleName ?? (this.node.isIteration() ? ITERATION : TERMINAL);
  }

  get end(): number {
    return this.start + this.node.matchLength;
  }

  get count(): number {
    return this.node.children?.length ?? 0;
  }

  child(index: number): CstNode {
    const child = this.node.children![index];
    const start = this.base + this.node.childOffsets![index];
    return new CstNode(child, this.source, start, child.ruleName !== undefined ? start : this.base);
  }

  children(): CstNode[] {
    const out: CstNode[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.child(i));
    return out;
  }

  text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/** The root of a successful match. */
export function rootOf(match: ohm.MatchResult): CstNode {
  const internal = match as unknown as { _cst: OhmNode; _cstOffset: number; input: string };
  return new CstNode(internal._cst, internal.input, internal._cstOffset, internal._cstOffset);
}
