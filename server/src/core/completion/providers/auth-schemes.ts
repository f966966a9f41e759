/** Auth schemes after `auth`, each with the arguments it takes. */
import { docFor } from '../../hover/docs';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

const SCHEMES: readonly { name: string; insert: string }[] = [
  { name: 'bearer', insert: 'bearer "{{${1:token}}}"' },
  { name: 'basic', insert: 'basic "${1:user}" "${2:password}"' },
  { name: 'apikey', insert: 'apikey "${1:X-API-Key}" "${2:key}"' },
];

/** Auth schemes, with their arguments, after `auth`. */
export const authSchemeProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word' || ![...ctx.expected].some((e) => e.startsWith('an auth scheme'))) return [];
    const span = wordSpan(ctx);
    return SCHEMES.map((s): CompletionItem => ({ label: s.name, kind: 'keyword', detail: 'auth scheme', documentation: docFor(s.name) ?? '', insertText: s.insert, snippet: true, span }));
  },
};
