/** Top-level items where one can start: `test`, `component`, `vars`, `setup`, `teardown`, `import`, `use`, decorators. */
import { docFor } from '../../hover/docs';
import type { CompletionItem, CompletionProvider } from '../types';
import { atTopLevel, wordSpan } from './common';

const ITEMS: readonly { label: string; insert: string; doc: string | undefined; kind?: 'decorator' }[] = [
  { label: 'test', insert: 'test "${1:name}" {\n  $0\n}', doc: docFor('test') },
  { label: 'component', insert: 'component ${1:name}(${2}) {\n  $0\n}', doc: docFor('component') },
  { label: 'vars', insert: 'vars {\n  $0\n}', doc: docFor('vars') },
  { label: 'setup', insert: 'setup {\n  $0\n}', doc: docFor('setup') },
  { label: 'teardown', insert: 'teardown {\n  $0\n}', doc: docFor('teardown') },
  { label: 'import', insert: 'import "$1"', doc: docFor('import') },
  { label: 'use openapi', insert: 'use openapi "$1"', doc: docFor('openapi') },
  { label: 'use graphql', insert: 'use graphql "$1"', doc: docFor('graphql') },
  { label: '@tag', insert: '@tag($1)', doc: docFor('tag', 'decorators'), kind: 'decorator' },
  { label: '@skip', insert: '@skip', doc: docFor('skip', 'decorators'), kind: 'decorator' },
  { label: '@only', insert: '@only', doc: docFor('only', 'decorators'), kind: 'decorator' },
];

/** Top-level items, as snippets, where the grammar expects one. */
export const topLevelProvider: CompletionProvider = {
  provide(ctx) {
    if (!atTopLevel(ctx) || ctx.token.kind !== 'word') return [];
    const span = wordSpan(ctx);
    return ITEMS.map((item): CompletionItem => ({
      label: item.label,
      kind: item.kind ?? 'keyword',
      insertText: item.insert,
      snippet: true,
      span,
      sortText: `1${item.label}`,
      ...(item.doc ? { documentation: item.doc } : {}),
    }));
  },
};
