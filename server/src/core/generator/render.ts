/**
 * Writes generated files as Assay text in the formatter's canonical layout, so that `assay fmt` leaves
 * them unchanged without the generator having to run the (parser-backed) formatter. Each generated test
 * carries a marker as the last line of its doc comment: `# @generated op=<key> hash=<8 hex digits>`,
 * where the hash is of the test's text without the marker line (see markers.ts); the file's head (header
 * comment, `use` and `vars`) carries one too, `op=file`, as the last line of the header comment.
 */
import type { GeneratedFile, GeneratedStep, GeneratedTest, GeneratedVar } from './model';
import { markerLine, regionHash } from './markers';
import { HEAD_KEY } from './merge';

/** The whole text of a file. */
export function renderFile(file: GeneratedFile): string {
  const head: string[][] = [file.header.map(comment)];
  if (file.uses.length > 0) head.push(file.uses);
  if (file.vars.length > 0) head.push(renderVars(file.vars));
  const marker = markerLine(HEAD_KEY, regionHash(head.map((b) => b.join('\n')).join('\n\n')));
  head[0] = [...head[0], marker];
  const blocks = [...head, ...file.tests.map(renderTest)];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

/** A test with its doc comment and marker, as lines. */
export function renderTest(test: GeneratedTest): string[] {
  const unmarked = [...test.doc.map(comment), ...testLines(test)];
  const marker = markerLine(test.key, regionHash(unmarked.join('\n')));
  return [...test.doc.map(comment), marker, ...testLines(test)];
}

function testLines(test: GeneratedTest): string[] {
  const lines: string[] = [];
  if (test.tags.length > 0) lines.push(`@tag(${test.tags.join(', ')})`);
  const name = JSON.stringify(test.name);
  if (!test.rows) lines.push(`test ${name} {`);
  else if (test.rows.length === 1) lines.push(`test ${name} with [${test.rows[0]}] {`);
  else lines.push(`test ${name} with [`, ...test.rows.map((r) => `  ${r},`), '] {');
  test.steps.forEach((step, i) => {
    if (i > 0) lines.push('');
    lines.push(...stepLines(step).map((l) => (l === '' ? '' : `  ${l}`)));
  });
  lines.push('}');
  return lines;
}

function stepLines(step: GeneratedStep): string[] {
  const lines = [`${step.method} ${step.url}`];
  for (const h of step.headers) lines.push(`${h.name}: ${h.value}`);
  if (step.query.length > 0) lines.push('query {', ...aligned(step.query).map((l) => `  ${l}`), '}');
  if (step.auth) lines.push(step.auth);
  if (step.body) lines.push(...step.body);
  if (step.variables) lines.push(...step.variables);
  lines.push(...step.options, ...step.checks);
  return lines;
}

function renderVars(vars: GeneratedVar[]): string[] {
  const fields = vars.map((v) => ({ name: v.name, value: v.secret ? `secret ${v.value}` : v.value }));
  return ['vars {', ...aligned(fields).map((l) => `  ${l}`), '}'];
}

/** `name = value` lines with the `=` signs lined up, as the formatter writes them. */
function aligned(fields: { name: string; value: string }[]): string[] {
  const width = Math.max(...fields.map((f) => f.name.length));
  return fields.map((f) => `${f.name.padEnd(width)} = ${f.value}`);
}

function comment(text: string): string {
  return text === '' ? '#' : `# ${text}`;
}
