/**
 * The policy for a `{{name}}` that no definition in scope gives a value, in one place.
 *
 * Variables can also be given at run time (`--var name=value`, `.env` files), which no check can see.
 * So a name is only an error when nothing could define it:
 * - `set-later`: a capture later in the same test or component sets it: read before set (an error).
 * - `unknown-builtin`: a `$name` that is not a built-in: nothing can define it (an error).
 * - `undefined`: no var, parameter, row key or capture of this file or its imports has the name (an error).
 * - `defined-elsewhere`: it is defined, but not where it is read, e.g. captured in another test, or a
 *   parameter of some component (a warning: most likely a scope mistake, possibly given at run time).
 * References inside a block whose scope is not fully known (a block that did not parse, rows from an
 * unreadable data file) are not judged.
 */
import type { FileModel } from './file-model';
import type { Reference } from './symbols';

/** Why a reference is unresolved; see the module comment. */
export type Unresolved = 'set-later' | 'unknown-builtin' | 'undefined' | 'defined-elsewhere';

/** How an unresolved `read` reference is judged, or undefined when it is resolved or not judged. */
export function classifyUnresolved(ref: Reference, model: FileModel): Unresolved | undefined {
  if (ref.role !== 'read' || ref.definition || ref.uncertain) return undefined;
  if (ref.setLater) return 'set-later';
  if (ref.name.startsWith('$')) return 'unknown-builtin';
  return model.definedAnywhere.has(ref.name) ? 'defined-elsewhere' : 'undefined';
}
