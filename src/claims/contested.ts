// Contested claims: a proposition one source asserts or reports and another denies.
//
// Each denial is tied to the assertion by another speaker whose content words it shares most
// (`rejected the Times report that they had been offered money` → the report of the offer).
// A denial that only points back (`these claims are false`, `denied the allegations`) takes
// the target of the denial before it, or else the article's main claim: the assertion that
// shares most with the headline and the lead. Denials whose targets restate one another
// make one claim, with every asserting and every denying speaker listed once.
import { lowerBound } from '../model/spans.js';
import { stem } from '../text/stem.js';
import type { Claim, Doc, Quote } from '../model/types.js';
import { canonicalStem } from '../text/synonyms.js';
import { namedAllegations } from './allegations.js';

const STOP = new Set(('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
  'that this these those it its they them their he she his her we our you your i my not no nor so than then there here which who whom whose ' +
  'what when where why how all any some such also about into over after before said says say told tell according report reports reported ' +
  'would could should will may might can must just very more most other another own same only even still yet new').split(' '));
const POINTER = /\b(th(is|ese|ose) (claims?|reports?|allegations?|accusations?|stor(y|ies))|the (allegations?|accusations?|claims?|reports?)|such (claims?|reports?|deals?|allegations?))\b/i;

function bag(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(canonicalStem(stem(w)).slice(0, 5));
  }
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Shared content words, relative to the smaller side: do two restatements say the same? */
function similarity(a: Set<string>, b: Set<string>): number {
  return a.size && b.size ? shared(a, b) / Math.min(a.size, b.size) : 0;
}

/** Cosine of the two word sets: how much of a proposition a longer text is about, without
 *  letting a two-word label match everything that mentions its two words. */
function cosine(a: Set<string>, b: Set<string>): number {
  return a.size && b.size ? shared(a, b) / Math.sqrt(a.size * b.size) : 0;
}

const sameSpeaker = (a: Quote, b: Quote) => a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase();

function sentenceText(doc: Doc, q: Quote): string {
  const s = doc.sentences[q.sentence];
  return s ? doc.raw.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : q.text;
}

const TARGET_MIN = 0.15;
const MERGE_MIN = 0.4;
/**
 * Bounded work on huge inputs: every denial is compared with every assertion only while that is
 * at most PAIR_BUDGET comparisons (a real article has a few hundred); beyond, each denial is
 * compared with its NEAREST assertions by position, as many as the budget allows (at least 64).
 * Likewise a denial's target is merged into one of the last MAX_GROUPS claims at most.
 */
const PAIR_BUDGET = 250_000;
const MIN_NEAREST = 64;
const MAX_GROUPS = 200;

/** The assertions to compare denial `d` with: all of them, or the nearest by position. */
function comparable(assertions: Quote[], starts: number[], d: Quote, k: number): Quote[] {
  if (assertions.length <= k) return assertions;
  // a window of k around the denial's place, slid inward at the ends
  const lo = lowerBound(starts, d.start);
  const from = Math.max(0, Math.min(lo - (k >> 1), assertions.length - k));
  return assertions.slice(from, from + k);
}
/** a quoted fragment needs this many content words to be a proposition (not a label like "scumbag") */
const PROPOSITION_MIN = 3;
/** a denial leaves the article's main claim only for an assertion it matches clearly better */
const MAIN_MARGIN = 0.1;

