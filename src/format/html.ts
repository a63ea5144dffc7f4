// `--format html` and `claims report`: the report as one self-contained page (inline CSS and
// SVG, no script, no network) with a batch overview and every article's text, quotes marked.
// Renders only: every quote, label, score and claim comes from the Report as built. Two inputs
// come beside the report because the JSON report does not carry them:
//   texts    the articles as read, by ReportArticle.file: the quotes' offsets point into them
//   speakers the speakers across the batch (src/report/speakers.ts), for the overview
// Everything from an article is escaped (html/escape.ts); the page also forbids scripts and
// every fetch with a Content-Security-Policy, as a second line of defence.
import type { BatchSpeaker, Report } from '../model/types.js';
import { renderArticle } from './html/article.js';
import { stylesheet } from './html/css.js';
import { esc } from './html/escape.js';
import { articleName, renderOverview } from './html/overview.js';

export interface HtmlInput {
  /** the text of each article as read, keyed by ReportArticle.file */
  texts?: ReadonlyMap<string, string>;
  /** the speakers across the batch; the overview says "not computed" without them */
  speakers?: BatchSpeaker[];
}

/** Forbids scripts, and loading anything, in the page. */
export const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

export function formatHtml(report: Report, input: HtmlInput = {}): string {
  const { articles } = report;
  const quotes = articles.reduce((n, a) => n + a.quotes.length, 0);
  const title = articles.length === 1 ? `${articleName(articles[0]!)} – claims` : `claims report: ${articles.length} articles`;
  const toc = articles.length
    ? `<nav class="toc" aria-label="Articles"><h2 class="visually-hidden">Articles</h2><ol>${articles
        .map((a, i) => `<li><a href="#a${i + 1}">${esc(articleName(a))}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  const body = articles.map((a, i) => renderArticle({ n: i + 1, article: a, text: input.texts?.get(a.file) })).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${CSP}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>
${stylesheet()}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="page">
<h1>Who said what</h1>
<p class="muted">${articles.length} article${articles.length === 1 ? '' : 's'} · ${quotes} quote${quotes === 1 ? '' : 's'} · made by ${esc(report.tool.name)} ${esc(report.tool.version)}. Quotes are marked in the text and coloured by speaker; focus or hover a quote for its details.</p>
${toc}
</header>
<main id="main" tabindex="-1">
${renderOverview(report, input.speakers)}
${body}
</main>
<footer class="page"><p>Strength: how firmly the words are tied to an accountable source (strong: named, first-hand; moderate: named but paraphrased or relayed; weak: anonymous, the publication's own reporting, or hedged; unattributed: no speaker found). Stance: whether the speaker asserts, denies or stays neutral.</p></footer>
</body>
</html>
`;
}
