/** Comparison operators after an assertion subject (`==`, `!=`, `<` ...); the word operators come as keywords. */
import { LANGUAGE_DOCS } from '../../hover/docs';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

const SYMBOLS = ['==', '!=', '<', '<=', '>', '>='];

/** Comparison operators after a subject. */
export const operatorProvider: CompletionProvider = {
  provide(ctx) {
    if ((ctx.token.kind !== 'word' && ctx.token.kind !== 'operator') || !ctx.expected.has('==')) return [];
    const span = wordSpan(ctx);
    return SYMBOLS.map((op, i): CompletionItem => ({ label: op, kind: 'operator', documentation: LANGUAGE_DOCS.operators[op], insertText: `${op} `, span, sortText: `0${i}` }));
  },
};
