/**
 * `predicate-mismatch`: a predicate that cannot apply to its subject: `matches schema` on anything but
 * `response`, `body` or a JSONPath; `response` with anything but `matches schema`; `status`, `duration`
 * or `count` compared with something that is not a number; `<`, `>` ... with a boolean, null, array or object.
 */
import type { Literal, Predicate, Subject } from '../ast';
import type { Check, Report } from './check';

/** Literal kinds a number may be compared with (a variable may hold a number). */
const NUMERIC: ReadonlySet<Literal['kind']> = new Set(['Number', 'Interp']);
/** Literal kinds that `<`, `<=`, `>`, `>=` cannot order, in words. */
const UNORDERED: Readonly<Partial<Record<Literal['kind'], string>>> = { Bool: 'a boolean', Null: 'null', Array: 'an array', Object: 'an object' };
const SCHEMA_SUBJECTS: ReadonlySet<Subject['kind']> = new Set(['Response', 'BodyText', 'JsonPath']);
const NUMBER_SUBJECTS: Readonly<Partial<Record<Subject['kind'], string>>> = {
  Status: '`status` is a number',
  ResponseTime: '`duration` is a number of milliseconds',
  Count: '`count` is a number',
};

export const predicateMismatch: Check = {
  meta: { code: 'predicate-mismatch', severity: 'warning', scope: 'item', description: 'A predicate that does not fit its subject, e.g. `status == "ok"` or `header "x" matches schema`.' },
  create(ctx) {
    return {
      Condition(cond) {
        const problem = mismatch(cond.subject, cond.predicate);
        if (problem) ctx.report(problem);
      },
    };
  },
};

function mismatch(subject: Subject, p: Predicate): Report | undefined {
  if (p.kind === 'MatchesSchema') {
    if (SCHEMA_SUBJECTS.has(subject.kind) || subject.kind === 'UnknownSubject') return undefined;
    return { span: p.span, severity: 'error', message: '`matches schema` checks a JSON value: expected `response`, `body` or a JSONPath before it' };
  }
  if (subject.kind === 'Response') {
    return { span: p.span, severity: 'error', message: '`response` is the whole response: expected `matches schema` after it', hint: 'Check a part instead: `status`, `header "name"`, `body` or a JSONPath.' };
  }
  const numeric = NUMBER_SUBJECTS[subject.kind];
  if (numeric) {
    const isNumber = (v: Literal): boolean => NUMERIC.has(v.kind) || (subject.kind === 'ResponseTime' && v.kind === 'Duration');
    if (p.kind === 'Compare' && !isNumber(p.value)) return { span: p.value.span, message: `${numeric}: expected a number to compare it with` };
    if (p.kind === 'In') {
      const bad = p.values.items.find((v) => !isNumber(v));
      if (bad) return { span: bad.span, message: `${numeric}: expected numbers in the list` };
    }
    if (p.kind === 'Contains' || p.kind === 'Matches') return { span: p.span, message: `${numeric}: expected a comparison such as \`== 200\` or \`< 500\`` };
    return undefined;
  }
  const unordered = p.kind === 'Compare' && p.op !== '==' && p.op !== '!=' ? UNORDERED[p.value.kind] : undefined;
  if (p.kind === 'Compare' && unordered) {
    return { span: p.value.span, message: `\`${p.op}\` orders numbers, strings and durations: expected one of those, not ${unordered}` };
  }
  return undefined;
}
