/** Components after `use` in a block, inserted as a call with every parameter: `login(user: $1, password: $2)`. */
import { componentDoc, signatureOf } from '../../hover/values';
import type { CompletionItem, CompletionProvider } from '../types';
import { endsWith, wordSpan } from './common';

/** Components after `use`, as call snippets. */
export const componentProvider: CompletionProvider = {
  provide(ctx) {
    const model = ctx.sources.model;
    if (!model || ctx.token.kind !== 'word' || !ctx.expected.has('a name') || !endsWith(ctx, 'use')) return [];
    const span = wordSpan(ctx);
    return [...model.components.values()].map((sym): CompletionItem => {
      const params = sym.decl.params.map((p, i) => `${p.name}: \${${i + 1}}`).join(', ');
      return {
        label: sym.decl.name.name,
        kind: 'component',
        detail: signatureOf(sym),
        documentation: componentDoc(sym),
        insertText: `${sym.decl.name.name}(${params})`,
        snippet: true,
        span,
      };
    });
  },
};
