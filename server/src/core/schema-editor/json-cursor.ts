/**
 * Where a cursor stands in a JSON body that may be half written (`{ "name": "Rex", "ta`): the keys and
 * indices from the root to the object or array around it, whether a property name or a value goes
 * there, what is typed so far, and the keys the object already has on both sides of the cursor.
 * `{{var}}` counts as a value. Tolerant: it never throws, and gives undefined where neither fits
 * (right after a value, before its comma).
 */

/** One step from a JSON value to a child: a property name or an array index. */
export type JsonStep = string | number;

export interface JsonCursor {
  /** From the root to the object or array that holds the cursor. */
  path: JsonStep[];
  /** `key`: a property name goes here; `value`: a value goes here (of `key` in an object, or an item). */
  place: 'key' | 'value';
  /** For a value in an object: the name of the property it is the value of. */
  key?: string;
  /** Where the token being typed starts (its opening quote, if quoted), in the scanned text. */
  start: number;
  /** Where it ends, past the cursor: the rest of the word or string, its closing quote included. */
  end: number;
  /** The token's text before the cursor, without an opening quote. */
  typed: string;
  quoted: boolean;
  /** The keys the object around the cursor already has, the one being typed left out. */
  siblings: Set<string>;
}

interface Frame {
  kind: 'object' | 'array';
  /** The step from the parent to this container. */
  step?: JsonStep;
  /** Object: the key whose value comes next (after its colon). */
  key?: string;
  index: number;
  expect: 'key' | 'colon' | 'value' | 'comma';
  keys: Set<string>;
}

/** The cursor at `offset` of `text`, a JSON value that starts with `{` or `[` at offset 0. */
export function jsonCursor(text: string, offset: number): JsonCursor | undefined {
  const stack: Frame[] = [];
  let i = 0;
  while (i < offset) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      const closed = end - 1 > i && text[end - 1] === '"';
      if (end > offset || (end === offset && !closed)) return atToken(text, offset, stack, i, true);
      if (top) acceptString(top, unquote(text.slice(i, end)));
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      const step = top ? childStep(top) : undefined;
      stack.push({ kind: c === '{' ? 'object' : 'array', ...(step !== undefined ? { step } : {}), index: 0, expect: c === '{' ? 'key' : 'value', keys: new Set() });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return undefined;
      valueDone(parent);
      i++;
      continue;
    }
    if (c === ':' && top?.expect === 'colon') {
      top.expect = 'value';
      i++;
      continue;
    }
    if (c === ',' && top) {
      if (top.kind === 'array') top.index++;
      top.expect = top.kind === 'object' ? 'key' : 'value';
      i++;
      continue;
    }
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i);
      if (close < 0 || close + 2 > offset) return undefined;
      if (top) valueDone(top);
      i = close + 2;
      continue;
    }
    if (/[A-Za-z0-9_.+-]/.test(c)) {
      let end = i;
      while (end < text.length && /[A-Za-z0-9_.+-]/.test(text[end])) end++;
      if (end >= offset) return atToken(text, offset, stack, i, false);
      if (top) valueDone(top);
      i = end;
      continue;
    }
    i++;
  }
  return atToken(text, offset, stack, offset, false);
}

/** The step from `frame` to the value that opens next in it. */
function childStep(frame: Frame): JsonStep | undefined {
  return frame.kind === 'array' ? frame.index : frame.expect === 'value' ? frame.key : undefined;
}

function acceptString(frame: Frame, value: string): void {
  if (frame.kind === 'object' && frame.expect === 'key') {
    frame.key = value;
    frame.keys.add(value);
    frame.expect = 'colon';
  } else {
    valueDone(frame);
  }
}

function valueDone(frame: Frame): void {
  frame.expect = 'comma';
}

/** The cursor inside (or at the start of) a token starting at `start`, in the innermost frame. */
function atToken(text: string, offset: number, stack: Frame[], start: number, quoted: boolean): JsonCursor | undefined {
  const top = stack[stack.length - 1];
  if (!top || top.expect === 'colon' || top.expect === 'comma') return undefined;
  const place = top.kind === 'object' && top.expect === 'key' ? 'key' : 'value';
  const close = stringEnd(text, start);
  const end = quoted && text[close - 1] === '"' && close - 1 > start ? close : wordEnd(text, offset);
  const siblings = new Set(top.keys);
  for (const key of keysAfter(text, end)) siblings.add(key);
  return {
    path: stack.flatMap((f) => (f.step === undefined ? [] : [f.step])),
    place,
    ...(place === 'value' && top.kind === 'object' && top.key !== undefined ? { key: top.key } : {}),
    start,
    end,
    typed: text.slice(quoted ? start + 1 : start, offset),
    quoted,
    siblings,
  };
}

/** The keys (strings followed by `:`) of the object that holds `from`, from `from` to its closing brace. */
function keysAfter(text: string, from: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 0 && /^\s*:/.test(text.slice(end, end + 20))) keys.push(unquote(text.slice(i, end)));
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  return keys;
}

/** The offset after the string that opens at `start` (its closing quote), or its line's end when unclosed. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === '\n') return i;
  }
  return text.length;
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[A-Za-z0-9_.+-]/.test(text[end])) end++;
  return end;
}

/** The value of a JSON string token (its quotes included, the closing one possibly missing). */
function unquote(token: string): string {
  const closed = token.length > 1 && token.endsWith('"') ? token : token + '"';
  try {
    return JSON.parse(closed) as string;
  } catch {
    return closed.slice(1, -1);
  }
}
