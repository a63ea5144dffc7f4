// The overview's chart: one horizontal stacked bar per article, its quotes by attribution
// strength, as inline SVG. The SVG is an image with a title and a description; the same figures
// are in the table that follows it (strengthTable), which is the chart's text alternative.
import type { ReportArticle, StrengthLabel } from '../../model/types.js';
import { esc } from './escape.js';

export const LABELS: StrengthLabel[] = ['strong', 'moderate', 'weak', 'unattributed'];

export function strengthCounts(article: ReportArticle): Record<StrengthLabel, number> {
  const out: Record<StrengthLabel, number> = { strong: 0, moderate: 0, weak: 0, unattributed: 0 };
  for (const q of article.quotes) if (q.strength.label in out) out[q.strength.label]++;
  return out;
}

const shorten = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

export function strengthChart(articles: ReportArticle[], name: (a: ReportArticle) => string): string {
  const labelW = 250;
  const barW = 420;
  const row = 26;
  const top = 8;
  const height = top + articles.length * row + 28;
  const width = labelW + barW + 50;
  const max = Math.max(1, ...articles.map((a) => a.quotes.length));
  const scale = barW / max;

  const rows = articles.map((a, i) => {
    const y = top + i * row;
    const counts = strengthCounts(a);
    let x = labelW;
    const segs = LABELS.filter((l) => counts[l] > 0).map((l) => {
      const w = counts[l] * scale;
      const r = `<rect class="bar-${l}" x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}"><title>${esc(`${name(a)}: ${counts[l]} ${l}`)}</title></rect>`;
      x += w;
      return r;
    });
    return (
      `<g><text x="${labelW - 8}" y="${y + row / 2 + 4}" text-anchor="end">${esc(shorten(name(a), 38))}</text>` +
      segs.join('') +
      `<text x="${(x + 6).toFixed(1)}" y="${y + row / 2 + 4}">${a.quotes.length}</text></g>`
    );
  });
  const axisY = top + articles.length * row + 2;
  const summary = articles
    .map((a) => {
      const c = strengthCounts(a);
      return `${name(a)}: ${LABELS.map((l) => `${c[l]} ${l}`).join(', ')}`;
    })
    .join('; ');
  return `<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="chart-title">Quotes per article by attribution strength</title>
<desc id="chart-desc">${esc(summary || 'No articles.')}</desc>
${rows.join('\n')}
<line class="axis" x1="${labelW}" y1="${top}" x2="${labelW}" y2="${axisY}"/>
<line class="axis" x1="${labelW}" y1="${axisY}" x2="${labelW + barW}" y2="${axisY}"/>
<text x="${labelW}" y="${axisY + 16}" text-anchor="middle">0</text>
<text x="${labelW + barW}" y="${axisY + 16}" text-anchor="middle">${max}</text>
<text x="${labelW + barW / 2}" y="${axisY + 16}" text-anchor="middle">quotes</text>
</svg>`;
}
