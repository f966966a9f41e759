/**
 * Bodies that span lines: JSON (`json ...`, `variables ...`) and GraphQL documents (`graphql """..."""`).
 * Input: the AST node and the chunk's text. Output: lines relative to the statement.
 *
 * - JSON that parses (with `{{...}}` taken as a value) is printed canonically: each array or object
 *   on one line (`{ "a": 1, "b": [1, 2] }`) if it was written on one line, else one value per line,
 *   indented by two spaces. Other JSON keeps its text; when
 *   it spans lines and every line is indented at least as much as its statement, its lines move with the
 *   statement (JSON ignores that whitespace); otherwise it is kept exactly as written.
 * - A GraphQL document whose `"""` quotes sit on their own lines is re-indented: the common indentation
 *   is removed and its lines are indented two spaces past the statement, with the closing `"""` in line
 *   with the statement. Any other document is kept as written.
 */
import type { StringLit, Template } from '../ast';
import { parseJson, printPretty } from './json';
import { verbatim, type Line } from './lines';
import type { Source } from './source';

export function jsonText(src: Source, json: Template, statementStart: number): Line[] {
  const text = json.text;
  const tree = parseJson(text);
  if (tree) return ordinary(printPretty(tree));
  if (!text.includes('\n') || text.includes('"""')) return verbatim(text);
  const statementIndent = indentationOfLine(src.text, statementStart);
  const [first, ...rest] = text.split('\n');
  if (rest.some((l) => l.trim() !== '' && !l.startsWith(statementIndent))) return verbatim(text);
  return ordinary([first.trimEnd(), ...rest.map((l) => (l.trim() === '' ? '' : l.slice(statementIndent.length).trimEnd()))]);
}

export function graphqlDocument(src: Source, doc: StringLit): Line[] {
  const lines = doc.value.split('\n');
  const reindentable = doc.triple && lines.length >= 2 && lines[0].trim() === '' && lines[lines.length - 1].trim() === '';
  if (!reindentable) return verbatim(src.slice(doc.span));
  const body = lines.slice(1, -1);
  const common = commonIndentation(body.filter((l) => l.trim() !== ''));
  return ordinary(['"""', ...body.map((l) => (l.trim() === '' ? '' : `  ${l.slice(common.length).trimEnd()}`)), '"""']);
}

function ordinary(texts: string[]): Line[] {
  return texts.map((text) => ({ text, raw: false }));
}

function indentationOfLine(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function commonIndentation(lines: string[]): string {
  let common: string | undefined;
  for (const l of lines) {
    const own = /^[ \t]*/.exec(l)![0];
    if (common === undefined) common = own;
    let n = 0;
    while (n < common.length && n < own.length && common[n] === own[n]) n++;
    common = common.slice(0, n);
  }
  return common ?? '';
}
