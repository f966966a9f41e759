/**
 * A string that matches a JSON Schema `pattern`, for the common shapes real specs use: literals,
 * escapes (`\d`, `\w`, `\s`, `\x41`, `\u0041`), `.`, character classes with ranges and negation,
 * groups, alternation (the first branch is taken) and quantifiers (the smallest count, but one
 * where zero is allowed: `*`, `?`, `{0,n}`). Anchors, word boundaries and lookarounds are skipped. The result is
 * tested against the pattern; when it does not match (backreferences, lookarounds that forbid what was
 * built) the answer is undefined and the caller falls back to a plain value.
 */

/** Characters tried, in order, when a class or `.` allows many: readable ones first. */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.';

type CharSet = (c: string) => boolean;

interface Cursor {
  src: string;
  pos: number;
}

export function sampleForPattern(pattern: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    try {
      regex = new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
  let sample: string;
  try {
    sample = alternation({ src: pattern, pos: 0 });
  } catch {
    return undefined;
  }
  return regex.test(sample) ? sample : undefined;
}

function alternation(c: Cursor): string {
  const first = sequence(c);
  while (c.src[c.pos] === '|') {
    c.pos++;
    sequence(c);
  }
  return first;
}

function sequence(c: Cursor): string {
  let out = '';
  while (c.pos < c.src.length && c.src[c.pos] !== '|' && c.src[c.pos] !== ')') {
    const atomText = atom(c);
    const [min, max] = quantifier(c);
    const count = min > 0 ? min : max === 0 ? 0 : 1;
    out += atomText === undefined ? '' : atomText.repeat(count);
  }
  return out;
}

/** The text one occurrence of the next atom stands for; undefined for zero-width atoms. */
function atom(c: Cursor): string | undefined {
  const ch = c.src[c.pos++];
  switch (ch) {
    case '^':
    case '$':
      return undefined;
    case '.':
      return 'a';
    case '[':
      return pick(charClass(c));
    case '(':
      return group(c);
    case '\\':
      return escape(c);
    default:
      return ch;
  }
}

function group(c: Cursor): string | undefined {
  let lookaround = false;
  if (c.src[c.pos] === '?') {
    const head = c.src.slice(c.pos, c.pos + 3);
    if (head.startsWith('?:')) c.pos += 2;
    else if (head.startsWith('?=') || head.startsWith('?!') || head.startsWith('?<=') || head.startsWith('?<!')) {
      lookaround = true;
      c.pos += head.startsWith('?<') ? 3 : 2;
    } else if (head.startsWith('?<')) c.pos = c.src.indexOf('>', c.pos) + 1;
  }
  const inner = alternation(c);
  if (c.src[c.pos++] !== ')') throw new Error('unbalanced group');
  return lookaround ? undefined : inner;
}

function escape(c: Cursor): string | undefined {
  const ch = c.src[c.pos++];
  const set = classEscape(ch);
  if (set) return pick(set);
  if (ch === 'b' || ch === 'B') return undefined;
  return escapedChar(c, ch);
}

/** The character an escape like `\n`, `\x41`, `\u0041` or `\.` stands for. */
function escapedChar(c: Cursor, ch: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
  if (ch in simple) return simple[ch];
  if (ch === 'x') {
    const code = c.src.slice(c.pos, c.pos + 2);
    c.pos += 2;
    return String.fromCharCode(parseInt(code, 16));
  }
  if (ch === 'u') {
    const braced = c.src[c.pos] === '{';
    const end = braced ? c.src.indexOf('}', c.pos) : c.pos + 4;
    const code = c.src.slice(braced ? c.pos + 1 : c.pos, end);
    c.pos = braced ? end + 1 : end;
    return String.fromCodePoint(parseInt(code, 16));
  }
  if (/\d/.test(ch)) throw new Error('backreference');
  return ch;
}

function classEscape(ch: string): CharSet | undefined {
  switch (ch) {
    case 'd':
      return (x) => x >= '0' && x <= '9';
    case 'D':
      return (x) => !(x >= '0' && x <= '9');
    case 'w':
      return (x) => /\w/.test(x);
    case 'W':
      return (x) => !/\w/.test(x);
    case 's':
      return (x) => x === ' ';
    case 'S':
      return (x) => x !== ' ';
    default:
      return undefined;
  }
}

/** Reads `[...]` after its `[`. */
function charClass(c: Cursor): CharSet {
  const negated = c.src[c.pos] === '^';
  if (negated) c.pos++;
  const parts: CharSet[] = [];
  let first = true;
  while (c.pos < c.src.length && (c.src[c.pos] !== ']' || first)) {
    first = false;
    let ch = c.src[c.pos++];
    if (ch === '\\') {
      const e = c.src[c.pos++];
      const set = classEscape(e);
      if (set) {
        parts.push(set);
        continue;
      }
      ch = escapedChar(c, e);
    }
    if (c.src[c.pos] === '-' && c.src[c.pos + 1] !== ']' && c.pos + 1 < c.src.length) {
      c.pos++;
      let to = c.src[c.pos++];
      if (to === '\\') to = escapedChar(c, c.src[c.pos++]);
      const [lo, hi] = [ch, to];
      parts.push((x) => x >= lo && x <= hi);
    } else {
      const only = ch;
      parts.push((x) => x === only);
    }
  }
  c.pos++;
  const inAny: CharSet = (x) => parts.some((p) => p(x));
  return negated ? (x) => !inAny(x) : inAny;
}

function quantifier(c: Cursor): [number, number] {
  const ch = c.src[c.pos];
  let range: [number, number] = [1, 1];
  if (ch === '*') range = [0, Infinity];
  else if (ch === '+') range = [1, Infinity];
  else if (ch === '?') range = [0, 1];
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.pos));
    if (!m) return range;
    c.pos += m[0].length - 1;
    range = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
  } else return range;
  c.pos++;
  if (c.src[c.pos] === '?' || c.src[c.pos] === '+') c.pos++;
  return range;
}

/** A readable character of the set, else any printable ASCII one. */
function pick(set: CharSet): string {
  for (const ch of PREFERRED) if (set(ch)) return ch;
  for (let code = 0x20; code < 0x7f; code++) if (set(String.fromCharCode(code))) return String.fromCharCode(code);
  throw new Error('empty class');
}
