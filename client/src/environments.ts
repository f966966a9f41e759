/**
 * The environments of a workspace: `assay run --env NAME` reads `.env.NAME` at the root, so each such
 * file names one. Input: the names of the root's files. Output: environment names. No `vscode` here.
 */

/** The environment names of `.env.NAME` files among `fileNames`, sorted. */
export function environmentsIn(fileNames: readonly string[]): string[] {
  return fileNames
    .flatMap((name) => {
      const env = /^\.env\.(.+)$/.exec(name)?.[1];
      return env !== undefined && !env.startsWith('.') ? [env] : [];
    })
    .sort();
}
