// Claims disputed anywhere in a batch, one row per proposition across articles.
//
// Input, per article report: its contested claims (claim, evidence, assertedBy, disputedBy),
// its quotes that deny, and its quotes that assert. Every one becomes an item whose words are
// weighed by TF-IDF over the whole batch (natural's TfIdf; Porter stems, stop words and the
// words of disputing itself — `false`, `baseless`, `report` — left out) and compared by cosine.
//   1. Claims, and denials that state what they deny (`a media report claiming that the unit
//      had paid fighters to kill US troops`), are clustered: single link at SEED_MIN.
//   2. A denial that only points back (`these claims are false`, `called the intelligence an
//      outright fake`) stays where its article's contested claims put it when that claim is
//      stated before the denial. Otherwise (no claim, or one stated only after it: a pointer
//      points back) it denies the nearest assertion before it, in its article, by someone
//      else, that matches a disputed cluster (JOIN_MIN).
//   3. Assertions join the disputed cluster they match best (JOIN_MIN): more articles, more
//      asserting speakers and their evidence.
// A row is printed when someone in the batch asserts the claim and someone denies it.
// Speakers are named by the batch speaker view (canonical names), so `Zabihullah` and
// `Zabiullah Mujahid` are one denier.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { BatchArticle, SpeakerIndex } from './speakers.js';
import { canonicalStem } from '../text/synonyms.js';

export interface EvidenceRow {
  article: string;
  text: string;
}

export interface ClaimRow {
  claim: string;
  articles: string[];
  assertedBy: string[];
  disputedBy: string[];
  evidence: EvidenceRow[];
}

export const SEED_MIN = 0.25;
export const JOIN_MIN = 0.3;
/** the claim's or quote's sentence counts at this weight beside its own words */
export const EVIDENCE_WEIGHT = 0.3;
/** a denial states what it denies when this many content words are left */
const CONTENT_MIN = 4;

const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did that this these ' +
    'those it its they them their he she his her we our you your i my me not no nor so than then there here which who whom whose what ' +
    'when where why how all any some such also about into over after before said says say told tell according would could should will ' +
    'may might can must just very more most other another own same only even still yet new first second one two three last next year ' +
    'years month months week day days time times ago today yesterday monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms while however although because since during against between through under without within upon onto via per').split(' '),
);
// the words of disputing and of pointing back: they say that something is denied, not what
const DISPUTE = new Set(
  ('false falsely untrue baseless unfounded fake fabricated fabrication lie lies lying wrong incorrect inaccurate inaccuracy misleading ' +
    'nonsense absurd ridiculous groundless deny denies denied denial denials reject rejects rejected rejection dismiss dismissed ' +
    'dismisses refute refuted rebut rebutted dispute disputed disputes condemn condemned condemns denounce denounced denounces ' +
    'claim claims claimed claiming allegation allegations alleged allegedly accusation accusations accuse accused report reports ' +
    'reported reporting story stories article news media outright strongly vehemently categorically anonymous information ' +
    'statement statements called call calling assessment revelations').split(' '),
);

export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-’'][\p{L}]+)*/gu) ?? []) {
    const w = raw.replace(/[’']s$/, '');
    for (const part of w.split('-')) {
      if (part.length < 3 || STOP.has(part) || DISPUTE.has(part)) continue;
      out.push(canonicalStem(porter.stem(part)));
    }
  }
  return out;
}

type Kind = 'claim' | 'denial' | 'assertion';

interface Item {
  kind: Kind;
  article: string;
  /** position in the article: quote offset, or the offset of the claim's evidence quote */
  pos: number;
  text: string;
  evidence: string;
  asserters: string[];
  deniers: string[];
  /** the quote's speaker, for `by someone else` */
  speaker?: string;
  vec: Map<string, number>;
  content: boolean;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const v = big.get(t);
    if (v) dot += w * v;
  }
  return dot; // vectors are unit length
}

