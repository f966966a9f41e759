/**
 * `assay run --watch`: runs the files, then again each time a file the runs depend on changes (an .assay
 * file, a file a run read: imports, data rows, bodies, bound schemas; an .env file) under the workspace
 * root or the folders given, or an --env-file wherever it is, until Ctrl+C. Other files (logs, reports,
 * build output) start nothing.
 * Between runs the process stays up with its parsers, loaded schemas and optimized code: a file is
 * parsed again only where it changed, a schema loaded again only when one of its files changed, and
 * the runner starts warm. Changes made during a run start one more run after it. Status lines go to
 * standard error, so that a report on standard output stays whole. The exit code is the last run's
 * (130 when Ctrl+C cancelled a run).
 */
import { basename, dirname, resolve } from 'node:path';
import { DocumentParser } from '../core';
import { displayPath, isInside } from '../core/semantic/paths';
import { EXIT_INTERRUPTED, UsageError, type CliIo } from './io';
import type { RunSettings } from './run-args';
import { runOnce, type RunSession } from './run-once';
import { isToolPath, watchTree, WATCH_QUIET_MS, type TreeWatcher } from './watch';

export async function watchRuns(settings: RunSettings, io: CliIo, session: RunSession): Promise<number> {
  const parsers = new Map<string, DocumentParser>();
  const watching: RunSession = {
    ...session,
    parseText(path, text) {
      let parser = parsers.get(path);
      if (!parser) parsers.set(path, (parser = new DocumentParser()));
      return parser.update(text);
    },
  };
  const envFiles = new Set(settings.envFiles.map((file) => resolve(io.cwd, file)));
  const matters = (folder: string, path: string): boolean =>
    !isToolPath(folder, path) && (path.endsWith('.assay') || basename(path).startsWith('.env') || envFiles.has(path) || session.host.hasRead(path));
  let changed: string[] = [];
  let wake: ((stop: boolean) => void) | undefined;
  let failed = false;
  const folders = watchedFolders(settings, io.cwd);
  // An --env-file outside those folders: its own folder is watched for it alone.
  const outsideEnvFiles = [...envFiles].filter((file) => !folders.some((folder) => isInside(folder, file)));
  const watch = (folder: string, recursive: boolean, ignore: (path: string) => boolean): TreeWatcher =>
    watchFolder(
      folder,
      {
        quietMs: WATCH_QUIET_MS,
        recursive,
        ignore,
        onError(error) {
          io.err(`assay run --watch: stopped watching ${folder}: ${error.message}\n`);
          failed = true;
          wake?.(true);
        },
      },
      (paths) => {
        changed.push(...paths);
        wake?.(false);
      },
    );
  const watchers = [
    ...folders.map((folder) => watch(folder, true, (path) => !matters(folder, path))),
    ...[...new Set(outsideEnvFiles.map((file) => dirname(file)))].map((folder) => watch(folder, false, (path) => !outsideEnvFiles.includes(path))),
  ];
  const watched = [...folders, ...outsideEnvFiles].map((path) => displayPath(io.cwd, path)).join(', ');
  // Ctrl+C ends the session, between runs too: with no listener at all, even for a moment, the signal
  // would kill the process. During a run, the run's own listener cancels it first (run-once.ts).
  let interrupted = false;
  const stopListening = io.onInterrupt(() => {
    stopListening();
    interrupted = true;
    wake?.(true);
  });
  try {
    for (;;) {
      const code = await runOnce(settings, io, watching);
      if (code === EXIT_INTERRUPTED || failed || interrupted) return code;
      if (changed.length === 0) {
        io.err(`\nWatching ${watched} for changes; Ctrl+C to stop.\n`);
        if (await nextChange()) return code;
      }
      const paths = [...new Set(changed)];
      changed = [];
      for (const path of paths) {
        session.host.forget(path);
        session.schemas.invalidate(path);
      }
      const names = paths.slice(0, 3).map((path) => displayPath(io.cwd, path)).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
      io.err(`\n${names} changed: running again.\n\n`);
    }
  } finally {
    stopListening();
    for (const watcher of watchers) watcher.close();
  }

  /** Resolves true when watching should stop (Ctrl+C, or the watcher failed), false on a change. */
  function nextChange(): Promise<boolean> {
    if (interrupted || failed) return Promise.resolve(true);
    return new Promise((done) => {
      wake = (stop) => {
        wake = undefined;
        done(stop);
      };
    });
  }
}

/** The root, and the folders of the given paths that lie outside it (a file's own folder). */
function watchedFolders(settings: RunSettings, cwd: string): string[] {
  const folders = [settings.root];
  for (const given of settings.paths.map((p) => resolve(cwd, p))) {
    const folder = given.endsWith('.assay') ? dirname(given) : given;
    if (!folders.some((f) => isInside(f, folder))) folders.push(folder);
  }
  return folders;
}

/** `watchTree`, with a folder that cannot be watched (missing, too many watches) as a usage error. */
function watchFolder(...args: Parameters<typeof watchTree>): TreeWatcher {
  try {
    return watchTree(...args);
  } catch (e) {
    throw new UsageError(`--watch: cannot watch ${args[0]}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
