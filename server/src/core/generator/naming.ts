/**
 * Names in generated suites: test names from an operation's summary or id, file names from tags,
 * variable names from parameters and security schemes, environment variable names. Every name is
 * safe where it goes: test names are one-line strings without `{{`, identifiers are words.
 */

/** Words of an identifier or phrase: `listPets` → `list pets`, `get_user-by_id` → `get user by id`. */
export function words(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.\s/]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A one-line text fit for a test name: no line breaks, no `{{`/`}}`, no trailing period, at most 100 characters. */
export function sentence(text: string): string {
  let s = text.replace(/\s+/g, ' ').replace(/\{\{|\}\}/g, '').trim();
  const firstSentence = /^(.{20,}?[.!?])\s/.exec(s);
  if (firstSentence) s = firstSentence[1];
  s = s.replace(/[.!?:;,]+$/, '');
  if (s.length > 100) s = `${s.slice(0, 97).replace(/\s+\S*$/, '')}...`;
  return s;
}

/** A file name (without extension) for a tag or resource: `Pet Store` → `pet-store`. */
export function fileSlug(text: string): string {
  const slug = words(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60) || 'default';
}

/** An Assay identifier (a word) for a parameter or scheme: `pet-id` → `petId`, `2fa` → `_2fa`. */
export function identifier(text: string): string {
  const parts = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  if (!id) return 'value';
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

/** An environment variable name: `apiKeyAuth` → `API_KEY_AUTH`. */
export function envName(text: string): string {
  const name = words(text).replace(/[^a-z0-9]+/g, '_').toUpperCase();
  return /^[0-9]/.test(name) ? `_${name}` : name || 'VALUE';
}

/** `name`, or `name 2`, `name 3`... whichever is not yet in `taken` (which it joins). */
export function unique(name: string, taken: Set<string>, separator = ' '): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}${separator}${n}`;
  taken.add(candidate);
  return candidate;
}
