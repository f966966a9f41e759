/**
 * Hover at a cursor, editor-agnostic. Input: the document text, an offset, the model around the cursor
 * (see `itemModelAt`) and the file's tree, and optionally the last test results. Output: Markdown and the
 * span it is about, or undefined. It describes a variable (its value, secrets masked, and where it is
 * defined), a component (signature and doc comment), a test (its last result), what the bound schemas
 * say (schema.ts), and the language's words (docs.ts).
 */
import * as nodePath from 'node:path';
import type { AssayFile, Capture, CaptureSource, Span, TestDecl, VarDecl } from '../ast';
import { COMMON_HEADERS } from '../completion/headers';
import { itemAt } from '../completion/item-model';
import type { LoadedSchema } from '../schema';
import type { FileModel } from '../semantic/file-model';
import { symbolAt } from '../semantic/queries';
import type { Definition } from '../semantic/symbols';
import { docFor } from './docs';
import { schemaHover } from './schema';
import type { TestResult, TestResultLookup } from './test-results';
import { componentDoc, showVarValue } from './values';

export { docFor, LANGUAGE_DOCS, type LanguageDocs } from './docs';
export { TestResultMemory, type TestResult, type TestResultLookup } from './test-results';
export { componentDoc, showVarValue, signatureOf } from './values';

/** What hover reads besides the text. */
export interface HoverSources {
  /** The absolute path of the document. */
  path: string;
  /** The whole file's syntax tree. */
  ast: AssayFile;
  /** The model around the cursor (`itemModelAt`). */
  model: FileModel;
  results?: TestResultLookup;
  /** The schemas the file binds with `use openapi|graphql`, loaded. */
  schemas?: readonly LoadedSchema[];
}

/** Hover content: Markdown about `span`. */
export interface HoverInfo {
  markdown: string;
  span: Span;
}

/** The hover at `offset` in `text`, or undefined where there is nothing to say. */
export function hoverAt(text: string, offset: number, sources: HoverSources): HoverInfo | undefined {
  return symbolHover(text, offset, sources) ?? declarationHover(text, offset, sources) ?? schemaHover(text, offset, sources.schemas) ?? wordHover(text, offset);
}

function symbolHover(text: string, offset: number, sources: HoverSources): HoverInfo | undefined {
  const found = symbolAt(sources.model, offset);
  if (!found) return undefined;
  if ('reference' in found) {
    const def = found.reference.definition;
    return def ? { markdown: describe(def, text, sources), span: found.reference.span } : undefined;
  }
  return { markdown: describe(found.definition, text, sources), span: found.definition.span };
}

/** Names in heads, which the item model does not list: a var in `vars`, a component's name, a test's name. */
function declarationHover(text: string, offset: number, sources: HoverSources): HoverInfo | undefined {
  const item = itemAt(sources.ast, offset);
  const inside = (span: Span): boolean => span.start <= offset && offset <= span.end;
  if (item?.kind === 'Vars') {
    const decl = item.vars.find((v) => inside(v.name.span));
    const def = decl && sources.model.vars.get(decl.name.name);
    return decl && def ? { markdown: describe(def, text, sources), span: decl.name.span } : undefined;
  }
  if (item?.kind === 'Component' && inside(item.name.span)) {
    const sym = sources.model.components.get(item.name.name);
    return sym ? { markdown: componentDoc(sym), span: item.name.span } : undefined;
  }
  if (item?.kind === 'Test' && inside(item.name.span)) return { markdown: testHover(item, sources), span: item.name.span };
  return undefined;
}

function describe(def: Definition, text: string, sources: HoverSources): string {
  const where = location(def, text, sources);
  switch (def.kind) {
    case 'var':
    case 'secret': {
      const decl = def.node as VarDecl;
      const note = def.kind === 'secret' ? '\n\nSecret: masked as `••••••` in every output.' : '';
      return code(`${def.name} = ${showVarValue(decl)}`) + `\n\nFile variable, defined ${where}.${note}`;
    }
    case 'capture':
      return code(`capture ${def.name} = ${sourceText((def.node as Capture).source)}`) + `\n\nCapture, set ${where}.`;
    case 'param': {
      const owner = [...sources.model.components.values()].find((sym) => sym.decl.params.some((p) => p === def.node));
      return code(def.name) + `\n\nParameter of component \`${owner?.decl.name.name ?? '?'}\`, defined ${where}.`;
    }
    case 'row':
      return code(def.name) + `\n\nA value of each row of this parameterized test, defined ${where}.`;
    case 'component': {
      const sym = sources.model.components.get(def.name);
      return sym ? `${componentDoc(sym)}\n\nDefined ${where}.` : code(def.name);
    }
    case 'builtin':
      return code(`{{${def.name}}}`) + `\n\nBuilt-in. ${def.doc ?? ''}`.trimEnd();
  }
}

