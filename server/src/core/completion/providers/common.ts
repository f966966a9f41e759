/** Small helpers the completion providers share: the span of the typed word and the tail of the text before it. */
import type { Span } from '../../ast';
import type { CompletionContext } from '../types';

/** The span the word being typed covers, including its rest after the cursor. */
export function wordSpan(ctx: CompletionContext): Span {
  return { start: ctx.token.start, end: ctx.token.end };
}

/** True when the chunk text before the token ends with `pattern` (a regex source matched at the end, spaces allowed). */
export function endsWith(ctx: CompletionContext, pattern: string): boolean {
  return new RegExp(`(?:^|[\\s(,=@])${pattern}\\s*$`).test(ctx.before);
}

/** True in a block, where a statement can start. */
export function atStatement(ctx: CompletionContext): boolean {
  return ctx.expected.has('an HTTP method');
}

/** True at the top level, where an item can start. */
export function atTopLevel(ctx: CompletionContext): boolean {
  return ctx.expected.has('@') && ctx.expected.has('component');
}

/** `text` with the characters that mean something in a snippet (`$`, `}`, a backslash) escaped. */
export function escapeSnippet(text: string): string {
  return /[$}\\]/.test(text) ? text.replace(/[$}\\]/g, '\\$&') : text;
}
