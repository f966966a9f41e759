/** Larger templates: a test with a request, a component, a parameterized test, a GraphQL request. */
import type { CompletionItem, CompletionProvider } from '../types';
import { atStatement, atTopLevel, wordSpan } from './common';

interface Snippet {
  label: string;
  detail: string;
  body: string;
}

const METHODS = '${2|GET,POST,PUT,PATCH,DELETE|}';

const TOP_LEVEL: readonly Snippet[] = [
  {
    label: 'test with a request',
    detail: 'test "name" { GET ... expect ... }',
    body: `test "\${1:name}" {\n  ${METHODS} {{\${3:baseUrl}}}/\${4:path}\n  expect status == \${5:200}\n  $0\n}`,
  },
  {
    label: 'component with parameters',
    detail: 'component name(params) { ... }',
    body: '# ${3:What it does.}\ncomponent ${1:name}(${2:param}) {\n  $0\n}',
  },
  {
    label: 'parameterized test',
    detail: 'test "name {{id}}" with [ rows ] { ... }',
    body: 'test "${1:name} {{${2:id}}}" with [\n  { ${2:id}: ${3:1} },\n  { ${2:id}: ${4:2} },\n] {\n  GET {{${5:baseUrl}}}/${6:path}/{{${2:id}}}\n  expect status == 200\n  $0\n}',
  },
];

const STATEMENT: readonly Snippet[] = [
  {
    label: 'GraphQL request',
    detail: 'POST .../graphql with a graphql body',
    body: 'POST {{${1:baseUrl}}}/${2:graphql}\ngraphql """\n  ${3:query} {\n    $4\n  }\n"""\nexpect \\$.errors not exists\n$0',
  },
  {
    label: 'request with checks',
    detail: 'GET url, expect status, capture',
    body: `${METHODS.replace('2', '1')} {{\${2:baseUrl}}}/\${3:path}\nexpect status == \${4:200}\n$0`,
  },
];

/** Templates: tests and components at the top level, requests in a block. */
export const snippetProvider: CompletionProvider = {
  provide(ctx) {
    if (ctx.token.kind !== 'word') return [];
    const list = atTopLevel(ctx) ? TOP_LEVEL : atStatement(ctx) ? STATEMENT : [];
    const span = wordSpan(ctx);
    return list.map((s): CompletionItem => ({
      label: s.label,
      kind: 'snippet',
      detail: s.detail,
      documentation: '```assay\n' + s.body.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '').replace(/\\\$/g, '$') + '\n```',
      insertText: s.body,
      snippet: true,
      span,
      sortText: `4${s.label}`,
      filterText: s.label.split(' ')[0],
    }));
  },
};
