/**
 * Finds the operation a request goes to. Input: the operations and the servers' base paths. The URL
 * may be whole (`https://api.x/v1/pets/1`), start with an interpolated base (`{{baseUrl}}/pets/1`) or
 * be a template itself (`/pets/{{id}}`, `/pets/{petId}`). Literal segments must match; a template
 * segment of the spec takes any value; a `{{var}}` in the URL stands for a path parameter. When several
 * operations match, the one with the most literal segments in common wins.
 */
import type { ApiOperation } from './types';

type Segment = { literal: string } | { pattern: RegExp } | 'any';

interface Entry {
  operation: ApiOperation;
  segments: Segment[];
}

export function operationMatcher(operations: ApiOperation[], bases: string[]): (method: string, urlPath: string) => ApiOperation | undefined {
  // Built on the first request: a spec loaded for completion or go to definition never pays for it.
  let byLength: Map<number, Entry[]> | undefined;
  const baseSegments = bases.map(split);
  return (method, urlPath) => {
    byLength ??= templatesByLength(operations);
    const upper = method.toUpperCase();
    const segments = split(pathOf(urlPath));
    let best: { operation: ApiOperation; score: number } | undefined;
    for (const base of [[], ...baseSegments]) {
      if (!startsWith(segments, base)) continue;
      const rest = segments.slice(base.length);
      for (const entry of byLength.get(rest.length) ?? []) {
        if (entry.operation.method !== upper) continue;
        const score = matchScore(entry.segments, rest);
        if (score >= 0 && (!best || score > best.score)) best = { operation: entry.operation, score };
      }
    }
    return best?.operation;
  };
}

/** The operations' path templates, by number of segments. */
function templatesByLength(operations: ApiOperation[]): Map<number, Entry[]> {
  const byLength = new Map<number, Entry[]>();
  for (const operation of operations) {
    const segments = split(operation.path).map(templateSegment);
    const entries = byLength.get(segments.length) ?? [];
    entries.push({ operation, segments });
    byLength.set(segments.length, entries);
  }
  return byLength;
}

/** The path part of a URL as written: no scheme and host, no leading `{{base}}`, no query or fragment. */
function pathOf(url: string): string {
  let path = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  path = path.replace(/^\{\{[^{}]*\}\}(?=\/|$)/, '');
  const end = path.search(/[?#]/);
  return end >= 0 ? path.slice(0, end) : path;
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function templateSegment(segment: string): Segment {
  if (/^\{[^{}]+\}$/.test(segment)) return 'any';
  if (!segment.includes('{')) return { literal: segment };
  const source = segment
    .split(/\{[^{}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('.+');
  return { pattern: new RegExp(`^${source}$`) };
}

function isPlaceholder(segment: string): boolean {
  return segment.includes('{{') || /^\{[^{}]+\}$/.test(segment);
}

function startsWith(segments: string[], base: string[]): boolean {
  return base.every((part, i) => segments[i] === part);
}

/** -1 when the URL cannot be this template; else higher for more literal agreement. */
function matchScore(template: Segment[], url: string[]): number {
  let score = 0;
  for (let i = 0; i < template.length; i++) {
    const want = template[i];
    const got = url[i];
    const placeholder = isPlaceholder(got);
    if (want === 'any') score += placeholder ? 2 : 1;
    else if ('literal' in want) {
      if (want.literal === got) score += 3;
      else if (!placeholder) return -1;
    } else if (!placeholder && !want.pattern.test(got)) return -1;
    else score += 1;
  }
  return score;
}
