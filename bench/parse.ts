/**
 * Parse benchmark: generated suites of 100 KB, 1 MB and 10 MB. For each: a cold parse of every block
 * (fresh parser, empty cache), then one-character edits re-parsed incrementally with diagnostics, next
 * to JSON.parse of a JSON document of the same size measured in the same run (the reference: ratios
 * survive a noisy shared machine better than times).
 *
 * Run: npm run bench -- parse   (or: node --import tsx bench/parse.ts)
 */
import { DocumentParser } from '../server/src/core';
import { generateJson, generateSuite } from './generate';
import { median, reportTable, saveResults, type Row } from './report';

const SIZES = [100_000, 1_000_000, 10_000_000];
const EDITS = 15;

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const rows: Row[] = [];
for (const size of SIZES) {
  const text = generateSuite(size);
  const json = generateJson(text.length);
  const jsonMs = median(Array.from({ length: 5 }, () => time(() => JSON.parse(json))));

  const parser = new DocumentParser();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const coldMs = time(() => parser.update(text));
  global.gc?.();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  // One-character edits at spread-out places, each re-parsed with its diagnostics collected.
  let current = text;
  const editTimes: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = current.indexOf('"pet-', Math.floor(((i + 0.5) / EDITS) * current.length)) + 2;
    const next = current.slice(0, at) + 'x' + current.slice(at);
    editTimes.push(time(() => parser.update(next, { start: at, oldEnd: at, newEnd: at + 1 }).errors.length));
    current = next;
  }
  const editMs = median(editTimes);
  rows.push({
    size: `${(text.length / 1e6).toFixed(1)} MB`,
    jsonParseMs: jsonMs,
    coldParseMs: coldMs,
    coldVsJson: coldMs / jsonMs,
    editMs,
    editVsJson: editMs / jsonMs,
    retainedMb,
  });
}

reportTable('parse', rows, [
  'Targets: edit in 1 MB < 20 ms, edit in 10 MB < 60 ms, cold parse of 1 MB < 1000 ms.',
  'The 0.1 MB row runs first and includes JIT warm-up.',
]);
saveResults('parse', rows);
