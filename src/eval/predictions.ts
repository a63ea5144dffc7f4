// Predicted articles as the scorer sees them: from a report built in memory, or from a
// `claims extract` report file (one JSON document, or NDJSON), read as leniently as the
// independent scorer reads it so that `claims eval --report` and score.mjs agree on any file.
import type { ReportArticle } from '../model/types.js';
import { articleId } from './ids.js';

export interface PredQuote {
  text: string;
  /** `direct` | `partial` | `indirect`, or whatever the report says (compared as is) */
  type: string | null;
  /** the speaker's name, "" when none */
  speaker: string;
  /** the strength label */
  strength: string | null;
  /** the stance, `neutral` when the report leaves it out */
  stance: string | null;
  start: number | null;
  end: number | null;
}

export interface PredClaim {
  claim: string;
  /** disputers' names */
  disputedBy: string[];
}

export interface PredArticle {
  id: string;
  /** the report's `file` (path as given to extract), when it has one */
  file: string | null;
  quotes: PredQuote[];
  contested: PredClaim[];
}

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

type Loose = Record<string, unknown>;
const field = (o: unknown, k: string): unknown => (typeof o === 'object' && o !== null ? (o as Loose)[k] : undefined);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** `x ?? ''` as a string: what the scorer's String(...) sees */
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** a name given as a string or as an object with a `name` */
export function nameOf(v: unknown): string {
  return text(typeof v === 'string' ? v : field(v, 'name'));
}

/** a label given as a string or as an object with a `label` (strength) */
function labelOf(v: unknown): string | null {
  return str(typeof v === 'string' ? v : field(v, 'label'));
}

function list(v: unknown, what: string, id: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ReportFormatError(`article ${id}: ${what} is not an array`);
  return v;
}

/** One report article (typed or not) into the shape the scorer compares. */
export function toPredArticle(a: unknown): PredArticle {
  const fileField = field(a, 'file');
  const id = articleId(fileField ?? field(a, 'id') ?? field(a, 'article'));
  const stance = (q: unknown): string | null => {
    const s = field(q, 'stance');
    return s === undefined || s === null ? 'neutral' : str(s);
  };
  return {
    id,
    file: str(fileField),
    quotes: list(field(a, 'quotes'), 'quotes', id).map((q) => ({
      text: text(field(q, 'text')),
      type: str(field(q, 'type')),
      speaker: nameOf(field(q, 'speaker')),
      strength: labelOf(field(q, 'strength')),
      stance: stance(q),
      start: num(field(q, 'start')),
      end: num(field(q, 'end')),
    })),
    contested: list(field(a, 'contested'), 'contested', id).map((c) => ({
      claim: text(field(c, 'claim')),
      disputedBy: list(field(c, 'disputedBy'), 'disputedBy', id).map(nameOf),
    })),
  };
}

export function fromReportArticles(articles: readonly ReportArticle[]): PredArticle[] {
  return articles.map(toPredArticle);
}

/**
 * The articles of a report file's text: a JSON report (`{ articles }`), an array of
 * articles, one article, or NDJSON with one article (or one report) per line.
 */
export function parseReport(raw: string, file = 'report'): PredArticle[] {
  const body = raw.trim();
  if (!body) return [];
  try {
    const doc: unknown = JSON.parse(body);
    if (Array.isArray(doc)) return doc.map(toPredArticle);
    const arts = field(doc, 'articles');
    if (Array.isArray(arts)) return arts.map(toPredArticle);
    if (field(doc, 'quotes')) return [toPredArticle(doc)];
  } catch (err) {
    if (err instanceof ReportFormatError) throw new ReportFormatError(`${file}: ${err.message}`);
    // not one JSON document: NDJSON
  }
  const out: PredArticle[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line) return;
    let d: unknown;
    try {
      d = JSON.parse(line);
    } catch (err) {
      throw new ReportFormatError(`${file}: neither a JSON report nor NDJSON (line ${i + 1}: ${(err as Error).message})`);
    }
    if (d === null || typeof d !== 'object') throw new ReportFormatError(`${file}: line ${i + 1} is not an article object`);
    const arts = field(d, 'articles');
    try {
      if (arts !== undefined && arts !== null) {
        if (!Array.isArray(arts)) throw new ReportFormatError('articles is not an array');
        out.push(...arts.map(toPredArticle));
      } else out.push(toPredArticle(d));
    } catch (err) {
      throw new ReportFormatError(`${file}: line ${i + 1}: ${(err as Error).message}`);
    }
  });
  return out;
}

/** Articles by id; a later article with the same id replaces an earlier one, as in the scorer. */
export function byId(articles: readonly PredArticle[]): Map<string, PredArticle> {
  return new Map(articles.map((a) => [a.id, a]));
}
