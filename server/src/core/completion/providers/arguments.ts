/** The parameters of the component being called that are not given yet, inside `use name(...)`. */
import type { CompletionItem, CompletionProvider } from '../types';
import { signatureOf } from '../../hover/values';
import { wordSpan } from './common';

const CALL = /(?:^|\s)use\s+([A-Za-z_]\w*)\s*\(([^()]*)$/;

/** Missing parameters inside a component call. */
export const argumentProvider: CompletionProvider = {
  provide(ctx) {
    const model = ctx.sources.model;
    const call = CALL.exec(ctx.before);
    if (!model || !call || ctx.token.kind !== 'word' || !ctx.expected.has('a name')) return [];
    const sym = model.components.get(call[1]);
    if (!sym) return [];
    const given = new Set([...call[2].matchAll(/([A-Za-z_]\w*)\s*:/g)].map((m) => m[1]));
    const span = wordSpan(ctx);
    return sym.decl.params
      .filter((p) => !given.has(p.name))
      .map((p, i): CompletionItem => ({
        label: p.name,
        kind: 'parameter',
        detail: signatureOf(sym),
        insertText: `${p.name}: `,
        span,
        sortText: String(i).padStart(3, '0'),
      }));
  },
};
