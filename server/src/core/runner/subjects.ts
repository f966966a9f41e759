/**
 * What the subject of an `expect` (or a `retry ... until` condition) gives for a response: the status,
 * the duration, the body text, a header (case-insensitive), a JSONPath, a count, or a variable.
 */
import type { Subject } from '../ast';
import type { Actual } from '../assertions';
import { queryPath } from './jsonpath';
import type { Response } from './response';
import type { Lookup } from './scope';
import { EvalError, resolveExpr } from './values';

/** The value of `subject` for `response`; `response` is the whole response, for `matches schema` only. */
export function subjectValue(subject: Subject, response: Response, scope: Lookup): Actual {
  switch (subject.kind) {
    case 'Status':
      return { found: true, value: response.status };
    case 'ResponseTime':
      return { found: true, value: response.durationMs };
    case 'BodyText':
      return { found: true, value: response.text };
    case 'Response':
      return jsonBody(response);
    case 'HeaderRef': {
      const value = response.header(subject.name.value);
      return value === undefined ? { found: false, reason: `the response has no header "${subject.name.value}"` } : { found: true, value };
    }
    case 'JsonPath': {
      const body = response.json();
      if (!body.ok) return { found: false, reason: body.error };
      const result = queryPath(subject.path, body.value);
      if (result.kind === 'missing') return { found: false, reason: `nothing is at ${result.at}` };
      return { found: true, value: result.kind === 'value' ? result.value : result.values };
    }
    case 'Count': {
      const body = response.json();
      if (!body.ok) return { found: false, reason: body.error };
      const result = queryPath(subject.path.path, body.value);
      if (result.kind === 'list') return { found: true, value: result.values.length };
      if (result.kind === 'missing') return { found: true, value: 0 };
      return { found: true, value: Array.isArray(result.value) ? result.value.length : 1 };
    }
    case 'Value':
      try {
        return { found: true, value: resolveExpr(subject.value.expr, scope) };
      } catch (e) {
        if (e instanceof EvalError) return { found: false, reason: e.message };
        throw e;
      }
    case 'UnknownSubject':
      return { found: false, reason: `"${subject.name}" is not a subject` };
  }
}

function jsonBody(response: Response): Actual {
  const body = response.json();
  return body.ok ? { found: true, value: body.value } : { found: false, reason: body.error };
}
