/** Common values after `Name: ` for the headers that have them (media types, `Bearer ...`, `no-cache` ...). */
import type { CompletionItem, CompletionProvider } from '../types';
import { HEADER_VALUES } from '../headers';

/** Values of the header being written. */
export const headerValueProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'headerValue') return [];
    const lineStart = ctx.text.lastIndexOf('\n', ctx.token.start - 1) + 1;
    const name = /^[ \t]*([A-Za-z0-9_.-]+):/.exec(ctx.text.slice(lineStart, ctx.token.start))?.[1] ?? '';
    const values = HEADER_VALUES[name.toLowerCase()] ?? [];
    // Right after the colon, the value gets its separating space.
    const gap = ctx.text[ctx.token.start - 1] === ':' ? ' ' : '';
    const span = { start: ctx.token.start, end: ctx.offset };
    return values.map((v, i): CompletionItem => ({
      label: v.value,
      kind: 'value',
      detail: `${name} value`,
      insertText: gap + (v.snippet ?? v.value),
      span,
      sortText: String(i).padStart(3, '0'),
      ...(v.snippet ? { snippet: true } : {}),
    }));
  },
};
