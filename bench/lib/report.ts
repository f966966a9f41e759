/** Shared helpers for benchmarks: medians, a printed table, and results saved under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Row = Record<string, string | number>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function cell(value: string | number): string {
  if (typeof value === 'string') return value;
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** Prints the rows as a Markdown table (ready for docs/performance.md) with notes below it. */
export function reportTable(name: string, rows: Row[], notes: string[] = []): void {
  const columns = Object.keys(rows[0] ?? {});
  const lines = [
    `## ${name} (${new Date().toISOString().slice(0, 10)}, node ${process.version})`,
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((c) => cell(row[c])).join(' | ')} |`),
    '',
    ...notes,
  ];
  console.log(lines.join('\n'));
}

export function saveResults(name: string, rows: Row[]): void {
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
}
