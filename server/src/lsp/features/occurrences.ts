/**
 * The variable or component under the cursor and every place in the workspace that names it, for
 * go to definition, find references and rename. Input: the workspace and a file offset. Output: the
 * `Target` there and its `Occurrence`s in open and closed files, read from the semantic model.
 *
 * A capture that sets a name again (`capture token = ...` when `token` is visible) is the same variable
 * as the definition it replaces, so the two join one target; so do the keys of every row of an inline
 * `with [...]`, though only the first row's key is a definition in the model.
 */
import { symbolAt, type Definition, type FileModel, type Reference, type Span } from '../../core';
import type { Workspace, WorkspaceFile } from '../workspace';

/** What a name at the cursor stands for. */
export interface Target {
  name: string;
  /** The definition the cursor's name resolves to. */
  definition: Definition;
  /** The exact span of the name under the cursor. */
  span: Span;
}

/** A place that names a target: a definition of it or a reference to it. */
export interface Occurrence {
  path: string;
  /** The name exactly, without braces or quotes. */
  span: Span;
  isDefinition: boolean;
}

/** The target at `offset` of `file`, or undefined where no resolved name is (or only a built-in). */
export function targetAt(workspace: Workspace, file: WorkspaceFile, offset: number): Target | undefined {
  const hit = symbolAt(workspace.model(file), offset);
  if (!hit) return undefined;
  const text = file.text.getText();
  if ('reference' in hit) {
    const { reference } = hit;
    const definition = reference.role === 'write' ? ownCapture(workspace.model(file), reference) : reference.definition;
    if (!definition || definition.kind === 'builtin') return undefined;
    return under(offset, { name: reference.name, definition, span: nameSpan(text, reference.span, reference.name) });
  }
  const { definition } = hit;
  if (definition.kind === 'builtin') return undefined;
  return under(offset, { name: definition.name, definition, span: nameSpan(text, definition.span, definition.name) });
}

/** The target when `offset` is on its name (not on a field after it, as in `{{ pet.id }}`). */
function under(offset: number, target: Target): Target | undefined {
  return target.span.start <= offset && offset <= target.span.end ? target : undefined;
}

/** Every occurrence of `target` in the workspace's files, definitions included, by file and offset. */
export function occurrencesOf(workspace: Workspace, target: Target): Occurrence[] {
  const models: FileModel[] = [];
  for (const path of workspace.filePaths()) {
    const file = workspace.file(path);
    if (file && (path === target.definition.path || file.text.getText().includes(target.name))) models.push(workspace.model(file));
  }
  const group = linkedDefinitions(models, target.definition);
  const found = new Map<string, Occurrence>();
  const add = (path: string, span: Span, isDefinition: boolean): void => {
    const file = workspace.file(path);
    if (!file) return;
    const exact = nameSpan(file.text.getText(), span, target.name);
    const key = `${path}\u0000${exact.start}`;
    const known = found.get(key);
    if (!known || (isDefinition && !known.isDefinition)) found.set(key, { path, span: exact, isDefinition });
  };
  for (const model of models) {
    for (const def of model.definitions) if (group.has(keyOf(def))) add(def.path, def.span, true);
    for (const ref of model.references) if (ref.definition && group.has(keyOf(ref.definition))) add(ref.path, ref.span, ref.role === 'write');
    for (const def of model.definitions) if (group.has(keyOf(def)) && def.kind === 'row') for (const span of sameRowKeys(model, def)) add(def.path, span, true);
  }
  return [...found.values()].sort((a, b) => (a.path === b.path ? a.span.start - b.span.start : a.path < b.path ? -1 : 1));
}

/**
 * The span of `name` inside `span`: the name itself for a `{{ name }}` written with spaces (whose
 * reference spans the braces) or a quoted row key; `span` when the name is not found in it.
 */
export function nameSpan(text: string, span: Span, name: string): Span {
  const slice = text.slice(span.start, span.end);
  if (slice === name) return span;
  const at = slice.search(new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w])`));
  return at < 0 ? span : { start: span.start + at, end: span.start + at + name.length };
}

/** True when the text at `span` is exactly the target's name: the occurrence can be renamed in place. */
export function isExactName(text: string, span: Span, name: string): boolean {
  return text.slice(span.start, span.end) === name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keyOf(def: Definition): string {
  return `${def.path}\u0000${def.span.start}\u0000${def.name}`;
}

/** The capture a `write` reference makes: the model's definition at the same span. */
function ownCapture(model: FileModel, ref: Reference): Definition | undefined {
  return model.definitions.find((d) => d.kind === 'capture' && d.span.start === ref.span.start) ?? ref.definition;
}

/**
 * The keys of the definitions that are one variable with `start`: captures that set its name again
 * join the definition they replace, in either direction, across the given models.
 */
function linkedDefinitions(models: readonly FileModel[], start: Definition): Set<string> {
  const edges = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    edges.set(a, [...(edges.get(a) ?? []), b]);
    edges.set(b, [...(edges.get(b) ?? []), a]);
  };
  for (const model of models) {
    for (const ref of model.references) {
      if (ref.role !== 'write' || !ref.definition) continue;
      const own = ownCapture(model, ref);
      if (own && own !== ref.definition) link(keyOf(own), keyOf(ref.definition));
    }
  }
  const group = new Set([keyOf(start)]);
  const queue = [keyOf(start)];
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]) ?? []) {
      if (group.has(next)) continue;
      group.add(next);
      queue.push(next);
    }
  }
  return group;
}

/** For a row key of inline rows: the same key in every row of its test. */
function sameRowKeys(model: FileModel, def: Definition): Span[] {
  if (def.node?.kind !== 'Entry') return [];
  const test = model.ast.items.find((item) => item.kind === 'Test' && item.data?.kind === 'Rows' && item.span.start <= def.span.start && def.span.end <= item.span.end);
  if (test?.kind !== 'Test' || test.data?.kind !== 'Rows') return [];
  return test.data.rows.flatMap((row) => (row.kind === 'Object' ? row.entries.filter((e) => e.key === def.name).map((e) => e.keySpan) : []));
}
