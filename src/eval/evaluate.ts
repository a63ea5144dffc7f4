// Scoring predictions against gold, article by article: the counts behind every metric, the
// per-article and total metrics, and the list of individual errors (`--errors`).
import type { QuoteType } from '../model/types.js';
import { matchClaims } from './contested.js';
import type { GoldFile, GoldQuote } from './gold.js';
import { matchQuotes } from './match.js';
import { type Counts, type Metrics, addCounts, metricsOf, zeroCounts } from './metrics.js';
import type { PredArticle, PredQuote } from './predictions.js';
import { quoteSentence } from './sentence.js';
import { sameSpeaker } from './speaker.js';

export type ErrorKind =
  | 'miss'
  | 'false-alarm'
  | 'wrong-speaker'
  | 'wrong-type'
  | 'wrong-strength'
  | 'wrong-stance'
  | 'contested-miss'
  | 'contested-false-alarm';

export const ERROR_KINDS: readonly ErrorKind[] = [
  'miss', 'false-alarm', 'wrong-speaker', 'wrong-type', 'wrong-strength', 'wrong-stance', 'contested-miss', 'contested-false-alarm',
];

export interface EvalError {
  /** article id */
  article: string;
  kind: ErrorKind;
  /** the quote's words (the gold quote's for a matched pair), or the claim */
  text: string;
  /** miss / false alarm: the quote type */
  type?: string | null;
  /** miss: the gold speaker; false alarm: the predicted speaker ("" for none) */
  speaker?: string;
  /** wrong-*: the gold value and the predicted one */
  gold?: string | null;
  predicted?: string | null;
  /** wrong-*: the predicted quote's words, when they differ from the gold words */
  predictedText?: string;
  /** contested: who disputes the claim */
  disputedBy?: string[];
  /** the sentence of the article that holds the quote (contested miss: the gold evidence); null when not found */
  sentence: string | null;
}

export interface ArticleResult {
  id: string;
  /** the gold file scored */
  goldFile: string;
  /** false when the predictions have no article with this id */
  predicted: boolean;
  counts: Counts;
  metrics: Metrics;
  errors: EvalError[];
}

export interface EvalResult {
  counts: Counts;
  metrics: Metrics;
  articles: ArticleResult[];
  /** all articles' errors, article by article */
  errors: EvalError[];
}

export interface EvalOptions {
  /** article text by id, for the sentences of the error list */
  textOf?: (id: string, pred: PredArticle | undefined) => string | null | undefined;
  /** score only quotes of this type (gold and predicted alike), as score.mjs --only */
  only?: QuoteType;
}

const isQuoted = (t: string | null): boolean => t === 'direct' || t === 'partial';

/** Scores one gold article against its predicted article (undefined when there is none). */
export function evaluateArticle(goldFile: GoldFile, pred: PredArticle | undefined, opts: EvalOptions = {}): ArticleResult {
  const { gold, id } = goldFile;
  const text = opts.textOf?.(id, pred) ?? null;
  let G: GoldQuote[] = gold.quotes;
  let P: PredQuote[] = pred?.quotes ?? [];
  if (opts.only) {
    G = G.filter((q) => q.type === opts.only);
    P = P.filter((q) => q.type === opts.only);
  }
  const c = zeroCounts();
  c.articles = 1;
  c.missing = pred ? 0 : 1;
  const errors: EvalError[] = [];
  const goldSentence = (g: GoldQuote): string | null => quoteSentence(text, g);
  const predSentence = (p: PredQuote): string | null => quoteSentence(text, p);

  const m = matchQuotes(G, P);
  c.gold = G.length;
  c.pred = P.length;
  c.tp = m.pairs.length;
  for (const i of m.unmatchedGold) {
    const g = G[i]!;
    errors.push({ article: id, kind: 'miss', text: g.text, type: g.type, speaker: g.speaker, sentence: goldSentence(g) });
  }
  for (const j of m.unmatchedPred) {
    const p = P[j]!;
    errors.push({ article: id, kind: 'false-alarm', text: p.text, type: p.type, speaker: p.speaker, sentence: predSentence(p) });
  }
  for (const { gold: i, pred: j } of m.pairs) {
    const g = G[i]!;
    const p = P[j]!;
    const wrong = (kind: ErrorKind, gv: string | null, pv: string | null): void => {
      errors.push({
        article: id, kind, text: g.text, gold: gv, predicted: pv,
        ...(p.text !== g.text ? { predictedText: p.text } : {}),
        sentence: goldSentence(g),
      });
    };
    if (sameSpeaker(p.speaker, g)) c.spOk++;
    else wrong('wrong-speaker', g.speaker, p.speaker);
    if (g.type === p.type) c.typeOk++;
    else wrong('wrong-type', g.type, p.type);
    if (g.strength === p.strength) c.strOk++;
    else wrong('wrong-strength', g.strength, p.strength);
    if (g.stance === p.stance) c.stOk++;
    else wrong('wrong-stance', g.stance, p.stance);
    if (g.stance === 'denies' && p.stance === 'denies') c.denyTp++;
  }

  const Gq = G.filter((q) => isQuoted(q.type));
  const Pq = P.filter((q) => isQuoted(q.type));
  const Gi = G.filter((q) => q.type === 'indirect');
  const Pi = P.filter((q) => q.type === 'indirect');
  c.qgold = Gq.length;
  c.qpred = Pq.length;
  c.qtp = matchQuotes(Gq, Pq).pairs.length;
  c.igold = Gi.length;
  c.ipred = Pi.length;
  c.itp = matchQuotes(Gi, Pi).pairs.length;
  c.denyGold = G.filter((q) => q.stance === 'denies').length;
  c.denyPred = P.filter((q) => q.stance === 'denies').length;

  const GC = gold.contested;
  const PC = pred?.contested ?? [];
  const cm = matchClaims(GC, PC);
  c.cgold = GC.length;
  c.cpred = PC.length;
  c.ctp = cm.pairs.length;
  for (const i of cm.unmatchedGold) {
    const g = GC[i]!;
    errors.push({ article: id, kind: 'contested-miss', text: g.claim, disputedBy: g.disputedBy, sentence: g.evidence });
  }
  for (const j of cm.unmatchedPred) {
    const p = PC[j]!;
    errors.push({ article: id, kind: 'contested-false-alarm', text: p.claim, disputedBy: p.disputedBy, sentence: null });
  }
  errors.sort((x, y) => ERROR_KINDS.indexOf(x.kind) - ERROR_KINDS.indexOf(y.kind));
  return { id, goldFile: goldFile.path, predicted: Boolean(pred), counts: c, metrics: metricsOf(c), errors };
}

/** Scores every gold file against the predicted article with its id; totals are micro-averaged. */
export function evaluate(golds: readonly GoldFile[], preds: ReadonlyMap<string, PredArticle>, opts: EvalOptions = {}): EvalResult {
  const articles = golds.map((g) => evaluateArticle(g, preds.get(g.id), opts));
  const counts = articles.reduce((acc, a) => addCounts(acc, a.counts), zeroCounts());
  return { counts, metrics: metricsOf(counts), articles, errors: articles.flatMap((a) => a.errors) };
}
