/**
 * Positions in JSON text without building a tree: scans an object's members (skipping their values
 * character by character) to find a key, so that finding one pointer in a large spec reads each
 * character at most a few times. Output: the offset of a key or value, or the `$ref` an object holds.
 * Used by spec-locations.ts for `.json` specs, where a parse with positions would cost a second on
 * megabyte files.
 */

/** A JSON object's member: where its key and its value start. */
interface Member {
  key: string;
  keyAt: number;
  valueAt: number;
}

export class JsonText {
  constructor(private readonly text: string) {}

  /** The offset of the first value (the document). */
  root(): number {
    return this.skipSpace(0);
  }

  /** The members of the object at `at`, or undefined when no object starts there. */
  members(at: number): Member[] | undefined {
    if (this.text[at] !== '{') return undefined;
    const out: Member[] = [];
    let i = this.skipSpace(at + 1);
    while (i < this.text.length && this.text[i] !== '}') {
      const keyAt = i;
      const keyEnd = this.skipString(i);
      const key = JSON.parse(this.text.slice(keyAt, keyEnd)) as string;
      i = this.skipSpace(keyEnd);
      if (this.text[i] !== ':') return undefined;
      const valueAt = this.skipSpace(i + 1);
      out.push({ key, keyAt, valueAt });
      i = this.skipSpace(this.skipValue(valueAt));
      if (this.text[i] === ',') i = this.skipSpace(i + 1);
    }
    return out;
  }

  /** The offsets of the items of the array at `at`, or undefined when no array starts there. */
  items(at: number): number[] | undefined {
    if (this.text[at] !== '[') return undefined;
    const out: number[] = [];
    let i = this.skipSpace(at + 1);
    while (i < this.text.length && this.text[i] !== ']') {
      out.push(i);
      i = this.skipSpace(this.skipValue(i));
      if (this.text[i] === ',') i = this.skipSpace(i + 1);
    }
    return out;
  }

  /** The string value at `at`, if a string starts there. */
  string(at: number): string | undefined {
    return this.text[at] === '"' ? (JSON.parse(this.text.slice(at, this.skipString(at))) as string) : undefined;
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && /\s/.test(this.text[i])) i++;
    return i;
  }

  private skipString(i: number): number {
    for (i++; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\\') i++;
      else if (c === '"') return i + 1;
    }
    return i;
  }

  /** The offset just after the value at `i`. */
  private skipValue(i: number): number {
    const c = this.text[i];
    if (c === '"') return this.skipString(i);
    if (c !== '{' && c !== '[') {
      while (i < this.text.length && !/[\s,}\]]/.test(this.text[i])) i++;
      return i;
    }
    let depth = 0;
    for (; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === '"') i = this.skipString(i) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }
}