export function findContested(doc: Doc, quotes: Quote[]): Claim[] {
  const known = quotes.filter((q) => q.speaker.type !== 'unknown');
  const denials = known.filter((q) => q.stance === 'denies');
  if (!denials.length) return [];
  // a clause (`that Trump was informed`) states a proposition; a quoted fragment must be long enough
  const stated = known.filter((q) => q.stance === 'asserts' && (q.type !== 'partial' || bag(q.text).size >= PROPOSITION_MIN));
  // and what the article itself labels as alleged (`the allegations that X`), with nobody as its source
  const alleged: Quote[] = namedAllegations(doc, quotes).map((a) => ({
    ...a, type: 'indirect', cue: '', stance: 'asserts', speaker: { name: '', type: 'unknown', mention: '' },
    strength: { label: 'unattributed', score: 0, reasons: [] }, flags: { relayed: false, hedged: false, byPosition: false, pronoun: false },
  }));
  const assertions = [...stated, ...alleged].sort((x, y) => x.start - y.start);
  if (!assertions.length) return [];
  const bags = new Map<Quote, Set<string>>(assertions.map((a) => [a, bag(a.text)]));
  const denialBag = (d: Quote) => bag(d.type === 'indirect' ? d.text : `${d.text} ${sentenceText(doc, d)}`);

  // the article's main claim: the assertion closest to the headline and the lead, and to what
  // is denied; a report (an outlet or unnamed officials) is the usual form of a story's claim
  const lead = doc.paragraphs.filter((p) => !p.duplicate).slice(0, 3).map((p) => doc.text.slice(p.start, p.end)).join(' ');
  const leadBag = bag(`${doc.title ?? ''} ${lead}`);
  const deniedBag = new Set(denials.flatMap((d) => [...denialBag(d)]));
  const reportish = (a: Quote) => (a.speaker.type === 'publication' || a.speaker.type === 'anonymous' ? 0.1 : 0);
  const mainScore = (a: Quote) => cosine(bags.get(a)!, leadBag) + 0.5 * cosine(bags.get(a)!, deniedBag) + reportish(a);
  const main = [...assertions].sort((x, y) => mainScore(y) - mainScore(x) || x.start - y.start)[0]!;

  const target = new Map<Quote, Quote>();
  let previous: Quote | undefined;
  const nearest = denials.length * assertions.length <= PAIR_BUDGET ? assertions.length : Math.max(MIN_NEAREST, Math.floor(PAIR_BUDGET / denials.length));
  const byStart = [...assertions].sort((x, y) => x.start - y.start);
  const starts = byStart.map((a) => a.start);
  for (const d of denials) {
    const own = bag(d.text);
    // `denied the allegations`, "unfounded allegations": the denial only points back
    const pointer = POINTER.test(d.text) || own.size < PROPOSITION_MIN;
    let t: Quote | undefined;
    // (the denial just before, when it is the same speaker's or close by; else the story's claim)
    const para = (q: Quote) => doc.sentences[q.sentence]?.paragraph ?? 0;
    if (pointer) {
      t = previous && (sameSpeaker(previous, d) || para(d) - para(previous) <= 1) ? target.get(previous) : undefined;
      // else the allegation the article names, the nearest one when it names several
      t ??= alleged.reduce<Quote | undefined>((x, y) => (!x || Math.abs(y.start - d.start) < Math.abs(x.start - d.start) ? y : x), undefined);
    }
    else {
      const db = denialBag(d);
      let best: Quote | undefined;
      let bestSim = 0;
      for (const a of nearest >= assertions.length ? assertions : comparable(byStart, starts, d, nearest)) {
        if (sameSpeaker(a, d)) continue;
        const sim = cosine(bags.get(a)!, db) - (Math.abs(a.start - d.start) / Math.max(1, doc.text.length)) * 0.2;
        if (sim > bestSim) { best = a; bestSim = sim; }
      }
      const mainSim = sameSpeaker(main, d) ? -Infinity : cosine(bags.get(main)!, db);
      if (best && bestSim >= TARGET_MIN && (best === main || bestSim >= mainSim + MAIN_MARGIN)) t = best;
    }
    if (!t && !sameSpeaker(main, d)) t = main;
    if (t) { target.set(d, t); previous = d; }
  }

  // one claim per distinct proposition
  const groups: Array<{ targets: Quote[]; denials: Quote[]; has: Set<Quote> }> = [];
  for (const [d, t] of target) {
    const tb = bags.get(t)!;
    const g = groups.slice(-MAX_GROUPS).find((x) => x.has.has(t) || x.targets.some((y) => similarity(bags.get(y)!, tb) >= MERGE_MIN));
    if (g) { if (!g.has.has(t)) { g.targets.push(t); g.has.add(t); } g.denials.push(d); }
    else groups.push({ targets: [t], denials: [d], has: new Set([t]) });
  }
  // the assertions that share a word stem (similarity > 0 needs one), in assertion order
  const byStem = new Map<string, number[]>();
  assertions.forEach((a, i) => { for (const w of bags.get(a)!) { const l = byStem.get(w); if (l) l.push(i); else byStem.set(w, [i]); } });
  const order = new Map(assertions.map((a, i) => [a, i]));
  const sharing = (b: Set<string>) => [...new Set([...b].flatMap((w) => byStem.get(w) ?? []))].map((i) => assertions[i]!);
  return groups.map(({ targets, denials: ds, has }) => {
    const first = [...targets].sort((a, b) => a.start - b.start)[0]!;
    const tb = bags.get(first)!;
    const disputers = new Set(ds.map((d) => d.speaker.name));
    const pool = [...new Set([...sharing(tb), ...targets])].sort((x, y) => order.get(x)! - order.get(y)!);
    const asserters = pool.filter((a) => !disputers.has(a.speaker.name) && (has.has(a) || (similarity(bags.get(a)!, tb) >= 0.5 && shared(bags.get(a)!, tb) >= 2)));
    // (an allegation the article names has no source to list)
    const sources = asserters.filter((a) => a.speaker.type !== 'unknown');
    const named = asserters.filter((a) => a.speaker.type !== 'unknown');
    // the claim in the words the article first states it with
    const stated = asserters.filter((a) => a === first || cosine(bags.get(a)!, tb) >= 0.6).reduce((x, y) => (y.start < x.start ? y : x), first);
    return {
      claim: stated.text.replace(/\s+/g, ' ').trim(),
      evidence: sentenceText(doc, stated),
      assertedBy: [...new Set(named.map((a) => a.speaker.name))],
      disputedBy: [...disputers],
    };
  });
}
