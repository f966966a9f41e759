/**
 * Questions an editor asks of a `FileModel` at an offset: what is there (go to definition, hover,
 * rename) and which names are visible (completion). Each is a binary search plus the size of one block.
 */
import { BUILTIN_DEFINITIONS } from './builtins';
import type { BlockScope, FileModel } from './file-model';
import type { Definition, Reference } from './symbols';

/** The reference or the definition whose span holds `offset` (references first), or undefined. */
export function symbolAt(model: FileModel, offset: number): { reference: Reference } | { definition: Definition } | undefined {
  const reference = containing(model.references, offset);
  if (reference) return { reference };
  const definition = containing(model.definitions, offset);
  return definition ? { definition } : undefined;
}

/** The block scope holding `offset`, or undefined outside tests, components, setup and teardown. */
export function blockAt(model: FileModel, offset: number): BlockScope | undefined {
  return containing(model.scopes, offset);
}

/** The variables visible at `offset`, one per name (the innermost), for completion and did-you-mean. */
export function visibleAt(model: FileModel, offset: number): Definition[] {
  const visible = new Map<string, Definition>(BUILTIN_DEFINITIONS);
  for (const [name, def] of model.vars) visible.set(name, def);
  const block = blockAt(model, offset);
  if (block?.seesSetup) for (const [name, def] of model.setupCaptures) visible.set(name, def);
  if (block) for (const e of block.entries) if (e.from <= offset) visible.set(e.definition.name, e.definition);
  return [...visible.values()];
}

/** The last of `items` (sorted by start, not overlapping) whose span holds `offset`, its end included. */
function containing<T extends { span: { start: number; end: number } }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found = items[lo - 1];
  return found && offset <= found.span.end ? found : undefined;
}
