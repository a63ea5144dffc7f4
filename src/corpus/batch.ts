// The batch views (`claims speakers`, `claims contested`, `claims aggregate`) from per-article
// reports alone — the objects `claims extract --format ndjson` prints one per line — so that
// shards extracted anywhere aggregate to exactly what one run over all the files gives.
//
// Articles are named by file name with its extension (`001_c2c620873a319e23.txt`), as in the
// gold files; the batch is put in that order first, so the input order (which shard came
// first) changes nothing. The same file given twice is counted once.
import { basename } from 'node:path';
import type { ReportArticle } from '../model/types.js';
import { type ClaimRow, clusterClaims } from './claims.js';
import { type BatchArticle, clusterSpeakers, type SpeakerRow } from './speakers.js';

export interface BatchView {
  speakers: SpeakerRow[];
  claims: ClaimRow[];
}

/** An article's name in the batch views: its file name (`-` for stdin stays `-`). */
export function articleKey(report: Pick<ReportArticle, 'file' | 'id'>): string {
  if (report.file === '-' || !report.file) return report.id || '-';
  return basename(report.file.replace(/\\/g, '/'));
}

export function batchArticles(reports: ReportArticle[]): BatchArticle[] {
  const seen = new Set<string>();
  const out: BatchArticle[] = [];
  const sorted = [...reports].sort((a, b) => cmp(articleKey(a), articleKey(b)) || cmp(a.file, b.file));
  for (const report of sorted) {
    const key = articleKey(report);
    const same = `${key}\u0000${report.file}`;
    if (seen.has(same)) continue;
    seen.add(same);
    out.push({ key, report });
  }
  // two different files with one name: both keep their path, so neither hides the other
  const count = new Map<string, number>();
  for (const a of out) count.set(a.key, (count.get(a.key) ?? 0) + 1);
  return out.map((a) => ((count.get(a.key) ?? 0) > 1 ? { key: a.report.file, report: a.report } : a));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildBatch(reports: ReportArticle[]): BatchView {
  const articles = batchArticles(reports);
  const index = clusterSpeakers(articles);
  return { speakers: index.speakers, claims: clusterClaims(articles, index) };
}
