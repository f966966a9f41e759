/** The runner's side of the built-in variables listed in `semantic/builtins.ts`: each gives a new value on every use. */
const BUILTINS: Readonly<Record<string, () => unknown>> = {
  $uuid: () => crypto.randomUUID(), // the global Web Crypto, loaded on first use
  $timestamp: () => Math.floor(Date.now() / 1000),
  $isoTimestamp: () => new Date().toISOString(),
  $randomInt: () => Math.floor(Math.random() * 1001),
};

/** The value of the built-in `name` (with its `$`), or undefined when there is no such built-in. */
export function builtinValue(name: string): { value: unknown } | undefined {
  const make = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
  return make ? { value: make() } : undefined;
}