/** `at line 3` in this file, or `in ../common.assay` elsewhere. */
function location(def: Definition, text: string, sources: HoverSources): string {
  if (def.path === sources.path) return `at line ${lineOf(text, def.span.start) + 1}`;
  return `in \`${nodePath.relative(nodePath.dirname(sources.path), def.path).split(nodePath.sep).join('/')}\``;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function sourceText(source: CaptureSource): string {
  switch (source.kind) {
    case 'JsonPath':
      return source.path;
    case 'HeaderRef':
      return `header ${JSON.stringify(source.name.value)}`;
    case 'RegexCapture':
      return `regex /${source.regex.pattern}/${source.regex.flags}`;
    case 'Status':
      return 'status';
    case 'BodyText':
      return 'body';
  }
}

function code(source: string): string {
  return '```assay\n' + source + '\n```';
}

function testHover(test: TestDecl, sources: HoverSources): string {
  const parts = [code(`test ${JSON.stringify(test.name.value)}${test.data ? ' with ...' : ''}`)];
  if (test.doc) parts.push(test.doc);
  const result = sources.results?.lastResult(`${sources.path}#${test.name.value}`);
  parts.push(result ? resultText(result) : 'Not run in this session.');
  return parts.join('\n\n');
}

const STATUS_TEXT: Readonly<Record<TestResult['status'], string>> = { passed: '✓ passed', failed: '✗ failed', errored: '✗ errored', skipped: '○ skipped' };

function resultText(result: TestResult): string {
  const row = result.row === undefined ? '' : ` (row ${result.row})`;
  let out = `**Last run:** ${STATUS_TEXT[result.status]} in ${result.durationMs} ms${row}`;
  if (result.skipReason) out += `\n\nSkipped: ${result.skipReason}`;
  if (result.failure) {
    const { file, line, column } = result.failure.location;
    out += `\n\nFirst failure, at ${nodePath.basename(file)}:${line}:${column}:\n\n> ${result.failure.message.split('\n').join('\n> ')}`;
  }
  return out;
}

const METHOD_LINE = /^[ \t]*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)[ \t]/;
const HEADER_LINE = /^[ \t]*([A-Za-z0-9_.-]+):/;

/** The documentation of the keyword, operator, subject, type, decorator, method or header name at `offset`. */
function wordHover(text: string, offset: number): HoverInfo | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  const word = wordAround(line, at);
  if (!word || !codeBefore(line.slice(0, word.start))) return undefined;
  const span = { start: lineStart + word.start, end: lineStart + word.end };
  const before = line.slice(0, word.start);
  const header = HEADER_LINE.exec(line);
  if (header && !/^\s*$/.test(before)) return undefined;
  if (header) {
    const known = COMMON_HEADERS.find((h) => h.name.toLowerCase() === header[1].toLowerCase());
    return known ? { markdown: `**${known.name}** (request header)\n\n${known.doc}`, span } : undefined;
  }
  if (METHOD_LINE.test(line) && before.trim() !== '') return undefined;
  const markdown = before.endsWith('@')
    ? docFor(word.text, 'decorators')
    : /\bis\s+(?:not\s+)?$/.test(before)
      ? docFor(word.text, 'types')
      : /(?:expect|until)\s+$/.test(before)
        ? (docFor(word.text, 'subjects') ?? docFor(word.text))
        : (docFor(word.text, 'methods') ?? docFor(word.text));
  return markdown ? { markdown, span } : undefined;
}

/** The word (or operator) around column `at` of `line`. */
function wordAround(line: string, at: number): { text: string; start: number; end: number } | undefined {
  for (const pattern of [/[A-Za-z][A-Za-z0-9_-]*/g, /[=!<>]+/g]) {
    for (const m of line.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start <= at && at <= end && (start === 0 || !/[A-Za-z0-9_$.\-/]/.test(line[start - 1]))) return { text: m[0], start, end };
    }
  }
  return undefined;
}

/** True when the text before a word on its line leaves it outside strings, `{{ }}` and comments. */
function codeBefore(before: string): boolean {
  if (before.lastIndexOf('{{') > before.lastIndexOf('}}')) return false;
  let quote = false;
  for (let i = 0; i < before.length; i++) {
    if (quote && before[i] === '\\') i++;
    else if (before[i] === '"') quote = !quote;
    else if (!quote && before[i] === '#' && (i === 0 || /\s/.test(before[i - 1]))) return false;
  }
  return !quote && !/\/[^\s]*$/.test(before);
}

