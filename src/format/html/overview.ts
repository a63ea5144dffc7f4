// The batch overview at the top of the HTML report: one row per article (quotes, named and
// anonymous shares, contested claims), the strength chart with its figures as a table, the
// speakers across the batch with the articles that quote them, and the inputs that failed.
import type { BatchSpeaker, Report, ReportArticle } from '../../model/types.js';
import { plural } from './article.js';
import { LABELS, strengthChart, strengthCounts } from './chart.js';
import { esc } from './escape.js';

/** how the overview names an article: its title, else its id */
export const articleName = (a: ReportArticle): string => a.title || a.id;

export interface Shares {
  quotes: number;
  named: number;
  anonymous: number;
  unattributed: number;
}

/** Quotes by kind of speaker: named (person, organization, publication), anonymous, not found. */
export function shares(quotes: ReportArticle['quotes']): Shares {
  const s: Shares = { quotes: quotes.length, named: 0, anonymous: 0, unattributed: 0 };
  for (const q of quotes) {
    if (q.speaker.type === 'anonymous') s.anonymous++;
    else if (q.speaker.type === 'unknown') s.unattributed++;
    else s.named++;
  }
  return s;
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');
const cell = (n: number, d: number) => `<td class="num">${n} <span class="muted">(${pct(n, d)})</span></td>`;

export function renderOverview(report: Report, speakers: BatchSpeaker[] | undefined): string {
  const anchor = new Map<string, number>();
  report.articles.forEach((a, i) => {
    if (!anchor.has(a.file)) anchor.set(a.file, i + 1);
  });
  const link = (a: ReportArticle, i: number) => `<a href="#a${i + 1}">${esc(articleName(a))}</a>`;

  const rows = report.articles.map((a, i) => {
    const s = shares(a.quotes);
    return `<tr><th scope="row">${link(a, i)}</th><td class="nowrap">${a.date ? esc(a.date) : '<span class="muted">–</span>'}</td><td class="num">${s.quotes}</td>${cell(s.named, s.quotes)}${cell(s.anonymous, s.quotes)}${cell(s.unattributed, s.quotes)}<td class="num">${a.contested.length}</td></tr>`;
  });
  const all = shares(report.articles.flatMap((a) => a.quotes));
  const contested = report.articles.reduce((n, a) => n + a.contested.length, 0);
  const articlesTable = `<div class="table-wrap"><table>
<caption>Articles</caption>
<thead><tr><th scope="col">Article</th><th scope="col">Date</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Named speaker</th><th scope="col" class="num">Anonymous</th><th scope="col" class="num">Speaker not found</th><th scope="col" class="num">Contested claims</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><th scope="row">All ${plural(report.articles.length, 'article')}</th><td></td><td class="num">${all.quotes}</td>${cell(all.named, all.quotes)}${cell(all.anonymous, all.quotes)}${cell(all.unattributed, all.quotes)}<td class="num">${contested}</td></tr></tfoot>
</table></div>`;

  const legend = `<ul class="legend" aria-hidden="true">${LABELS.map((l) => `<li><span class="swatch bar-${l}"></span>${l}</li>`).join('')}</ul>`;
  const figureRows = report.articles.map((a, i) => {
    const c = strengthCounts(a);
    const mean = a.quotes.length ? (a.quotes.reduce((x, q) => x + q.strength.score, 0) / a.quotes.length).toFixed(2) : '–';
    return `<tr><th scope="row">${link(a, i)}</th>${LABELS.map((l) => `<td class="num">${c[l]}</td>`).join('')}<td class="num">${mean}</td></tr>`;
  });
  const chart = `<figure aria-labelledby="chart-caption">
<figcaption id="chart-caption">Quotes per article by attribution strength (the figures are in the table below)</figcaption>
${legend}
${strengthChart(report.articles, articleName)}
</figure>
<div class="table-wrap"><table>
<caption>Attribution strength per article</caption>
<thead><tr><th scope="col">Article</th>${LABELS.map((l) => `<th scope="col" class="num">${l}</th>`).join('')}<th scope="col" class="num">Mean score</th></tr></thead>
<tbody>
${figureRows.join('\n')}
</tbody></table></div>`;

  return `<section id="overview" aria-labelledby="overview-h">
<h2 id="overview-h">Batch overview</h2>
${articlesTable}
${chart}
${renderBatchSpeakers(speakers, report, anchor)}
${renderErrors(report)}
</section>`;
}

function renderBatchSpeakers(speakers: BatchSpeaker[] | undefined, report: Report, anchor: Map<string, number>): string {
  const head = `<h3 id="speakers-h">Speakers across the batch</h3>`;
  if (speakers === undefined) return `<section aria-labelledby="speakers-h">${head}<p class="muted">Not computed for this report.</p></section>`;
  if (!speakers.length) return `<section aria-labelledby="speakers-h">${head}<p class="muted">No speakers found.</p></section>`;
  const byFile = new Map(report.articles.map((a) => [a.file, a]));
  const rows = speakers.map((s) => {
    const articles = s.articles
      .map((f) => {
        const n = anchor.get(f);
        const a = byFile.get(f);
        const label = esc(a ? articleName(a) : f);
        return n ? `<li><a href="#a${n}">${label}</a></li>` : `<li>${label}</li>`;
      })
      .join('');
    const variants = s.variants.filter((v) => v !== s.name);
    const merged = s.merged?.length
      ? `<details><summary>why merged</summary><ul>${s.merged.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></details>`
      : '';
    return `<tr><th scope="row">${esc(s.name)}${variants.length ? `<br><span class="muted">also ${variants.map(esc).join(', ')}</span>` : ''}${merged}</th><td>${esc(s.type)}${s.roles.length ? `<br><span class="muted">${s.roles.map(esc).join('; ')}</span>` : ''}</td><td class="num">${s.quotes}</td><td class="num">${s.denials}</td><td><ul class="speakers-list">${articles}</ul></td></tr>`;
  });
  return `<section aria-labelledby="speakers-h">${head}
<div class="table-wrap"><table>
<thead><tr><th scope="col">Speaker</th><th scope="col">Type</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Denials</th><th scope="col">Articles</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div></section>`;
}

function renderErrors(report: Report): string {
  if (!report.errors.length) return '';
  const items = report.errors.map((e) => `<li><strong>${esc(e.file)}</strong>: ${esc(e.message)} <span class="muted">(${esc(e.code)})</span></li>`);
  return `<section class="errors" aria-labelledby="errors-h"><h3 id="errors-h">Inputs not analysed</h3><ul>${items.join('')}</ul></section>`;
}