function itemsOf(articles: BatchArticle[], speakers: SpeakerIndex): Item[] {
  const items: Item[] = [];
  for (const { key, report } of articles) {
    const names = (list: string[]) => [...new Set(list.flatMap((n) => speakers.resolve(key, n)))];
    const sentenceOf = (q: (typeof report.quotes)[number]) => q.sentence ?? q.text;
    for (const c of report.contested) {
      // the claim's place: the quote that states it, when there is one
      const at = report.quotes.find((q) => c.evidence.includes(q.text) || (q.sentence && q.sentence === c.evidence));
      items.push({ kind: 'claim', article: key, pos: at?.start ?? 0, text: c.claim, evidence: c.evidence, asserters: names(c.assertedBy), deniers: names(c.disputedBy), vec: new Map(), content: true });
    }
    for (const q of report.quotes) {
      if (q.speaker.type === 'unknown' || !q.speaker.name.trim()) continue;
      const who = names([q.speaker.name]);
      if (q.stance === 'denies') {
        items.push({ kind: 'denial', article: key, pos: q.start, text: q.text, evidence: sentenceOf(q), asserters: [], deniers: who, speaker: who.join(' & '), vec: new Map(), content: false });
      } else if (q.stance === 'asserts') {
        items.push({ kind: 'assertion', article: key, pos: q.start, text: q.text, evidence: sentenceOf(q), asserters: who, deniers: [], speaker: who.join(' & '), vec: new Map(), content: true });
      }
    }
  }
  // TF-IDF over every item of the batch, vectors of unit length
  const tfidf = new TfIdf();
  const terms = items.map((it) => termsOf(it.text));
  // the sentence around the words counts too, at a lower weight (EVIDENCE_WEIGHT)
  const context = items.map((it) => (it.evidence !== it.text ? termsOf(it.evidence) : []));
  items.forEach((_, i) => tfidf.addDocument([...new Set([...terms[i]!, ...context[i]!])]));
  items.forEach((it, i) => {
    const counts = new Map<string, number>();
    for (const t of terms[i]!) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of context[i]!) counts.set(t, (counts.get(t) ?? 0) + EVIDENCE_WEIGHT);
    let norm = 0;
    for (const [t, n] of counts) {
      const w = n * tfidf.idf(t);
      it.vec.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm) for (const [t, w] of it.vec) it.vec.set(t, w / norm);
    if (it.kind === 'denial') it.content = new Set(terms[i]).size >= CONTENT_MIN;
  });
  return items;
}

interface Cluster {
  seeds: Item[];
  members: Item[];
  /** what later items are compared with: the claims and the denials that say what they deny */
  match: Item[];
}

const bestMatch = (it: Item, clusters: Cluster[]) => {
  let best: { c: Cluster; sim: number } | undefined;
  for (const c of clusters) {
    for (const s of c.match) {
      if (s === it) continue;
      const sim = cosine(it.vec, s.vec);
      if (!best || sim > best.sim) best = { c, sim };
    }
  }
  return best;
};

