/**
 * Connects reporters to where their text goes: standard output or a file (its folder made if need
 * be), written as each event arrives so NDJSON streams. If a cancelled run ends without a run-end,
 * one is made from the runner's summary so that every report is complete.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createReporter, type ReporterOptions } from '../core/report';
import type { RunEvent, RunSummary } from '../core/runner/events';
import { UsageError } from './io';
import type { ReporterSpec } from './reporter-specs';

export interface ReportOutputs {
  emit(event: RunEvent): void;
  /** Ends every report (with a run-end from `summary` if the run sent none) and closes the files. */
  close(summary: RunSummary): void;
}

export interface OutputContext {
  cwd: string;
  out(text: string): void;
  /** Colors for a pretty reporter on standard output. */
  color: boolean;
  displayPath(file: string): string;
}

export function openReportOutputs(specs: ReporterSpec[], context: OutputContext): ReportOutputs {
  const targets = specs.map((spec) => {
    const options: ReporterOptions = { displayPath: context.displayPath, color: spec.file === undefined && context.color };
    const reporter = createReporter(spec.name, options);
    if (spec.file === undefined) return { reporter, write: context.out, close: () => {} };
    const fd = openFile(resolve(context.cwd, spec.file), spec.file);
    return { reporter, write: (text: string) => void writeSync(fd, text), close: () => closeSync(fd) };
  });
  let ended = false;
  const emit = (event: RunEvent) => {
    if (event.type === 'run-end') ended = true;
    for (const t of targets) {
      const text = t.reporter.onEvent(event);
      if (text !== '') t.write(text);
    }
  };
  return {
    emit,
    close(summary) {
      if (!ended) emit({ type: 'run-end', summary });
      for (const t of targets) t.close();
    },
  };
}

function openFile(path: string, shown: string): number {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
