/**
 * What a `capture` takes from a response: a JSONPath (keeping the JSON type), a header's text, group 1
 * of a regex over the body text (or the whole match), the status, or the body text. A source that finds
 * nothing gives the reason instead of a value.
 */
import type { CaptureSource } from '../ast';
import { queryPath } from './jsonpath';
import type { Response } from './response';

export type CaptureResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function captureValue(source: CaptureSource, response: Response): CaptureResult {
  switch (source.kind) {
    case 'Status':
      return { ok: true, value: response.status };
    case 'BodyText':
      return { ok: true, value: response.text };
    case 'HeaderRef': {
      const value = response.header(source.name.value);
      return value === undefined ? { ok: false, reason: `the response has no header "${source.name.value}"` } : { ok: true, value };
    }
    case 'RegexCapture': {
      const m = new RegExp(source.regex.pattern, source.regex.flags.replace(/g/g, '')).exec(response.text);
      if (!m) return { ok: false, reason: `/${source.regex.pattern}/ does not match the body` };
      return { ok: true, value: m[1] ?? m[0] };
    }
    case 'JsonPath': {
      const body = response.json();
      if (!body.ok) return { ok: false, reason: body.error };
      const result = queryPath(source.path, body.value);
      if (result.kind === 'missing') return { ok: false, reason: `nothing is at ${result.at}` };
      if (result.kind === 'list') return result.values.length > 0 ? { ok: true, value: result.values } : { ok: false, reason: `${source.path} matches nothing` };
      return { ok: true, value: result.value };
    }
  }
}