export function clusterClaims(articles: BatchArticle[], speakers: SpeakerIndex): ClaimRow[] {
  const items = itemsOf(articles, speakers);
  const seeds = items.filter((it) => it.kind === 'claim');

  // 1. single-link clustering of the claims and the denials that say what they deny
  const parent = seeds.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let i = 0; i < seeds.length; i++) {
    for (let j = i + 1; j < seeds.length; j++) {
      if (cosine(seeds[i]!.vec, seeds[j]!.vec) >= SEED_MIN) {
        const a = find(i), b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const byRoot = new Map<number, Cluster>();
  seeds.forEach((s, i) => {
    const r = find(i);
    const c = byRoot.get(r) ?? { seeds: [], members: [], match: [] };
    c.seeds.push(s);
    c.members.push(s);
    c.match.push(s);
    byRoot.set(r, c);
  });
  const clusters = [...byRoot.values()];
  const disputed = () => clusters.filter((c) => c.members.some((m) => m.deniers.length));

  // 2. denials the article ties to claims stated before them stay there, their words as evidence;
  //    denials that say what they deny join the claim they say it of
  const open = disputed();
  const clusterOf = new Map<Item, Cluster>();
  for (const c of clusters) for (const s of c.seeds) clusterOf.set(s, c);
  const byArticle = new Map<string, Item[]>();
  for (const it of items) byArticle.set(it.article, [...(byArticle.get(it.article) ?? []), it]);
  const add = (c: Cluster, it: Item) => {
    if (clusterOf.get(it) === c || c.members.includes(it)) return;
    c.members.push(it);
    if (!clusterOf.has(it)) clusterOf.set(it, c);
  };
  const pointing: Item[] = [];
  for (const d of items.filter((it) => it.kind === 'denial')) {
    const placed = byArticle.get(d.article)!.filter((c) => c.kind === 'claim' && c.pos <= d.pos && d.deniers.every((n) => c.deniers.includes(n)));
    if (placed.length) {
      for (const p of placed) add(clusterOf.get(p)!, d);
      continue;
    }
    const m = d.content ? bestMatch(d, open) : undefined;
    if (m && m.sim >= JOIN_MIN) {
      add(m.c, d);
      m.c.match.push(d);
    } else pointing.push(d);
  }

  // 3. assertions join the disputed claim they state
  for (const a of items.filter((it) => it.kind === 'assertion')) {
    const m = bestMatch(a, open);
    if (m && m.sim >= JOIN_MIN) add(m.c, a);
  }

  // 4. denials that only point back deny the nearest statement before them, by someone else,
  //    that is part of a disputed claim
  for (const d of pointing) {
    const before = byArticle
      .get(d.article)!
      .filter((a) => a.kind !== 'denial' && a.pos <= d.pos && !(a.speaker && a.speaker === d.speaker) && !d.deniers.some((n) => a.deniers.includes(n)))
      .sort((x, y) => y.pos - x.pos);
    for (const a of before) {
      const c = clusterOf.get(a);
      if (c) {
        add(c, d);
        break;
      }
    }
  }

  const order = new Map(articles.map((a, i) => [a.key, i]));
  const byPlace = (x: Item, y: Item) => order.get(x.article)! - order.get(y.article)! || x.pos - y.pos || KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind);
  const rows: ClaimRow[] = [];
  for (const c of clusters) {
    const members = [...new Set(c.members)].sort(byPlace);
    const disputedBy = uniq(members.flatMap((m) => m.deniers));
    // a speaker who denies the claim anywhere is listed among its deniers only
    const assertedBy = uniq(members.flatMap((m) => m.asserters)).filter((n) => !disputedBy.some((d) => d.toLowerCase() === n.toLowerCase()));
    if (!disputedBy.length || !assertedBy.length) continue;
    const evidence: EvidenceRow[] = [];
    for (const m of members) if (!evidence.some((e) => e.article === m.article && e.text === m.evidence)) evidence.push({ article: m.article, text: m.evidence });
    rows.push({ claim: representative(c), articles: uniq(members.map((m) => m.article)), assertedBy, disputedBy, evidence });
  }
  return rows.sort((a, b) => b.articles.length - a.articles.length || b.disputedBy.length - a.disputedBy.length || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
}

const KINDS: Kind[] = ['claim', 'assertion', 'denial'];

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = s.toLowerCase();
    if (!s.trim() || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The claim most like the others of its cluster (a stated claim before a denial's words). */
function representative(c: Cluster): string {
  const pool = c.seeds.some((s) => s.kind === 'claim') ? c.seeds.filter((s) => s.kind === 'claim') : c.seeds;
  let best = pool[0]!;
  let bestScore = -1;
  for (const s of pool) {
    const score = c.seeds.reduce((sum, o) => sum + (o === s ? 0 : cosine(s.vec, o.vec)), 0);
    if (score > bestScore + 1e-9) {
      best = s;
      bestScore = score;
    }
  }
  return best.text;
}
