/**
 * A small JSON grammar under the scope `source.json`, for the grammar tests only. In VS Code the Assay
 * grammar's `json` and `variables` bodies include VS Code's own JSON grammar, which is not in
 * node_modules; this one stands in for it with the same region shape (a value, objects with a key
 * region and a value region after `:`, arrays, strings, numbers, literals) and the same scope names,
 * so the snapshots show what the Assay grammar contributes around and inside JSON (the region, and
 * `{{...}}` injected into strings and values).
 */
import type { IRawGrammar } from 'vscode-textmate';

const grammar = {
  scopeName: 'source.json',
  patterns: [{ include: '#value' }],
  repository: {
    value: {
      patterns: [{ include: '#constant' }, { include: '#number' }, { include: '#string' }, { include: '#array' }, { include: '#object' }],
    },
    constant: { name: 'constant.language.json', match: '\\b(?:true|false|null)\\b' },
    number: { name: 'constant.numeric.json', match: '-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?' },
    string: {
      name: 'string.quoted.double.json',
      begin: '"',
      beginCaptures: { '0': { name: 'punctuation.definition.string.begin.json' } },
      end: '"',
      endCaptures: { '0': { name: 'punctuation.definition.string.end.json' } },
      patterns: [{ name: 'constant.character.escape.json', match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})' }],
    },
    array: {
      name: 'meta.structure.array.json',
      begin: '\\[',
      beginCaptures: { '0': { name: 'punctuation.definition.array.begin.json' } },
      end: '\\]',
      endCaptures: { '0': { name: 'punctuation.definition.array.end.json' } },
      patterns: [{ include: '#value' }, { name: 'punctuation.separator.array.json', match: ',' }],
    },
    object: {
      name: 'meta.structure.dictionary.json',
      begin: '\\{',
      beginCaptures: { '0': { name: 'punctuation.definition.dictionary.begin.json' } },
      end: '\\}',
      endCaptures: { '0': { name: 'punctuation.definition.dictionary.end.json' } },
      patterns: [
        {
          name: 'string.json support.type.property-name.json',
          begin: '"',
          end: '"',
          patterns: [{ name: 'constant.character.escape.json', match: '\\\\.' }],
        },
        {
          name: 'meta.structure.dictionary.value.json',
          begin: ':',
          beginCaptures: { '0': { name: 'punctuation.separator.dictionary.key-value.json' } },
          end: '(,)|(?=\\})',
          endCaptures: { '1': { name: 'punctuation.separator.dictionary.pair.json' } },
          patterns: [{ include: '#value' }],
        },
      ],
    },
  },
};

/** The stand-in grammar, in the raw form vscode-textmate loads. */
export const jsonStandIn = grammar as unknown as IRawGrammar;
