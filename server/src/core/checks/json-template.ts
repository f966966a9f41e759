/**
 * A JSON body template (`json { ... }`, GraphQL `variables`) as a tree with document offsets, for the
 * checks that compare bodies with a schema. A `{{...}}` outside a string is a value the text does not
 * show (`unknown`). Undefined when the text is not JSON (`invalid-json-body` reports that).
 */
import type { Span, Template } from '../ast';

export type JsonNode =
  | { kind: 'object'; span: Span; members: JsonMember[] }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | { kind: 'value'; span: Span; value: string | number | boolean | null; interpolated: boolean }
  | { kind: 'unknown'; span: Span };

export interface JsonMember {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

/** Thrown inside the parser to stop at the first problem. */
class Stop extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\n]|\\.)*"/y;
const INTERP = /\{\{[^{}\n]*\}\}/y;
const WORD = /true|false|null/y;

export function parseJsonTemplate(template: Template): JsonNode | undefined {
  const text = template.text;
  const base = template.span.start;
  let at = 0;
  const span = (start: number): Span => ({ start: base + start, end: base + at });
  const skip = (): void => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const take = (re: RegExp): string | undefined => {
    re.lastIndex = at;
    const match = re.exec(text);
    if (!match) return undefined;
    at += match[0].length;
    return match[0];
  };
  const value = (): JsonNode => {
    skip();
    const start = at;
    if (take(INTERP) !== undefined) return { kind: 'unknown', span: span(start) };
    const c = text[at];
    if (c === '{') {
      at++;
      const members: JsonMember[] = [];
      skip();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', span: span(start), members };
      }
      for (;;) {
        skip();
        const keyStart = at;
        const key = take(STRING);
        if (key === undefined) throw new Stop();
        const keySpan = span(keyStart);
        skip();
        if (text[at++] !== ':') throw new Stop();
        members.push({ key: JSON.parse(key) as string, keySpan, value: value() });
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') {
          at++;
          return { kind: 'object', span: span(start), members };
        } else throw new Stop();
      }
    }
    if (c === '[') {
      at++;
      const items: JsonNode[] = [];
      skip();
      if (text[at] === ']') {
        at++;
        return { kind: 'array', span: span(start), items };
      }
      for (;;) {
        items.push(value());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') {
          at++;
          return { kind: 'array', span: span(start), items };
        } else throw new Stop();
      }
    }
    if (c === '"') {
      const raw = take(STRING);
      if (raw === undefined) throw new Stop();
      return { kind: 'value', span: span(start), value: JSON.parse(raw) as string, interpolated: raw.includes('{{') };
    }
    const number = take(NUMBER);
    if (number !== undefined) return { kind: 'value', span: span(start), value: Number(number), interpolated: false };
    const word = take(WORD);
    if (word !== undefined) return { kind: 'value', span: span(start), value: JSON.parse(word) as boolean | null, interpolated: false };
    throw new Stop();
  };
  try {
    const root = value();
    skip();
    return at === text.length ? root : undefined;
  } catch (e) {
    if (e instanceof Stop || e instanceof SyntaxError) return undefined;
    throw e;
  }
}
