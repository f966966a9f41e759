/**
 * Values, subjects and predicates, printed on one line (a multi-line `"""` string continues on raw
 * lines). Strings, numbers, durations, regexes, JSONPaths and `{{...}}` are printed exactly as written;
 * arrays as `[1, 2]`, objects as `{ id: 1, expected: 200 }`.
 */
import type { Condition, Literal, Predicate, Subject } from '../ast';
import { join, joinAll, one, verbatim, type Line } from './lines';
import type { Source } from './source';

export function literal(src: Source, value: Literal): Line[] {
  switch (value.kind) {
    case 'Bool':
      return one(String(value.value));
    case 'Null':
      return one('null');
    case 'Array':
      return join(join(one('['), joinAll(value.items.map((item) => literal(src, item)), ', ')), one(']'));
    case 'Object': {
      if (value.entries.length === 0) return one('{}');
      const entries = value.entries.map((e) => join(one(`${src.slice(e.keySpan)}: `), literal(src, e.value)));
      return join(join(one('{ '), joinAll(entries, ', ')), one(' }'));
    }
    default:
      return verbatim(src.slice(value.span));
  }
}

export function subject(src: Source, s: Subject): string {
  switch (s.kind) {
    case 'Status':
      return 'status';
    case 'ResponseTime':
      return 'duration';
    case 'BodyText':
      return 'body';
    case 'Response':
      return 'response';
    case 'HeaderRef':
      return `header ${src.slice(s.name.span)}`;
    case 'Count':
      return `count ${s.path.path}`;
    case 'JsonPath':
      return s.path;
    case 'Value':
      return src.slice(s.value.span);
    case 'UnknownSubject':
      return s.name;
  }
}

export function predicate(src: Source, p: Predicate): Line[] {
  const not = 'negated' in p && p.negated ? 'not ' : '';
  switch (p.kind) {
    case 'Compare':
      return join(one(`${p.op} `), literal(src, p.value));
    case 'Contains':
      return join(one(`${not}contains `), literal(src, p.value));
    case 'Matches':
      return one(`${not}matches ${src.slice(p.regex.span)}`);
    case 'MatchesSchema':
      return one(`${not}matches schema${p.file ? ` ${src.slice(p.file.span)}` : ''}`);
    case 'Is':
      return one(`is ${not}${p.type}`);
    case 'In':
      return join(one(`${not}in `), literal(src, p.values));
    case 'Exists':
      return one(`${not}exists`);
  }
}

/** `<subject> <predicate>`, as after `expect` and `until`. */
export function condition(src: Source, c: Condition): Line[] {
  return join(one(`${subject(src, c.subject)} `), predicate(src, c.predicate));
}
