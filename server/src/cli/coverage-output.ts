/**
 * `assay coverage` output for the terminal: a table of operations covered per tag (and documented
 * statuses asserted, for OpenAPI), the total, and the operations no request reaches; or the report as
 * JSON for tools.
 */
import { percent, type CoverageReport } from '../core/generator';

export function coverageText(report: CoverageReport): string {
  const withStatuses = report.kind === 'openapi';
  const header = ['tag', 'operations', 'covered', ...(withStatuses ? ['statuses', 'asserted'] : [])];
  const row = (g: CoverageReport['total']): string[] => [
    g.group,
    `${g.covered}/${g.operations}`,
    percent(g.covered, g.operations),
    ...(withStatuses ? [`${g.coveredStatuses}/${g.statuses}`, percent(g.coveredStatuses, g.statuses)] : []),
  ];
  const rows = [header, ...report.groups.map(row), row(report.total)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1, -1).map(line), line(rows[rows.length - 1])];
  const missing = report.operations.filter((op) => !op.covered);
  if (missing.length > 0) out.push('', 'Not covered:', ...missing.map((op) => `  ${op.label}${op.key !== op.label ? `  (${op.key})` : ''}`));
  if (report.unmatched.length > 0) out.push('', 'Requests that match no operation:', ...report.unmatched.map((u) => `  ${u}`));
  return `${out.join('\n')}\n`;
}

export function coverageJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
