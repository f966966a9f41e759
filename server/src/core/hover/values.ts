/**
 * Writes declarations as they stand in the source, for hover and completion: a variable's value (literals
 * as written and shortened, `env("NAME", fallback)` for environment variables, `••••••` for every secret
 * value) and a component's signature with its doc comment.
 */
import type { Literal, VarDecl } from '../ast';
import { MASK } from '../runner/secrets';
import type { ComponentSymbol } from '../semantic/module';

/** `component name(a, b)`. */
export function signatureOf(sym: ComponentSymbol): string {
  return `component ${sym.decl.name.name}(${sym.decl.params.map((p) => p.name).join(', ')})`;
}

/** The signature in a code block, then the doc comment. */
export function componentDoc(sym: ComponentSymbol): string {
  const doc = sym.decl.doc ?? sym.definition.doc;
  return '```assay\n' + signatureOf(sym) + '\n```' + (doc ? `\n\n${doc}` : '');
}

/** The value of a `vars` entry as Assay source, masked when the var is secret. */
export function showVarValue(decl: VarDecl, max = 80): string {
  const value = decl.value;
  if (value.kind === 'Env') {
    const fallback = value.fallback ? `, ${decl.secret ? JSON.stringify(MASK) : showLiteral(value.fallback, max)}` : '';
    return `${decl.secret ? 'secret ' : ''}env(${JSON.stringify(value.name.value)}${fallback})`;
  }
  return decl.secret ? `secret ${MASK}` : showLiteral(value, max);
}

/** A literal as Assay source of at most about `max` characters. */
function showLiteral(lit: Literal, max = 80): string {
  const text = literalText(lit);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function literalText(lit: Literal): string {
  switch (lit.kind) {
    case 'String':
      return lit.triple ? `"""${lit.value}"""` : JSON.stringify(lit.value);
    case 'Number':
      return String(lit.value);
    case 'Bool':
      return String(lit.value);
    case 'Null':
      return 'null';
    case 'Duration':
      return `${lit.ms}ms`;
    case 'Interp':
      return `{{${lit.expr}}}`;
    case 'Array':
      return `[${lit.items.map(literalText).join(', ')}]`;
    case 'Object':
      return `{ ${lit.entries.map((e) => `${/^[A-Za-z_]\w*$/.test(e.key) ? e.key : JSON.stringify(e.key)}: ${literalText(e.value)}`).join(', ')} }`;
  }
}
