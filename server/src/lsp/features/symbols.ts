/** Document symbols: the outline of a file — tests (with their steps), components, vars, setup, teardown. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AssayFile, Step, TopItem } from '../../core';
import { toRange } from '../convert';

export function documentSymbols(doc: TextDocument, ast: AssayFile): DocumentSymbol[] {
  return ast.items.flatMap((item) => {
    const symbol = itemSymbol(doc, item);
    return symbol ? [symbol] : [];
  });
}

function itemSymbol(doc: TextDocument, item: TopItem): DocumentSymbol | undefined {
  const range = toRange(doc, item.span);
  const make = (name: string, kind: SymbolKind, selection = item.span, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol => ({
    name,
    kind,
    range,
    selectionRange: toRange(doc, selection),
    children,
    ...(detail ? { detail } : {}),
  });
  switch (item.kind) {
    case 'Test':
      return make(item.name.value, SymbolKind.Method, item.name.span, steps(doc, item.steps), item.data ? 'parameterized' : undefined);
    case 'Component':
      return make(item.name.name, SymbolKind.Function, item.name.span, steps(doc, item.steps), `(${item.params.map((p) => p.name).join(', ')})`);
    case 'Vars':
      return make('vars', SymbolKind.Namespace, item.span, item.vars.map((v) => ({ name: v.name.name, kind: SymbolKind.Variable, range: toRange(doc, v.span), selectionRange: toRange(doc, v.name.span) })));
    case 'Setup':
      return make('setup', SymbolKind.Event, item.span, steps(doc, item.steps));
    case 'Teardown':
      return make('teardown', SymbolKind.Event, item.span, steps(doc, item.steps));
    case 'Import':
      return make(`import ${item.path.value}`, SymbolKind.Module);
    case 'Use':
      return make(`use ${item.schema} ${item.path.value}`, SymbolKind.Package);
    case 'Broken':
      return item.name === undefined ? undefined : make(item.name, SymbolKind.Method, item.span, [], 'has errors');
  }
}

function steps(doc: TextDocument, list: Step[]): DocumentSymbol[] {
  return list.map((step) => {
    const range = toRange(doc, step.span);
    switch (step.kind) {
      case 'Request':
        return { name: `${step.method} ${step.url.text}`, kind: SymbolKind.Event, range, selectionRange: toRange(doc, step.methodSpan) };
      case 'Call':
        return { name: `use ${step.name.name}`, kind: SymbolKind.Event, range, selectionRange: toRange(doc, step.name.span) };
      case 'Delay':
        return { name: `delay ${step.duration.ms}ms`, kind: SymbolKind.Event, range, selectionRange: range };
      case 'Log':
        return { name: 'log', kind: SymbolKind.Event, range, selectionRange: range };
    }
  });
}
