/**
 * Tracks what an item's checks read from `FileModel.definedAnywhere`, the one file-level map that every
 * item changes. Input: the current map. Output: for each checked item, the names it looked up, so that
 * an edit elsewhere re-checks the item only when the answer for one of those names changed (whether
 * it is there and its kind: what item-scope checks may depend on, see `CheckMeta.scope`).
 */
import type { Definition } from '../semantic/symbols';

/** The lookups of one item: the names looked up, or 'all' after iterating the map. */
export type Lookups = ReadonlySet<string> | 'all';

/** A read-only view of a map of definitions that records the lookups made through it. */
export class RecordingMap implements ReadonlyMap<string, Definition> {
  private seen = new Set<string>();
  private iterated = false;

  constructor(private readonly map: ReadonlyMap<string, Definition>) {}

  /** The lookups recorded since the last call (undefined for none), which starts a new recording. */
  take(): Lookups | undefined {
    if (this.iterated) {
      this.iterated = false;
      this.seen.clear();
      return 'all';
    }
    if (this.seen.size === 0) return undefined;
    const lookups = this.seen;
    this.seen = new Set();
    return lookups;
  }

  get size(): number {
    this.iterated = true;
    return this.map.size;
  }

  get(name: string): Definition | undefined {
    this.seen.add(name);
    return this.map.get(name);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  forEach(fn: (value: Definition, key: string, map: ReadonlyMap<string, Definition>) => void): void {
    this.iterated = true;
    this.map.forEach((value, key) => fn(value, key, this));
  }

  entries(): MapIterator<[string, Definition]> {
    this.iterated = true;
    return this.map.entries();
  }

  keys(): MapIterator<string> {
    this.iterated = true;
    return this.map.keys();
  }

  values(): MapIterator<Definition> {
    this.iterated = true;
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[string, Definition]> {
    return this.entries();
  }
}
