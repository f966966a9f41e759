/**
 * Determinism for generated suites: a small seeded random source and a stable text hash. Each
 * operation gets its own source (seeded from the run's seed and the operation's key), so adding or
 * changing one operation never shifts the values generated for another.
 */

/** A 32-bit FNV-1a hash of `text`. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `hash32` as 8 hex digits: the hashes written in `@generated` markers. */
export function hashHex(text: string): string {
  return hash32(text).toString(16).padStart(8, '0');
}

/** A seeded source of numbers (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number, key = '') {
    this.state = (seed ^ hash32(key)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A version 4 UUID made of this source's numbers. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[this.int(0, 3)];
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
