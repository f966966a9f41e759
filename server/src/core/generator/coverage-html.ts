/**
 * The coverage report as one self-contained HTML page (no scripts, fonts or other files): the totals,
 * an inline SVG bar chart of operation coverage per tag, and a table of every operation with the
 * statuses the suite asserts.
 */
import type { CoverageReport, GroupCoverage } from './coverage';

const BAR_WIDTH = 360;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 180;

export function coverageHtml(report: CoverageReport, title = 'API coverage'): string {
  const t = report.total;
  const statusLine = report.kind === 'openapi' ? `, documented statuses ${t.coveredStatuses} of ${t.statuses} (${percent(t.coveredStatuses, t.statuses)})` : '';
  const rows = report.operations
    .map((op) => {
      const statuses = op.statuses.map((s) => (op.coveredStatuses.includes(s) ? `<b>${esc(s)}</b>` : `<span class="miss">${esc(s)}</span>`)).join(' ');
      return `<tr class="${op.covered ? 'hit' : 'miss'}"><td>${op.covered ? '✓' : '✗'}</td><td>${esc(op.group)}</td><td><code>${esc(op.label)}</code></td><td>${esc(op.key)}</td><td>${statuses}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { padding: 2px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
tr.miss td:first-child, .miss { color: #b00; }
tr.hit td:first-child { color: #070; }
svg text { font: 12px system-ui, sans-serif; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${esc(report.spec)}: operations ${t.covered} of ${t.operations} (${percent(t.covered, t.operations)})${statusLine}.</p>
${chart(report.groups)}
<table>
<tr><th></th><th>tag</th><th>operation</th><th>id</th><th>statuses (asserted in bold)</th></tr>
${rows}
</table>
</body>
</html>
`;
}

/** A horizontal bar per group: covered share in green over the whole in grey. */
function chart(groups: GroupCoverage[]): string {
  const height = groups.length * ROW_HEIGHT + 4;
  const bars = groups
    .map((g, i) => {
      const y = i * ROW_HEIGHT + 2;
      const filled = g.operations === 0 ? 0 : Math.round((g.covered / g.operations) * BAR_WIDTH);
      return [
        `<text x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${esc(g.group)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${ROW_HEIGHT - 6}" fill="#eee"/>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${filled}" height="${ROW_HEIGHT - 6}" fill="#3a3"/>`,
        `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 14}">${g.covered}/${g.operations} (${percent(g.covered, g.operations)})</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${LABEL_WIDTH + BAR_WIDTH + 120}" height="${height}" role="img" aria-label="Operations covered per tag">\n${bars}\n</svg>`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${Math.floor((part / whole) * 1000) / 10}%`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
