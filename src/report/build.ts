// Turns the analysed document model into the public report (CONTRACT.md). Formats render
// this report and never recompute it.
import type { Analysis, Report, ReportArticle, ReportError, ReportWarning } from '../model/types.js';
import { VERSION } from '../version.js';

export function toReportArticle(a: Analysis): ReportArticle {
  const { doc } = a;
  return {
    file: doc.file,
    id: doc.id,
    title: doc.title,
    date: doc.date,
    entities: doc.entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      ...(e.role ? { role: e.role } : {}),
    })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      type: q.type,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      cue: q.cue,
      strength: q.strength,
      stance: q.stance,
    })),
    contested: a.contested,
  };
}

export function buildReport(articles: ReportArticle[], errors: ReportError[], warnings: ReportWarning[] = []): Report {
  return { schemaVersion: 1, tool: { name: 'claims', version: VERSION }, articles, errors, warnings };
}
