/**
 * A small, strict XML 1.0 reader for tests: one root element, matching tags, quoted attributes
 * without duplicates, the five named entities and character references, no raw `<` or `&` in text,
 * only characters XML allows. Throws on anything else; gives back a tree of elements.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ALLOWED = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  if (!ALLOWED.test(source)) throw new Error('a character XML does not allow');
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos}: ${JSON.stringify(source.slice(pos, pos + 30))}`);
  };
  const skipSpace = () => {
    while (/\s/.test(source[pos] ?? '')) pos++;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (!m) fail('expected a name');
    pos += m![0].length;
    return m![0];
  };
  const decode = (raw: string): string => {
    if (/<|&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(raw)) fail('raw < or & in text');
    return raw.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (_, ref: string) =>
      ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : NAMED[ref]!,
    );
  };
  const element = (): XmlElement => {
    if (source[pos] !== '<') fail('expected <');
    pos++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (source[pos] === '>') break;
      const attr = name();
      if (attr in el.attributes) fail(`duplicate attribute ${attr}`);
      skipSpace();
      if (source[pos] !== '=') fail('expected =');
      pos++;
      skipSpace();
      if (source[pos] !== '"' && source[pos] !== "'") fail('expected a quoted value');
      const end = source.indexOf(source[pos]!, pos + 1);
      if (end < 0) fail('unterminated attribute');
      el.attributes[attr] = decode(source.slice(pos + 1, end));
      pos = end + 1;
    }
    pos++;
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) fail(`unclosed <${el.name}>`);
      el.text += decode(source.slice(pos, next));
      pos = next;
      if (source.startsWith('</', pos)) {
        pos += 2;
        if (name() !== el.name) fail(`mismatched </...> for <${el.name}>`);
        skipSpace();
        if (source[pos] !== '>') fail('expected >');
        pos++;
        return el;
      }
      el.children.push(element());
    }
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    pos = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== source.length) fail('content after the root element');
  return root;
}
