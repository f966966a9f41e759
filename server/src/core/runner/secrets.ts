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

  /** A deep copy of `value` with every secret masked, in strings, numbers that equal a secret, and object keys. */
  mask<T>(value: T): T {
    return (this.ordered.length === 0 ? value : this.maskValue(value)) as T;
  }

  private maskValue(value: unknown): unknown {
    if (typeof value === 'string') return this.maskText(value);
    if (typeof value === 'number' || typeof value === 'boolean') return this.values.has(String(value)) ? MASK : value;
    if (Array.isArray(value)) return value.map((v) => this.maskValue(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.maskText(k)] = this.maskValue(v);
      return out;
    }
    return value;
  }
}
