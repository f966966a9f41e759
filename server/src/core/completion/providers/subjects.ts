/** Assertion subjects after `expect` (and `retry ... until`): `status`, `duration`, `body`, `response`, a JSONPath. */
import { LANGUAGE_DOCS } from '../../hover/docs';
import { SUBJECT_WORDS } from '../../semantic/vocabulary';
import type { CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

/** Subjects where an assertion subject is expected. */
export const subjectProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word' || !ctx.expected.has('a JSONPath $...') || !ctx.expected.has('a name')) return [];
    const span = wordSpan(ctx);
    const items = SUBJECT_WORDS.map((word): CompletionItem => ({ label: word, kind: 'keyword', detail: 'subject', documentation: LANGUAGE_DOCS.subjects[word], insertText: word, span, sortText: `0${word}` }));
    items.push({ label: '$.', kind: 'property', detail: 'JSONPath into the body', insertText: '\\$.$1', snippet: true, span, sortText: '0$', filterText: '$' });
    return items;
  },
};
