/**
 * Index entries (parameters) whose `source` — where they are written, for go to definition — is
 * looked up on first read and then kept. A getter on the class's prototype rather than one defined on
 * each object: a per-object accessor, with the closure it needs, made each entry a dictionary-mode
 * object of about 0.6 KB.
 */
import type { SpecLocator } from './spec-locations';
import type { SpecLocation } from './types';

export class Located {
  readonly #locator: SpecLocator;
  readonly #pointer: readonly string[];
  /** `null` until looked up; `undefined` when not found. */
  #source: SpecLocation | undefined | null = null;

  constructor(locator: SpecLocator, pointer: readonly string[]) {
    this.#locator = locator;
    this.#pointer = pointer;
  }

  get source(): SpecLocation | undefined {
    if (this.#source === null) this.#source = this.#locator.locate(this.#pointer);
    return this.#source;
  }
}

/** `fields` as an object whose `source` is found at `pointer` on first read. */
export function located<T extends object>(locator: SpecLocator, pointer: readonly string[], fields: T): T & Located {
  return Object.assign(new Located(locator, pointer), fields);
}
