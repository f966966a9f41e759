/**
 * The variables a block sees at run time, innermost first: row values and captures made so far (the
 * block's own `locals`), then the layers it inherits (setup captures, a component's parameters, `--var`
 * overrides, the file vars). Built-ins are not in scopes: interpolation computes them on each use.
 */

/** Something that can look a name up. */
export interface Lookup {
  get(name: string): { value: unknown } | undefined;
}

/** A lookup over a plain map. */
export function mapLookup(map: ReadonlyMap<string, unknown>): Lookup {
  return { get: (name) => (map.has(name) ? { value: map.get(name) } : undefined) };
}

export class Scope implements Lookup {
  /** Row values and captures, set by this block. */
  readonly locals = new Map<string, unknown>();

  constructor(private readonly parents: readonly Lookup[]) {}

  get(name: string): { value: unknown } | undefined {
    if (this.locals.has(name)) return { value: this.locals.get(name) };
    for (const parent of this.parents) {
      const found = parent.get(name);
      if (found) return found;
    }
    return undefined;
  }

  /** A scope that sees this one's variables and can set its own without changing this one. */
  child(): Scope {
    return new Scope([this]);
  }
}
