/** Writes every run to the Assay log: each event as `describeEvent` words it, and how the run ended. */
import type * as vscode from 'vscode';
import { describeEvent } from './describe';
import type { RunObserver } from './run-service';

export function runLog(log: vscode.LogOutputChannel): RunObserver {
  return {
    event(runId, event) {
      const text = describeEvent(event);
      if (text !== undefined) log.info(`[${runId}] ${text}`);
    },
    finished({ runId, exitCode, message }) {
      if (message) log.warn(`[${runId}] ${message}`);
      log.info(`[${runId}] exit code ${exitCode}`);
    },
  };
}
