/**
 * Variables inside `{{ }}`: what is visible at the cursor (captures so far, row keys, parameters, setup's
 * captures, file vars, built-ins), innermost first, with where each comes from; secrets are flagged and
 * never shown. After a method, the same names are offered as `{{name}}` to start a URL.
 */
import type { VarDecl } from '../../ast';
import { visibleAt } from '../../semantic/queries';
import type { Definition, SymbolKind } from '../../semantic/symbols';
import { showVarValue } from '../../hover/values';
import type { CompletionContext, CompletionItem, CompletionProvider } from '../types';
import { wordSpan } from './common';

const ORDER: Readonly<Record<SymbolKind, number>> = { capture: 0, row: 0, param: 1, var: 2, secret: 2, component: 3, builtin: 4 };
const DETAIL: Readonly<Record<SymbolKind, string>> = {
  capture: 'capture',
  row: 'row value',
  param: 'component parameter',
  var: 'var',
  secret: 'secret var',
  component: 'component',
  builtin: 'built-in',
};

/** Visible variables inside `{{ }}`, and as `{{name}}` where a URL starts. */
export const variableProvider: CompletionProvider = {
  provide(ctx) {
    const model = ctx.sources.model;
    if (!model) return [];
    if (ctx.token.kind === 'interp') {
      // Only the root name completes: `{{user.` reads a field of a value.
      if (!/^\$?\w*$/.test(ctx.token.text)) return [];
      const close = /^\s*\}\}/.test(ctx.text.slice(ctx.token.end, ctx.token.end + 100)) ? '' : '}}';
      return visibleAt(model, ctx.offset).map((def) => item(ctx, def, def.name + close, def.name));
    }
    if (ctx.token.kind === 'word' && ctx.expected.has('a URL')) {
      return visibleAt(model, ctx.offset)
        .filter((def) => def.kind !== 'builtin')
        .map((def) => item(ctx, def, `{{${def.name}}}`, `{{${def.name}}}`));
    }
    return [];
  },
};

function item(ctx: CompletionContext, def: Definition, insertText: string, label: string): CompletionItem {
  const span = wordSpan(ctx);
  const documentation = documentationOf(def);
  return {
    label,
    kind: 'variable',
    detail: DETAIL[def.kind],
    insertText,
    span,
    sortText: `${ORDER[def.kind]}${def.name}`,
    filterText: def.name,
    ...(documentation ? { documentation } : {}),
  };
}

function documentationOf(def: Definition): string | undefined {
  if (def.kind === 'builtin') return def.doc;
  if (def.node?.kind === 'Var') return '```assay\n' + `${def.name} = ${showVarValue(def.node as VarDecl)}` + '\n```';
  return undefined;
}
