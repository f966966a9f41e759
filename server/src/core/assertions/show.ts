/** Writes values for people in assertion messages: JSON, shortened to a readable length. */

/** `value` as short JSON text (`"Rex"`, `[1,2]`) of at most `max` characters, or `nothing` for undefined. */
export function show(value: unknown, max = 200): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The JSON type of a value for messages: `string`, `number`, `array`, `object`, `null` ... */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
