// Turns the analysed document model into the public report (CONTRACT.md). Formats render
// this report and never recompute it.
import type { Analysis, Doc, Quote, Report, ReportArticle, ReportError, ReportWarning } from '../model/types.js';
import { formsOf } from './forms.js';
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
      forms: formsOf(doc, e),
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
      sentence: sentenceOf(doc, q),
    })),
    contested: a.contested,
  };
}

/** The sentence (or sentences) holding a quote, as in the article, whitespace collapsed. */
export function sentenceOf(doc: Doc, q: Quote): string {
  const first = doc.sentences[q.sentence];
  if (!first) return q.text;
  let last = first;
  for (let i = q.sentence + 1; i < doc.sentences.length && last.end < q.end; i++) last = doc.sentences[i]!;
  return doc.raw.slice(Math.min(first.start, q.start), Math.max(last.end, q.end)).replace(/\s+/g, ' ').trim();
}

export function buildReport(articles: ReportArticle[], errors: ReportError[], warnings: ReportWarning[] = []): Report {
  return { schemaVersion: 1, tool: { name: 'claims', version: VERSION }, articles, errors, warnings };
}
