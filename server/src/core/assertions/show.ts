/** Writes values for people in assertion messages: JSON, shortened to a readable length. */

const MAX = 200;

/** `value` as short JSON text (`"Rex"`, `[1,2]`), or `nothing` for undefined. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

/** The JSON type of a value for messages: `string`, `number`, `array`, `object`, `null` ... */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
