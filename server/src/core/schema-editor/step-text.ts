/**
 * Reads the request step around an offset from the text alone, so that schema hints keep working while
 * the step does not parse (a half-typed JSON body, an unclosed string). Input: the document and an
 * offset. Output: the step's request line (method and URL with their spans), its text range, and the
 * regions inside it that hold other languages: a `json` or `variables` body and a `graphql` document.
 *
 * A step starts at a request line and runs to the next request line, `use`, `delay` or `log` line, or
 * to the end of its top-level chunk. Lines inside `"""` strings never start a step.
 */
import { HTTP_METHODS, type Span } from '../ast';
import { startsTopLevel } from '../syntax/scan';

/** A request step as written. */
export interface StepText {
  method: string;
  methodSpan: Span;
  /** The URL as written, up to the first space. */
  url: string;
  urlSpan: Span;
  /** From the request line's start to the next step or the chunk's end. */
  span: Span;
}

/** A JSON value written after `json` or `variables`: from its opening bracket to its closing one (or the step's end). */
export interface JsonRegion {
  keyword: 'json' | 'variables';
  span: Span;
}

/** The text of a `graphql` document string, without its quotes. */
export interface GraphqlRegion {
  /** Where the document's text starts and ends (the quotes excluded). */
  span: Span;
  text: string;
  /** The name given by `operation "Name"` in the step, if any. */
  operationName?: string;
}

const REQUEST_LINE = new RegExp(`^([ \\t]*)(${HTTP_METHODS.join('|')})([ \\t]+)(\\S*)`);
const OTHER_STEP = /^[ \t]*(?:use|delay|log)\b/;
const STATUS = /^[ \t]*expect[ \t]+status[ \t]*(?:==[ \t]*(\d{3})\b|in[ \t]*\[[ \t]*(\d{3})\b)/m;
const OPERATION = /^[ \t]*operation[ \t]+"([^"\\]*)"/m;

/**
 * The top-level item around `offset`: from the line that starts it (a top-level keyword at column 0)
 * to the line that starts the next one, without the blank and comment lines above that one. Only the
 * item's own lines are read, however long the file.
 */
function chunkAround(text: string, offset: number): Span {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0 && !startsTopLevel(text, start)) start = text.lastIndexOf('\n', start - 2) + 1;
  let end = text.indexOf('\n', offset);
  while (end >= 0 && !startsTopLevel(text, end + 1)) end = text.indexOf('\n', end + 1);
  if (end < 0) end = text.length;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart <= offset || !/^(?:#.*|\s*)$/.test(text.slice(lineStart, end))) break;
    end = lineStart - 1;
  }
  return { start, end: Math.max(end, offset) };
}

interface Line {
  start: number;
  text: string;
}

/** The lines of `span` that start outside `"""` strings. */
function codeLines(text: string, span: Span): Line[] {
  const lines: Line[] = [];
  let inTriple = false;
  let pos = span.start;
  while (pos <= span.end) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > span.end) end = span.end;
    const line = text.slice(pos, end);
    if (!inTriple) lines.push({ start: pos, text: line });
    if ((line.split('"""').length - 1) % 2 === 1) inTriple = !inTriple;
    pos = end + 1;
  }
  return lines;
}

/** The request step that holds `offset`, or undefined outside any (in a `use` step, between blocks). */
export function requestStepAt(text: string, offset: number): StepText | undefined {
  const chunk = chunkAround(text, offset);
  const lines = codeLines(text, chunk);
  let found: StepText | undefined;
  let end = chunk.end;
  for (const line of lines) {
    const startsStep = REQUEST_LINE.test(line.text) || OTHER_STEP.test(line.text);
    if (!startsStep) continue;
    if (line.start > offset) {
      end = line.start;
      break;
    }
    const m = REQUEST_LINE.exec(line.text);
    if (!m) {
      found = undefined;
      continue;
    }
    const methodStart = line.start + m[1].length;
    const urlStart = methodStart + m[2].length + m[3].length;
    found = {
      method: m[2],
      methodSpan: { start: methodStart, end: methodStart + m[2].length },
      url: m[4],
      urlSpan: { start: urlStart, end: urlStart + m[4].length },
      span: { start: line.start, end: chunk.end },
    };
  }
  if (!found) return undefined;
  found.span.end = trimBlockEnd(text, found.span.start, end);
  return found;
}

/** Drops the block's closing `}` (and blank space before it) from a step that runs to its chunk's end. */
function trimBlockEnd(text: string, start: number, end: number): number {
  const body = text.slice(start, end);
  const closing = /\n[ \t]*\}[ \t]*$/.exec(body);
  return closing ? start + closing.index : end;
}

/** The status the step expects (`expect status == 201`, or the first of `in [...]`), if it says. */
export function expectedStatus(text: string, step: StepText): string | undefined {
  const m = STATUS.exec(text.slice(step.span.start, step.span.end));
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The `json` or `variables` value of the step whose brackets hold `offset`. */
export function jsonRegionAt(text: string, step: StepText, offset: number): JsonRegion | undefined {
  for (const line of codeLines(text, step.span)) {
    const m = /^([ \t]*)(json|variables)[ \t]*(?=[{[])/.exec(line.text);
    if (!m) continue;
    const start = line.start + m[0].length;
    const end = closingBracket(text, start, step.span.end);
    if (start < offset && offset <= end) return { keyword: m[2] as JsonRegion['keyword'], span: { start, end } };
  }
  return undefined;
}

/** The offset after the bracket that closes the one at `start`, or `limit` when it does not close before it. */
function closingBracket(text: string, start: number, limit: number): number {
  let depth = 0;
  for (let i = start; i < limit; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < limit && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return limit;
}

/** The `graphql` document of the step (a `"""` or `"` string), if it has one. */
export function graphqlRegionOf(text: string, step: StepText): GraphqlRegion | undefined {
  const stepText = text.slice(step.span.start, step.span.end);
  const m = /^[ \t]*graphql[ \t]+("""|")/m.exec(stepText);
  if (!m) return undefined;
  const start = step.span.start + m.index + m[0].length;
  const triple = m[1] === '"""';
  let end = triple ? text.indexOf('"""', start) : stringEnd(text, start);
  if (end < 0 || end > step.span.end) end = step.span.end;
  const operationName = OPERATION.exec(stepText)?.[1];
  return { span: { start, end }, text: text.slice(start, end), ...(operationName ? { operationName } : {}) };
}

/** Where the one-line string whose text starts at `start` ends (its closing quote), or its line's end. */
function stringEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
