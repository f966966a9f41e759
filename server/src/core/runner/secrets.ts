/**
 * Secret masking, applied once at the event-emission boundary: every string in an event (URLs, headers,
 * bodies, captures, expected/actual values, log lines) has each known secret replaced by `••••••`.
 * Secrets are also masked in the encodings a request may give them (URL, form and JSON escaping, and
 * HTTP Basic credentials, registered by the request builder).
 */

/** What a masked secret looks like in every output. */
export const MASK = '••••••';

export class Secrets {
  private readonly values = new Set<string>();
  /** The numbers and booleans whose text is a secret, so that checking one needs no string. */
  private readonly scalars = new Set<number | boolean>();
  private ordered: string[] = [];

  /** Registers a secret value (as text) and its URL-, form- and JSON-escaped forms. */
  add(value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (!text) return;
    const forms = [text, encodeURIComponent(text), new URLSearchParams({ x: text }).toString().slice(2), JSON.stringify(text).slice(1, -1)];
    let changed = false;
    for (const form of forms) {
      if (form === '' || this.values.has(form)) continue;
      this.values.add(form);
      if (String(Number(form)) === form) this.scalars.add(Number(form));
      if (form === 'true' || form === 'false') this.scalars.add(form === 'true');
      changed = true;
    }
    // Longest first, so a secret that contains another is masked whole.
    if (changed) this.ordered = [...this.values].sort((a, b) => b.length - a.length);
  }

  /** True when `text` holds a secret. */
  has(text: string): boolean {
    return this.ordered.some((s) => text.includes(s));
  }

  /** `text` with every secret replaced by the mask. */
  maskText(text: string): string {
    let out = text;
    for (const secret of this.ordered) if (out.includes(secret)) out = out.split(secret).join(MASK);
    return out;
  }

  /**
   * `value` with every secret masked, in strings, numbers that equal a secret, and object keys. Copy on
   * write: objects and arrays that hold no secret are returned as they are (no garbage per event when
   * nothing needs masking), the others are copied with the masked parts replaced.
   */
  mask<T>(value: T): T {
    return (this.ordered.length === 0 ? value : this.maskValue(value)) as T;
  }

  private maskValue(value: unknown): unknown {
    if (typeof value === 'string') return this.maskText(value);
    if (typeof value === 'number' || typeof value === 'boolean') return this.scalars.has(value) ? MASK : value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const masked = this.maskValue(value[i]);
        if (masked !== value[i]) (out ??= value.slice())[i] = masked;
      }
      return out ?? value;
    }
    if (value !== null && typeof value === 'object') return this.maskObject(value as Record<string, unknown>);
    return value;
  }

  /**
   * An object's keys and values masked; the object itself when nothing in it changes. Events are plain
   * objects, so `for...in` walks their own keys, without the array `Object.keys` makes per object.
   */
  private maskObject(value: Record<string, unknown>): Record<string, unknown> {
    let out: Record<string, unknown> | undefined;
    for (const key in value) {
      const v = value[key];
      const mk = this.maskText(key);
      const mv = this.maskValue(v);
      if (out) out[mk] = mv;
      else if (mk !== key || mv !== v) {
        // The first change: copy the entries before it as they are.
        out = {};
        for (const earlier in value) {
          if (earlier === key) break;
          out[earlier] = value[earlier];
        }
        out[mk] = mv;
      }
    }
    return out ?? value;
  }
}
