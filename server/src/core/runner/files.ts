/**
 * File access for bodies and uploads through the workspace host: paths relative to the `.assay` file,
 * kept inside the workspace, read as bytes (`readBytes` when the host has it, else its text as UTF-8).
 */
import { isInside, resolveFrom } from '../semantic/paths';
import type { WorkspaceHost } from '../workspace/host';
import type { FileAccess } from './bodies';
import { EvalError } from './values';

export function fileAccess(host: WorkspaceHost, fromFile: string): FileAccess {
  return {
    bytes(relative) {
      const path = resolveFrom(fromFile, relative);
      if (!isInside(host.root, path)) throw new EvalError(`the file ${relative} is outside the workspace`);
      const bytes = host.readBytes ? host.readBytes(path) : textBytes(host.readFile(path));
      if (bytes === undefined) throw new EvalError(`cannot read the file ${relative}`);
      return { path, bytes };
    },
  };
}

function textBytes(text: string | undefined): Uint8Array | undefined {
  return text === undefined ? undefined : Buffer.from(text, 'utf8');
}
