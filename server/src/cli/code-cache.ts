/**
 * Runs a CommonJS bundle through a V8 code cache kept beside it, so that a command does not compile
 * the 2 MB CLI bundle (and the functions it calls) again on every start: about 13% of the wall time
 * of a one-request `assay run`. Node 22 does this itself (`module.enableCompileCache`); Node 20, which
 * VS Code and CI run, does not.
 *
 * The cache is written when the process exits, so it holds the functions that command compiled; one
 * file per command name and Node version, written whole under a temporary name and renamed. It starts
 * with a line naming the bundle it was made from (size and modification time): V8 checks a cache only
 * against its own version, its flags and the source's length, so a rebuilt bundle must not meet the
 * cache of the old one. A cache that does not fit is not used, and is written again at exit. A folder
 * that cannot be written to (a shared install) means no cache, never an error.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CompiledRun {
  /** True when the bundle was compiled from its cache. */
  fromCache: boolean;
}

/** Runs the CommonJS file `file` with its code cache for `command` (a file name part): `${file}.<command>.<node>.cache`. */
export function runWithCodeCache(file: string, command: string): CompiledRun {
  const cacheFile = `${file}.${command}.${process.version}-${process.arch}.cache`;
  const source = readFileSync(file, 'utf8');
  const stamp = stampOf(file);
  const cachedData = readCache(cacheFile, stamp);
  const script = new Script(wrap(source), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  if (!fromCache) process.once('exit', () => writeCache(cacheFile, stamp, script));
  const module = { exports: {}, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { fromCache };
}

/** The first line of a cache: which build of the bundle it belongs to. */
function stampOf(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `assay code cache of ${size} bytes, modified ${mtimeMs}\n`;
}

/** The cached data after the stamp, when the stamp matches; undefined otherwise or when unreadable. */
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  try {
    const bytes = readFileSync(cacheFile);
    const head = Buffer.from(stamp);
    return bytes.subarray(0, head.length).equals(head) ? bytes.subarray(head.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache: a temporary file first (skipping the work when the folder is not writable), then renamed. */
function writeCache(cacheFile: string, stamp: string, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    writeSync(fd, stamp);
    writeSync(fd, script.createCachedData());
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, cacheFile);
  } catch {
    // No cache this time: the folder is not writable, or the disk is full.
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
  }
}
