/**
 * JSONPath segments from the last response seen for the step at the cursor: the keys of the JSON value
 * that the path typed so far reaches (`$.items[0].` → `id`, `name` ...), or `[0]` / `[*]` for an array.
 * Without a remembered response there is nothing to offer.
 */
import type { AssayFile, Span, Step, TopItem } from '../../ast';
import { show, typeName } from '../../assertions/show';
import { itemAt } from '../item-model';
import type { CompletionContext, CompletionItem, CompletionProvider } from '../types';

/** JSONPath segments read from the remembered response of the step. */
export const jsonPathProvider: CompletionProvider = {
  provide(ctx) {
    const { model, responses, path } = ctx.sources;
    if (ctx.token.kind !== 'jsonpath' || !ctx.expected.has('a JSONPath $...') || !model || !responses || !path) return [];
    const at = stepAt(model.ast, path, ctx.offset);
    const body = at && responses.lastResponse(at.blockId, at.step);
    const parsed = body === undefined ? undefined : splitPath(ctx.token.text);
    if (!parsed) return [];
    const values = evaluate(body, parsed.segments);
    return completions(ctx, values, parsed.partial);
  },
};

/**
 * The block (named as the runner names it, see `ResponseMemory`) and the index of the step at `offset`:
 * the last step of the block that starts before it. Undefined outside a step.
 */
export function stepAt(ast: AssayFile, path: string, offset: number): { blockId: string; step: number } | undefined {
  const item = itemAt(ast, offset);
  const blockId = item && blockIdOf(item, path);
  const step = item ? stepIndex(stepsOf(item), offset) : -1;
  return blockId === undefined || step < 0 ? undefined : { blockId, step };
}

/** The block id the runner gives the item (see `ResponseMemory`), or undefined for components and the like. */
function blockIdOf(item: TopItem, path: string): string | undefined {
  switch (item.kind) {
    case 'Test':
      return `${path}#${item.name.value}`;
    case 'Setup':
      return `${path}#@setup`;
    case 'Teardown':
      return `${path}#@teardown`;
    case 'Broken':
      if (item.keyword === 'setup' || item.keyword === 'teardown') return `${path}#@${item.keyword}`;
      return item.keyword === 'test' && item.name !== undefined ? `${path}#${item.name}` : undefined;
    default:
      return undefined;
  }
}

function stepsOf(item: TopItem): readonly Step[] {
  return 'steps' in item ? item.steps : [];
}

/** The index of the last step that starts before `offset`, or -1. */
function stepIndex(steps: readonly Step[], offset: number): number {
  let index = -1;
  steps.forEach((s, i) => {
    if (s.span.start <= offset) index = i;
  });
  return index;
}

export type Segment = { name: string } | { index: number } | 'children';

/** What is being typed after the complete segments: a name after `.`, or nothing yet. */
export interface Partial {
  /** Offset in the token where the partial segment starts (at its `.`), or the token's length. */
  at: number;
  dot: boolean;
}

/** Splits `$.a[0].b` into complete segments and the partial one at the end; undefined when unreadable. */
export function splitPath(text: string): { segments: Segment[]; partial: Partial } | undefined {
  const segments: Segment[] = [];
  let i = 1;
  while (i < text.length) {
    if (text.startsWith('..', i)) return undefined;
    if (text[i] === '.') {
      const name = /^[A-Za-z0-9_\-$@]*/.exec(text.slice(i + 1))?.[0] ?? '';
      if (i + 1 + name.length === text.length) return { segments, partial: { at: i, dot: true } };
      segments.push(name === '*' || name === '' ? 'children' : { name });
      i += 1 + (name === '' ? 1 : name.length);
      continue;
    }
    if (text[i] === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) return undefined;
      const inner = text.slice(i + 1, close).trim();
      const quoted = /^(['"])(.*)\1$/.exec(inner);
      if (quoted) segments.push({ name: quoted[2] });
      else if (/^-?\d+$/.test(inner)) segments.push({ index: Number(inner) });
      else segments.push('children');
      i = close + 1;
      continue;
    }
    return undefined;
  }
  return { segments, partial: { at: text.length, dot: false } };
}

/** The values that `segments` reach from `root`; wildcards, filters and slices reach every child. */
function evaluate(root: unknown, segments: readonly Segment[]): unknown[] {
  let values = [root];
  for (const segment of segments) {
    values = values.flatMap((v): unknown[] => {
      if (segment === 'children') return Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [];
      if ('index' in segment) return Array.isArray(v) && v.at(segment.index) !== undefined ? [v.at(segment.index)] : [];
      return isObject(v) && Object.hasOwn(v, segment.name) ? [v[segment.name]] : [];
    });
  }
  return values;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function completions(ctx: CompletionContext, values: readonly unknown[], partial: Partial): CompletionItem[] {
  const tokenStart = ctx.token.start;
  const fromDot: Span = { start: tokenStart + partial.at, end: ctx.offset };
  const afterDot: Span = { start: tokenStart + partial.at + 1, end: ctx.offset };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const plain = /^[A-Za-z0-9_\-$@]+$/.test(key);
        const insertText = plain ? (partial.dot ? key : `.${key}`) : `['${key.replace(/'/g, "\\'")}']`;
        const span = plain && partial.dot ? afterDot : partial.dot ? fromDot : { start: ctx.offset, end: ctx.offset };
        items.push({ label: key, kind: 'property', detail: typeName(child), documentation: '```json\n' + show(child, 300) + '\n```', insertText, span, filterText: plain ? key : partial.dot ? `.${key}` : key });
      }
    } else if (Array.isArray(value) && !seen.has('[]')) {
      seen.add('[]');
      const span = partial.dot ? fromDot : { start: ctx.offset, end: ctx.offset };
      const element = value[0];
      items.push({ label: '[0]', kind: 'property', detail: element === undefined ? 'empty array' : typeName(element), documentation: `an array of ${value.length}`, insertText: '[0]', span, sortText: '0' });
      items.push({ label: '[*]', kind: 'property', detail: 'every item', documentation: `an array of ${value.length}`, insertText: '[*]', span, sortText: '1' });
    }
  }
  return items;
}
