// The speakers across a batch for the HTML overview: the batch clustering of `claims speakers`
// (src/corpus/speakers.ts: one row per real-world speaker, name variants merged with evidence)
// put in the overview's terms: articles named by their ReportArticle.file so the page can link
// to them, the quote and denial counts, and the evidence of each merge as a line a reader checks.
import { batchArticles } from '../corpus/batch.js';
import { clusterSpeakers } from '../corpus/speakers.js';
import type { BatchSpeaker, Report } from '../model/types.js';

export function batchSpeakers(report: Report): BatchSpeaker[] {
  const articles = batchArticles(report.articles);
  const fileOf = new Map(articles.map((a) => [a.key, a.report.file]));
  return clusterSpeakers(articles).speakers.map((row) => ({
    name: row.name,
    type: row.type,
    variants: row.variants,
    roles: row.roles,
    articles: row.articles.map((key) => fileOf.get(key) ?? key),
    quotes: row.quotes.total,
    denials: row.stance.denies,
    merged: row.merges.map((m) => `${m.variant} (${m.article}) → ${m.with}: ${m.evidence.join('; ')}`),
  }));
}
