// Attribution frames: a reporting cue, the phrase that names its source, and the content it
// reports, found over the tagged words of one sentence.
//
//   SOURCE [aux/adv] CUE [to AUDIENCE] [PP…] [that] CONTENT     forward:  X said (that) …
//   CONTENT, SOURCE CUE [PP…].                                 trailing: …, the source said.
//   CONTENT, CUE SOURCE[, ROLE].                               inverted: …, said X, a spokesman.
//   According to SOURCE, CONTENT.  /  CONTENT, according to SOURCE.
//   …, adding/noting/saying (that) CONTENT                     a second cue of the same source
//
// Words inside quotation marks are content, never cue or source. A negated cue (`has not
// denied`, `declined to comment`) reports nothing. The cue's grammar comes from compromise's
// part-of-speech tags, its lexicon from lexicon.ts.
import type { Span, Token } from '../model/types.js';
import { BELIEF_CUES, CLAUSE_ONLY_CUES, cueLemma, DOCUMENT_NOUNS, isDenialVerb, NOUNISH_CUES, QUOTE_INTRODUCING_CUES, TO_COMPLEMENT_CUES } from './lexicon.js';
import { withoutContraction } from '../text/contraction.js';

export interface Frame {
  /** token indices of the cue [first, last) */
  cueFirst: number;
  cueLast: number;
  lemma: string;
  /** the cue words as they stand (`said in a statement`, `told reporters`) */
  cueText: string;
  /** token indices of the source phrase, when the sentence names one */
  source: { first: number; last: number } | null;
  /** an appositive or trailing description of the source (`a spokesman for …`) */
  role?: string;
  /** the reported words without quotation marks, when the frame has any */
  content: Span | null;
  /** the frame reports what stands before it (trailing or inverted) */
  contentBefore: boolean;
  /** words relayed through an outlet (`told the New York Times`) */
  relayedVia?: string;
  /** a participle cue that shares the subject of the clause before it */
  participle: boolean;
  denial: boolean;
}

const has = (t: Token | undefined, ...tags: string[]) => t !== undefined && tags.some((g) => t.tags.has(g));
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const SKIP_BEFORE_CUE = new Set([
  'is', 'are', 'was', 'were', 'been', "'s", 's', 'now', 'again',
  'has', 'have', 'had', 'also', 'previously', 'repeatedly', 'vehemently', 'publicly', 'recently', 'later', 'again',
  'already', 'then', 'earlier', 'once', 'often', 'since', 'still', 'further', 'first', 'separately', 'privately',
  'flatly', 'strongly', 'firmly', 'angrily', 'quickly', 'immediately', 'initially', 'subsequently', 'reportedly',
  'allegedly', 'apparently', 'reportedly', 'will', 'would', 'could', 'may', 'might', 'can', 'did', 'does', 'do',
  'herself', 'himself', 'themselves', 'itself', 'too', 'both', 'all', 'just', 'even', 'however', 'both', 'similarly',
  'long', 'consistently', 'frequently', 'routinely', 'openly', 'privately', 'loudly', 'falsely', 'wrongly', 'rightly',
]);
const INDEFINITE = new Set(['anybody', 'anyone', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'whoever', 'whomever']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const PREPS = new Set(['in', 'on', 'at', 'during', 'late', 'last', 'this', 'earlier', 'via', 'from', 'through', 'over', 'after', 'before', 'while', 'with', 'by', 'early', 'ahead', 'when', 'for']);
/** `…, saying`, `…, even suggesting`: a participle right after a comma, or after a comma and one adverb */
function participleAt(v: SentenceView, i: number): boolean {
  if (!PARTICIPLE_CUES.has(v.tokens[i]!.normal) || i <= v.first) return false;
  const prev = v.tokens[i - 1]!;
  if (/,/.test(punctAfter(prev))) return true;
  return i - 1 > v.first && has(prev, 'Adverb') && !has(prev, 'Noun') && !/[,;:]/.test(punctAfter(prev)) && /,/.test(punctAfter(v.tokens[i - 2]!)) && !inQ(v, i - 1);
}
const PARTICIPLE_CUES = new Set(['adding', 'noting', 'saying', 'arguing', 'insisting', 'claiming', 'stressing', 'explaining', 'warning', 'calling', 'describing', 'stating', 'asserting', 'acknowledging', 'suggesting', 'denying', 'rejecting', 'dismissing', 'contending', 'emphasizing', 'emphasising', 'writing', 'telling', 'accusing', 'complaining', 'recalling', 'pointing', 'asking', 'answering', 'replying', 'responding', 'declaring', 'announcing', 'tweeting', 'writing',
  'mocking', 'slamming', 'blasting', 'attacking', 'praising', 'lauding', 'hailing', 'ridiculing', 'likening', 'deriding', 'urging', 'vowing', 'promising', 'proposing']);
const AUDIENCE_CUES = new Set(['tell', 'inform', 'assure', 'advise', 'ask', 'urge', 'warn', 'remind']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const PUB_HINT = /\b(times|post|journal|news|nyt|cnn|bbc|reuters|ap|afp|bloomberg|guardian|telegraph|al jazeera|newspaper|paper|magazine|network|agency|outlet|tribune|herald|globe|axios|politico|msnbc|fox|abc|cbs|nbc|npr|press)\b/i;

export interface SentenceView {
  tokens: Token[];
  first: number;
  last: number;
  text: string;
  /** is this offset inside quotation marks? */
  quoted: (offset: number) => boolean;
}

const inQ = (v: SentenceView, i: number) => v.quoted(v.tokens[i]!.start);
/** a dash between words, as the tagger leaves it in a word's trailing punctuation */
const DASH = /\s[\u2013\u2014]\s|\s--?\s|^[\u2013\u2014]/;
const punctAfter = (t: Token) => t.post.replace(/\s+/g, '');
const endsClause = (t: Token) => /[,;:\u2014\u2013]|^-$/.test(punctAfter(t)) || /[“”"]/.test(punctAfter(t));

function isCueToken(v: SentenceView, i: number): string | null {
  const t = v.tokens[i]!;
  if (inQ(v, i)) return null;
  // `refused to accept the findings`: a denial (findFrames starts the cue at `refused`)
  if (t.normal === 'accept' && v.tokens[i - 1]?.normal === 'to' && /^refus/.test(v.tokens[i - 2]?.normal ?? '')) return 'deny';
  const lemma = cueLemma(t.normal || t.text);
  // what someone thinks, expects or found is not an act of speech or writing
  if (!lemma || BELIEF_CUES.has(lemma)) return null;
  if (QUOTE_INTRODUCING_CUES.has(lemma) && !/^([:.,]|[,:][“"‘])$/.test(punctAfter(t))) return null;
  const prev = v.tokens[i - 1];
  const w = t.normal;
  const irregular = /^(said|told|wrote|says|tells|writes|thought|found)$/.test(w);
  const next = v.tokens[i + 1];
  // `…, reports the New York Times.`: a cue word between a comma and a name is a verb
  // (not when the next word is the cue: `…, Report Says` in a headline)
  const invertedSlot = prev !== undefined && /,/.test(punctAfter(prev)) && next !== undefined && has(next, 'Determiner', 'ProperNoun', 'Person') && !cueLemma(next.normal);
  // `the source added.`: the tagger sometimes reads a past form as an adjective
  // (after a personal pronoun always: `she noted clients are …`)
  const pastAfterSubject = /ed$/.test(w) && has(t, 'Adjective') && prev !== undefined && has(prev, 'Noun', 'Pronoun', 'ProperNoun') && !has(prev, 'Determiner')
    && (next === undefined || /[.,;:]/.test(punctAfter(t)) || next.normal === 'that' || /^(he|she|they|we|i)$/.test(prev.normal));
  // `…, saying …`, `…, adding …`: a participle after a comma, whatever the tagger made of it
  const participleSlot = participleAt(v, i);
  if (participleSlot) return lemma;
  if (!irregular && !has(t, 'Verb') && !invertedSlot && !pastAfterSubject) return null;
  // `the state`, `several states`, `United States`, `questions about`: a noun unless a clause follows
  // or a subject stands right before it (`Trump claims that`, `the Times reports the …`)
  if (NOUNISH_CUES.has(lemma) && !/(ed|ing)$/.test(w) && !invertedSlot) {
    if (/^\p{Lu}/u.test(t.text) && i > v.first) return null;
    const clauseNext = next?.normal === 'that' || /:/.test(punctAfter(t));
    const subjectBefore = prev !== undefined && has(prev, 'Pronoun', 'ProperNoun', 'Plural') && !has(prev, 'Possessive', 'Adjective', 'Determiner');
    if (!clauseNext && !subjectBefore) return null;
  }
  if (has(t, 'Noun') && !has(t, 'Verb') && !invertedSlot) return null;
  // after a preposition it is a noun (`reacting to reports`)
  if (prev && has(prev, 'Preposition') && !(prev.normal === 'to' && !/s$/.test(w))) return null;
  // `accused of`, `linked to`: a passive participle with no auxiliary
  if (/ed$/.test(w) && next && /^(of|by)$/.test(next.normal) && lemma !== 'accuse' || (lemma === 'accuse' && next?.normal === 'of')) return null;
  if (lemma === 'speak') return null;
  // `a group called Color of Change`, `a move called the boneless`: a name given, nobody speaking
  if (/^(called|named|dubbed)$/.test(w) && prev && has(prev, 'Noun') && !has(prev, 'ProperNoun', 'Pronoun')) {
    let d = i - 2;
    while (d >= v.first && has(v.tokens[d], 'Adjective') && !has(v.tokens[d], 'Noun')) d--;
    if (d >= v.first && /^(a|an|another|one|some)$/.test(v.tokens[d]!.normal)) return null;
  }
  // `…, compared with two under the current code`: a preposition; `X reported from Kabul`: a byline
  if (/^compar(ed|ing)$/.test(w) && next && /^(with|to)$/.test(next.normal) && prev && /,/.test(punctAfter(prev))) return null;
  if (lemma === 'report' && next?.normal === 'from') return null;
  // `reported daily to the studio head`: answered to, not said
  if (lemma === 'report' && (next?.normal === 'to' || (has(next, 'Adverb', 'Adjective') && v.tokens[i + 2]?.normal === 'to'))) return null;
  // `Trump's proposed wall`, `the group's stated aim`: a participle after a possessive modifies a
  // noun (the tagger may read the 's as `has`, an empty word: then a bare noun must follow)
  const owner = prev?.text === '' ? v.tokens[i - 2] : prev;
  if (/ed$/.test(w) && owner && /[\u2019']s$/u.test(owner.text) && !inQ(v, i - 1)
    && (prev?.text !== '' || (next !== undefined && has(next, 'Noun') && !has(next, 'Determiner', 'Pronoun', 'ProperNoun')))) return null;
  // a bare form after a determiner or an outlet's name is a noun (`the Times report`)
  if (!/(ed|s|ing)$/.test(w) && !irregular && prev && (has(prev, 'Determiner', 'Possessive', 'Adjective') || (has(prev, 'ProperNoun') && PUB_HINT.test(prev.text)))) return null;
  // `a media report`, `the police statement`: a noun after determiner + noun
  // (but `"…," the letter reads.`: a verb ending its sentence)
  const endsSentence = /s$/.test(w) && (i === v.last - 1 || /^[.:]$/.test(punctAfter(t)));
  if (!/(ed|ing)$/.test(w) && !irregular && !invertedSlot && !endsSentence && prev && has(prev, 'Noun') && !has(prev, 'Plural', 'Pronoun') && has(v.tokens[i - 2], 'Determiner')) return null;
  // `a media report claiming …`, `those said to`: participles that modify a noun are not cues here
  if (/ing$/.test(w) && !(prev && /,/.test(punctAfter(prev))) && prev && has(prev, 'Noun') && !has(prev, 'Pronoun')) return null;
  return lemma;
}

function negated(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.first, i - 4); k--) {
    // a negation in the quoted words or in a clause of its own (`"Probably not," she said`) is not the cue's
    if (inQ(v, k) || endsClause(v.tokens[k]!)) break;
    const n = v.tokens[k]!.normal;
    if (NEGATORS.has(n) || /n't$/.test(v.tokens[k]!.text)) return true;
    if ((n === 'declined' || n === 'refused' || n === 'declines' || n === 'refuses') && v.tokens[k + 1]?.normal === 'to') return !isDenialVerb(v.tokens[i]!.normal) && v.tokens[i]!.normal !== 'accept';
  }
  return false;
}

const npish = (t: Token) => has(t, 'Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym', 'Abbreviation', 'Honorific', 'Demonym', 'Pronoun') && !has(t, 'Preposition') && !RELATIVE.has(t.normal);

/** Verbs whose `to` complement was carried out: `appeared to suggest`, `went on to say`. */
const REALIZED = /^(appear|appears|appeared|seem|seems|seemed|continue|continues|continued|begin|begins|began|begun|start|starts|started|proceed|proceeds|proceeded|hasten|hastens|hastened|rush|rushes|rushed)$/;
/** Whether the `to` at `to` follows a verb whose complement happened (see REALIZED). */
function saidThrough(v: SentenceView, to: number): boolean {
  const before = v.tokens[to - 1];
  if (!before || inQ(v, to - 1)) return false;
  if (REALIZED.test(before.normal)) return true;
  return before.normal === 'on' && /^(go|goes|went|gone|going)$/.test(v.tokens[to - 2]?.normal ?? '');
}

/** Collect a noun phrase ending at token `e` (inclusive), backwards. */
function npBackward(v: SentenceView, e: number): { first: number; last: number } | null {
  const end = v.tokens[e];
  if (!end || inQ(v, e)) return null;
  if (has(end, 'Pronoun') && !has(end, 'Possessive')) return /^(he|she|they|it|we|i|you|who)$/.test(withoutContraction(end.normal)) ? { first: e, last: e + 1 } : null;
  // `The Clinton campaign says`, `one slide says`: a noun the tagger read as a verb, after a
  // determiner, a name, a number or an adjective
  const before = e > v.first ? v.tokens[e - 1] : undefined;
  const verbNoun = has(end, 'Verb') && has(end, 'Infinitive', 'PresentTense') && !has(end, 'Modal', 'Auxiliary', 'Copula', 'PastTense', 'Gerund')
    && /^\p{Ll}/u.test(end.text) && before !== undefined && !/[,;:]/.test(punctAfter(before)) && has(before, 'Determiner', 'ProperNoun', 'Value', 'Possessive', 'Adjective') && !has(before, 'Pronoun');
  if (!verbNoun && (!npish(end) || (has(end, 'Verb') && !has(end, 'Noun')))) return null;
  let s = e;
  while (s - 1 >= v.first) {
    const t = v.tokens[s - 1]!;
    if (inQ(v, s - 1) || /[,;:()\u2014\u2013]/.test(punctAfter(t)) || /[“”"]/.test(punctAfter(t))) break;
    if (t.normal === 'and' && s - 2 >= v.first && npish(v.tokens[s - 2]!) && !/[,;:]/.test(punctAfter(v.tokens[s - 2]!))) { s--; continue; }
    if (/^(of|for|at|with|in|on)$/.test(t.normal) && s - 2 >= v.first && has(v.tokens[s - 2], 'Noun', 'ProperNoun') && /^\p{Lu}/u.test(v.tokens[v.tokens[s]!.normal === 'the' ? s + 1 : s]?.text ?? '') && !has(v.tokens[s], 'Date', 'WeekDay', 'Month')) { s--; continue; }
    if (has(t, 'Pronoun') && !has(t, 'Possessive')) break;
    // `top black lawmakers`, `top aides`: the tagger reads this `top` as a verb
    if (t.normal === 'top' && has(v.tokens[s], 'Adjective', 'Noun')) { s--; continue; }
    if (!npish(t) || (has(t, 'Verb') && !has(t, 'Noun', 'Adjective'))) break;
    s--;
  }
  // the phrase starts at a word, not a determiner alone
  return { first: s, last: e + 1 };
}

/** Collect a noun phrase starting at token `s`, forwards; stops at punctuation. */
function npForward(v: SentenceView, s: number): { first: number; last: number } | null {
  let e = s;
  while (e < v.last && !inQ(v, e)) {
    const t = v.tokens[e]!;
    // the second half of a hyphenated modifier (`a 52-count complaint`) whatever its tag
    const joined = e > s && has(t, 'Hyphenated') && has(v.tokens[e - 1], 'Hyphenated') && /-$/.test(v.tokens[e - 1]!.post);
    if (!joined && (!(npish(t) || (t.normal === 'of' && e > s) || (t.normal === 'and' && e > s)) || (has(t, 'Verb') && !has(t, 'Noun', 'Adjective')))) break;
    e++;
    if (/[,;:.()\u2014\u2013!?“”"]/.test(punctAfter(t).replace(/^\.$/, has(t, 'Abbreviation') || /^\p{Lu}\.?$/u.test(t.text) ? '' : '.'))) break;
  }
  while (e > s && /^(and|of)$/.test(v.tokens[e - 1]!.normal)) e--;
  return e > s ? { first: s, last: e } : null;
}

/** Skip adverbs, auxiliaries and time phrases backwards from k; returns the new k. */
function skipBackward(v: SentenceView, k: number): number {
  while (k >= v.first) {
    const t = v.tokens[k]!;
    if (inQ(v, k)) break;
    // the unwritten half of a contraction (`He’s claiming`: he + an empty `is`)
    if (t.text === '') { k--; continue; }
    const modal = SKIP_BEFORE_CUE.has(t.normal) && !(/^\p{Lu}/u.test(t.text) && has(t, 'ProperNoun', 'Person') && k > v.first);
    if (modal || (has(t, 'Adverb') && !has(t, 'Noun'))) { if (/,/.test(punctAfter(t)) && k !== v.first) break; k--; continue; }
    // `on Monday`, `in 2015`, `late Saturday`, `on Friday`
    // (`Theresa May said`: a month right after a person's name is the surname)
    const surname = has(t, 'Month') && k > v.first && has(v.tokens[k - 1], 'Person', 'FirstName') && !has(v.tokens[k - 1], 'Date');
    if (has(t, 'Date', 'WeekDay', 'Month', 'Year', 'Time') && !/,/.test(punctAfter(t)) && !surname) {
      let j = k - 1;
      while (j >= v.first && has(v.tokens[j], 'Date', 'Value', 'Determiner')) j--;
      if (j >= v.first && PREPS.has(v.tokens[j]!.normal)) { k = j - 1; continue; }
      k = j;
      continue;
    }
    break;
  }
  return k;
}

/** Skip adjunct phrases forwards from k (`in a statement Saturday`, `at a conference call`). */
function skipForward(v: SentenceView, k: number): number {
  while (k < v.last && !inQ(v, k)) {
    const t = v.tokens[k]!;
    // (`said Friday afternoon`: the part of the day after a date is part of the time phrase)
    const partOfDay = /^(morning|afternoon|evening|night|tonight|today|yesterday)$/.test(t.normal) && (k === 0 || has(v.tokens[k - 1], 'Date', 'WeekDay'));
    if (partOfDay || has(t, 'Date', 'WeekDay', 'Time') || (has(t, 'Adverb') && !/^(that|so)$/.test(t.normal)) || /^(late|publicly|privately|repeatedly|again|earlier|later|separately|also|recently)$/.test(t.normal)) {
      k++;
      if (/,/.test(punctAfter(t))) break;
      continue;
    }
    // (`about 20 people`: approximately, not a prepositional phrase)
    if (PREPS.has(t.normal) && t.normal !== 'for' && t.normal !== 'with' && !(t.normal === 'about' && has(v.tokens[k + 1], 'Value'))) {
      let j = k + 1;
      while (j < v.last && !inQ(v, j) && has(v.tokens[j], 'Determiner', 'Adjective', 'Noun', 'Value', 'Date', 'ProperNoun', 'Possessive') && !RELATIVE.has(v.tokens[j]!.normal) && !has(v.tokens[j], 'Verb', 'Pronoun')) {
        j++;
        if (/[,;:]/.test(punctAfter(v.tokens[j - 1]!))) break;
      }
      if (j === k + 1) break;
      k = j;
      if (/,/.test(punctAfter(v.tokens[k - 1]!))) break;
      continue;
    }
    break;
  }
  return k;
}


/** v.tokens.findIndex((x, k) => k >= from && x.start >= at), by binary search (tokens are in
 *  text order), -1 when none: the scan from the first token of the document made frame finding
 *  quadratic on long inputs */
function firstTokenFrom(tokens: Token[], from: number, at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const k = Math.max(from, lo);
  return k < tokens.length ? k : -1;
}

/** Content from token a to the end of the clause, trimmed of the final period. */
function contentTo(v: SentenceView, a: number, stop: number): Span | null {
  if (a >= stop) return null;
  const s = v.tokens[a]!.start - (v.tokens[a]!.pre.match(/[“"‘]\s*$/)?.[0].length ?? 0);
  let e = v.tokens[stop - 1]!.end;
  const post = v.tokens[stop - 1]!.post;
  const keep = post.match(/^[^\s.,;:]*[.!?]?[”"’]/)?.[0];
  if (keep) e += keep.length;
  return { start: s, end: e };
}

const LEADING_SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'because', 'if', 'when', 'after', 'before', 'since', 'despite', 'whereas', 'unless']);

/** Where a content clause ends: the sentence end, or a comma before another cue. */
function clauseStop(v: SentenceView, from: number): number {
  // `While X accused Y of Z, the main clause …`: the subordinate clause ends at its comma
  if (LEADING_SUBORDINATORS.has(v.tokens[v.first]!.normal)) {
    for (let k = from; k < v.last - 1; k++) if (!inQ(v, k) && /,/.test(punctAfter(v.tokens[k]!))) return k + 1;
  }
  for (let k = from; k < v.last - 1; k++) {
    const t = v.tokens[k]!;
    if (inQ(v, k)) continue;
    const next = v.tokens[k + 1]!;
    if (/,/.test(punctAfter(t)) && !inQ(v, k + 1) && (PARTICIPLE_CUES.has(next.normal) || (next.normal === 'according' && v.tokens[k + 2]?.normal === 'to'))) return k + 1;
    if (/,/.test(punctAfter(t)) && !inQ(v, k + 1) && /^(despite|although|though|whereas)$/.test(next.normal)) return k + 1;
    // `…, and when pressed, the candidate changed the subject`: the reporter's own clause
    if (/,/.test(punctAfter(t)) && /^(and|but)$/.test(next.normal) && !inQ(v, k + 1) && /^(when|while|after|before|as|since|because|although|though)$/.test(v.tokens[k + 2]?.normal ?? '')) return k + 1;
    if (/^(and|but)$/.test(next.normal) && !inQ(v, k + 1) && k + 2 < v.last && cueLemma(v.tokens[k + 2]!.normal) && has(v.tokens[k + 2], 'Verb') && /ed$|said|told|wrote/.test(v.tokens[k + 2]!.normal)) return k + 1;
  }
  return v.last;
}

export function findFrames(v: SentenceView): Frame[] {
  const frames: Frame[] = [];
  for (let i = v.first; i < v.last; i++) {
    const t = v.tokens[i]!;
    if (inQ(v, i)) continue;
    // according to SOURCE
    if (t.normal === 'according' && v.tokens[i + 1]?.normal === 'to') {
      frames.push(accordingTo(v, i));
      i++;
      continue;
    }
    // `Tulsa police's earlier claim that …`, `a New York Times report that …`: a speech noun
    // with its owner before it and the reported clause after `that`
    const noun = speechNoun(v, i) ?? passiveAgent(v, i);
    if (noun) { frames.push(noun); continue; }
    const lemma = isCueToken(v, i);
    if (!lemma) continue;
    if (negated(v, i)) continue;
    const prev = v.tokens[i - 1];
    // passive `is said to`, `were reported`, `was also dubbed`: no source named here
    const progressive = /ing$/.test(t.normal);
    let b = i - 1;
    while (b > v.first && has(v.tokens[b], 'Adverb') && !has(v.tokens[b], 'Noun') && !/,/.test(punctAfter(v.tokens[b]!))) b--;
    if (b >= v.first && BE.has(v.tokens[b]!.normal) && !progressive && !inQ(v, b)) continue;
    if (v.tokens[i + 1]?.normal === 'to' && /ed$|said$/.test(t.normal) && prev && has(prev, 'Noun') && !has(prev, 'ProperNoun')) continue;
    const participle = participleAt(v, i);
    // `… and called X`, `… but said`: the subject of the clause before
    const coordinated = !participle && i > v.first && /^(and|but)$/.test(v.tokens[skipBackward(v, i - 1)]?.normal ?? '');
    let cueLast = i + 1;
    let relayedVia: string | undefined;
    // `refused to accept` denies
    let denial = isDenialVerb(t.normal) || (t.normal === 'accept' && v.tokens[i - 2]?.normal.startsWith('refus') === true);
    let cueFirst = i;
    if (t.normal === 'accept' && v.tokens[i - 2]?.normal.startsWith('refus')) cueFirst = i - 2;
    // `pointed out`
    if (v.tokens[cueLast]?.normal === 'out' && lemma === 'point') cueLast++;
    else if (lemma === 'point') continue;
    // audience: told reporters / told the Times / denied to the New York Times
    let k = cueLast;
    if (AUDIENCE_CUES.has(lemma) || v.tokens[k]?.normal === 'to') {
      const at = v.tokens[k]?.normal === 'to' && !AUDIENCE_CUES.has(lemma) ? k + 1 : k;
      const aud = at < v.last ? npForward(v, at) : null;
      // `told MSNBC’s “Morning Joe” that …`: a show's title in quotation marks is part of the audience
      // (past the empty word the tagger may put after `MSNBC’s`)
      let q0 = aud ? aud.last : v.last;
      while (q0 < v.last && v.tokens[q0]!.text === '') q0++;
      if (aud && q0 < v.last && inQ(v, q0)) {
        let q = q0;
        while (q < v.last && inQ(v, q)) q++;
        if (q - q0 <= 6 && v.tokens[q]?.normal === 'that') aud.last = q;
      }
      if (aud && !/^(that)$/.test(v.tokens[aud.first]!.normal)) {
        const audText = v.text.slice(v.tokens[aud.first]!.start, v.tokens[aud.last - 1]!.end);
        if (PUB_HINT.test(audText) && !/\breporters?\b/i.test(audText)) relayedVia = audText;
        if (AUDIENCE_CUES.has(lemma) || relayedVia) { k = aud.last; cueLast = k; }
      }
    }
    k = skipForward(v, k);
    // the source: before the cue, or after it when inverted
    let source: { first: number; last: number } | null = null;
    let role: string | undefined;
    let contentBefore = false;
    let content: Span | null = null;
    let splitBefore: Span | null = null;
    let quotedOnly = false;
    let nonRestrictive = false;
    if (!participle && !coordinated) {
      let e = skipBackward(v, cueFirst - 1);
      // `The agency – officially the Directorate of X – has accused …`: back over a parenthetical
      // between dashes to the subject before it
      if (e > v.first && DASH.test(v.tokens[e]!.post) && !inQ(v, e)) {
        let j = e - 1;
        while (j >= v.first && !DASH.test(v.tokens[j]!.post) && !inQ(v, j) && !/[.;:]/.test(punctAfter(v.tokens[j]!))) j--;
        if (j >= v.first && DASH.test(v.tokens[j]!.post) && !inQ(v, j) && e - j <= 12) e = skipBackward(v, j);
      }
      if (e >= v.first && !inQ(v, e)) {
        if (/,/.test(punctAfter(v.tokens[e]!)) && e > v.first) {
          // `X, a spokesman for Y, said`: skip back over the appositive; over two or three of them
          // (`X, president of Y, which represents Z, said`) to the first chunk that opens with a name
          let j = e - 1;
          while (j >= v.first && !/,/.test(punctAfter(v.tokens[j]!)) && !inQ(v, j)) j--;
          const firstComma = j;
          for (let hop = 0; hop < 5 && j >= v.first && !inQ(v, j) && !/[“”"]/.test(punctAfter(v.tokens[j]!)); hop++) {
            const np = npBackward(v, j);
            // the head of `the attorney general of Oklahoma` is `general`
            let h = np ? np.first : 0;
            while (np && h < np.last - 1 && !/^(of|for|at|with|in)$/.test(v.tokens[h + 1]!.normal)) h++;
            const head = np ? v.tokens[h]! : undefined;
            if (np && head && has(v.tokens[np.last - 1], 'ProperNoun', 'Noun', 'Pronoun', 'Acronym')) {
              const opensChunk = np.first === v.first || /,/.test(punctAfter(v.tokens[np.first - 1]!));
              // (a place is where the speaker is from: `Jane Roe, 59, of Ashton, Md., said`)
              const named = opensChunk && /^\p{Lu}/u.test(head.text) && has(head, 'ProperNoun', 'Person', 'Acronym') && !has(head, 'Place', 'Country', 'City', 'Region', 'Abbreviation');
              if (!source || named) {
                source = np;
                role = v.text.slice(v.tokens[j + 1]!.start, v.tokens[e]!.end).replace(/[,\s]+$/, '');
              }
              if (named) break;
            }
            // on to the comma before this chunk
            let k = (np ? np.first : j) - 1;
            while (k >= v.first && !/,/.test(punctAfter(v.tokens[k]!)) && !inQ(v, k)) k--;
            if (k < v.first) break;
            j = k;
          }
          if (firstComma < v.first) {
            // `The officials who spoke to X, said …`: the subject before its relative clause
            const subj = subjectOf({ ...v, first: v.first });
            const rel = subj && v.tokens[subj.last] && RELATIVE.has(v.tokens[subj.last]!.normal) ? subj : null;
            if (rel) source = rel;
          }
        } else if (RELATIVE.has(v.tokens[e]!.normal) && v.tokens[e]!.normal !== 'that' && e > v.first) {
          // `the police department, which reported …`: the antecedent speaks
          source = npBackward(v, e - 1);
          // `the Times, which first reported it, …`: the relative clause ends at its comma
          nonRestrictive = e - 1 >= v.first && /,/.test(punctAfter(v.tokens[e - 1]!));
        } else if (!/[“”"]/.test(punctAfter(v.tokens[e]!))) {
          source = npBackward(v, e);
        }
      }
      // inverted only after a comma or a quotation: `…," said X`, `…, reports the Times`
      const beforeCue = cueFirst > v.first ? v.tokens[cueFirst - 1] : undefined;
      const invertible = !beforeCue || /[,“”"’]/.test(punctAfter(beforeCue)) || inQ(v, cueFirst - 1);
      // `Trump took to Twitter to accuse Clinton of being "duped"`: the subject of the sentence
      // (for the quoted words only: `wants to say that …` reports no words said)
      if (!source && beforeCue?.normal === 'to' && cueFirst - 1 > v.first) {
        const subj = subjectOf(v);
        // (but `appeared to suggest that …`, `went on to say that …`: the words were said; not
        // `continues to maintain a lead`)
        if (subj && subj.last <= cueFirst - 1) { source = subj; quotedOnly = !(saidThrough(v, cueFirst - 1) && v.tokens[k]?.normal === 'that'); }
      }
      if (!source && invertible) {
        // inverted: `…," said X, a spokesman`, `…, reports the New York Times`
        const np = k < v.last ? npForward(v, k) : null;
        // (`…," said the institution was known as …`: a noun phrase that goes on to its own verb
        // is the subject of another clause, not the speaker)
        const after = np ? v.tokens[np.last] : undefined;
        const ownVerb = np !== null && after !== undefined && !/[,;:.]/.test(punctAfter(v.tokens[np.last - 1]!)) && has(after, 'Verb') && !has(after, 'Gerund', 'Noun') && /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/.test(after.normal);
        if (np && !ownVerb && has(v.tokens[np.last - 1], 'Noun', 'ProperNoun', 'Acronym', 'Pronoun') && !RELATIVE.has(v.tokens[np.first]!.normal)) {
          source = np;
          contentBefore = true;
          const after = np.last;
          if (after < v.last && /,/.test(punctAfter(v.tokens[after - 1]!))) {
            let j = after;
            while (j < v.last && !/[,;.]/.test(punctAfter(v.tokens[j]!)) && !inQ(v, j)) j++;
            const rtext = v.text.slice(v.tokens[after]!.start, v.tokens[Math.min(j, v.last - 1)]!.end).replace(/[,.;\s]+$/, '');
            if (rtext && has(v.tokens[after], 'Determiner', 'Noun', 'Adjective', 'Honorific', 'ProperNoun')) role = rtext;
          }
          const beforeEnd = cueFirst;
          content = clauseBefore(v, beforeEnd);
        }
      } else if (source) {
        // something reported after the cue?
        if (v.tokens[k]?.normal === 'that' && !inQ(v, k)) k++;
        let stop = clauseStop(v, k);
        if (nonRestrictive) for (let c = k; c < stop - 1; c++) if (/,/.test(punctAfter(v.tokens[c]!)) && !inQ(v, c)) { stop = c + 1; break; }
        const rest = k < stop ? contentTo(v, k, stop) : null;
        if (rest && v.text.slice(rest.start, rest.end).trim().length > 0 && !/^[,.;:\s]*$/.test(v.text.slice(rest.start, rest.end))) {
          content = rest;
          // parenthetical `A, X said, B`: the words are on both sides of the cue, unless B is a
          // subordinate clause of the reporter's (`…, Graham said, since most voters …`)
          const lead = v.tokens[source.first - 1];
          if (lead && /,/.test(punctAfter(lead)) && !/[“”"]/.test(punctAfter(lead)) && k > cueLast - 1 && /,/.test(punctAfter(v.tokens[k - 1]!)) && !inQ(v, k)) {
            const before = clauseBefore(v, source.first);
            const tailTok = v.tokens[k]!;
            // `…, the group said, compared with …`: the reporter's participle phrase
            if (before && (PARENTHETICAL_TAIL.test(tailTok.normal) || /^(compared|citing|according|including|referring)$/.test(tailTok.normal))) { content = before; contentBefore = true; }
            else if (before) splitBefore = before;
          }
        } else {
          // trailing: `…, the source said.`
          const sFirst = source.first;
          const before = v.tokens[sFirst - 1];
          if (before && /,/.test(punctAfter(before)) && !/[“”"]/.test(punctAfter(before))) {
            content = clauseBefore(v, sFirst);
            contentBefore = true;
          }
        }
      }
    } else {
      if (v.tokens[k]?.normal === 'that') k++;
      content = contentTo(v, k, clauseStop(v, k + 1));
      const earlier = frames.filter((g) => g.source && g.cueFirst < cueFirst).pop();
      if (earlier) { source = earlier.source; role = earlier.role; } else source = subjectOf(v);
    }
    if (t.normal === 'accept') denial = true;
    // `spoke about the plan`, `said to reporters`: no reported clause (but `about 20 people …` is one)
    const lead = content ? firstTokenFrom(v.tokens, v.first, content.start) : -1;
    // (`promised to cut taxes`, `urged him to resign`: what was promised or urged is the content)
    const toDeed = lead >= 0 && v.tokens[lead]!.normal === 'to' && TO_COMPLEMENT_CUES.has(lemma) && has(v.tokens[lead + 1], 'Infinitive', 'Verb') && !has(v.tokens[lead + 1], 'Noun');
    // (`said that in 2015 the company …`: after `that` a preposition opens the clause)
    const afterThat = lead > v.first && v.tokens[lead - 1]!.normal === 'that';
    if (content && !contentBefore && !NP_OBJECT.has(lemma) && lead >= 0 && !toDeed && !afterThat && /^(about|to|for|of|on|in|with|at|from|into|over)$/.test(v.tokens[lead]!.normal) && !(v.tokens[lead]!.normal === 'about' && has(v.tokens[lead + 1], 'Value'))) content = null;
    if (content && !contentBefore && NP_OBJECT.has(lemma)) content = npObject(v, content);
    // `called off the deal`, `called into the show`, `called Sanders shortly after`: no words
    // reported (a name given needs two complements: `called him a liar`, `called it outrageous`)
    if (content && !contentBefore && lemma === 'call' && lead >= 0 && !v.quoted(content.start)) {
      const nxt = v.tokens[lead]!;
      if (/^(off|up|in|into|back|out|over)$/.test(nxt.normal)) content = null;
      else if (!/^(for|on)$/.test(nxt.normal)) {
        // the object: a name or a pronoun, then nothing, or an adverb or preposition phrase
        let e = lead;
        while (e < v.last && v.tokens[e]!.start < content.end && has(v.tokens[e], 'ProperNoun', 'Pronoun') && !/[,.;:]/.test(punctAfter(v.tokens[e]!))) e++;
        if (e < v.last && e > lead && v.tokens[e]!.start < content.end && has(v.tokens[e], 'ProperNoun', 'Pronoun')) e++;
        const rest = v.tokens[e];
        if (e > lead && (!rest || rest.start >= content.end || /[,.;:]/.test(punctAfter(v.tokens[e - 1]!)) || /^(to|and|but|shortly|only|after|before|when|while|on|at|in|about|from|with|last|this|every|back|again|twice)$/.test(rest.normal))) content = null;
      }
    }
    // `pledged to …`, `maintained that …`, not `pledged $10 million`, `maintained support`,
    // `charged a fee`, `Southern states friendly to …`: these report only a clause
    if (content && !contentBefore && CLAUSE_ONLY_CUES.has(lemma) && !toDeed && v.tokens[lead]?.normal !== 'that' && v.tokens[lead - 1]?.normal !== 'that') content = null;
    if (quotedOnly) content = v.quoted(content?.start ?? -1) ? content : null;
    // `anybody who complains …`, `whoever says …`: a generic, nobody's words
    if (source && INDEFINITE.has(v.tokens[source.last - 1]!.normal)) continue;
    // `"…," the letter reads`: only a document reads
    if (lemma === 'read' && !(source && DOCUMENT_NOUNS.has(v.tokens[source.last - 1]!.normal))) continue;
    const frame: Frame = {
      cueFirst, cueLast, lemma: denial && t.normal === 'accept' ? 'deny' : lemma,
      // (with the closing mark of a quoted show title in the audience: `told MSNBC’s “Morning Joe”`)
      cueText: v.text.slice(v.tokens[cueFirst]!.start, v.tokens[cueLast - 1]!.end + (inQ(v, cueLast - 1) ? (/^[”"’]/.exec(v.tokens[cueLast - 1]!.post)?.[0].length ?? 0) : 0)),
      source, role, content, contentBefore, relayedVia, participle, denial,
    };
    // the part before a parenthetical cue is reported too, as words of their own
    if (splitBefore) frames.push({ ...frame, content: splitBefore, contentBefore: true });
    frames.push(frame);
  }
  return frames;
}

const SPEECH_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'assertion', 'assertions', 'statement', 'statements', 'warning', 'warnings', 'promise', 'promises', 'accusation', 'accusations', 'announcement', 'insistence', 'contention', 'argument', 'suggestion', 'pledge', 'vow', 'admission', 'denial']);

/** `X has been accused by the West of plotting …`: the agent after `by` accuses, and what it
 *  accuses X of is its claim. Only verbs of accusing, whose `of`/`for` phrase is the content. */
function passiveAgent(v: SentenceView, i: number): Frame | null {
  const t = v.tokens[i]!;
  if (!/^(accused|criticized|criticised|blamed|charged|condemned)$/.test(t.normal) || v.tokens[i + 1]?.normal !== 'by' || inQ(v, i)) return null;
  // the agent runs to the first `of`/`for` (`by the coast guard of dumping oil`)
  let e = i + 2;
  while (e < Math.min(v.last, i + 10) && !/^(of|for)$/.test(v.tokens[e]!.normal) && npish(v.tokens[e]!) && !inQ(v, e)) e++;
  if (e === i + 2 || e >= v.last || !/^(of|for)$/.test(v.tokens[e]!.normal) || inQ(v, e)) return null;
  const np = { first: i + 2, last: e };
  const content = contentTo(v, np.last + 1, clauseStop(v, np.last + 1));
  if (!content) return null;
  return {
    cueFirst: i, cueLast: i + 2, lemma: cueLemma(t.normal) ?? 'accuse', cueText: v.text.slice(t.start, v.tokens[i + 1]!.end),
    source: np, content, contentBefore: false, participle: false, denial: false,
  };
}

function speechNoun(v: SentenceView, i: number): Frame | null {
  const t = v.tokens[i]!;
  if (!SPEECH_NOUNS.has(t.normal) || v.tokens[i + 1]?.normal !== 'that' || inQ(v, i + 1) || /[,;:]/.test(punctAfter(t))) return null;
  // the owner: a possessive (`the ministry's claim`, `Tulsa police’s earlier claim`) or an outlet
  // or name right before the noun (`a New York Times report`)
  let e = i - 1;
  while (e >= v.first && has(v.tokens[e], 'Adjective') && !has(v.tokens[e], 'ProperNoun')) e--;
  const owner = v.tokens[e];
  if (!owner || inQ(v, e) || /[,;:“”"]/.test(punctAfter(owner))) return null;
  const possessive = /[\u2019']s?$/u.test(owner.text) && has(owner, 'Possessive', 'ProperNoun', 'Noun');
  const named = /^\p{Lu}/u.test(owner.text) && has(owner, 'ProperNoun', 'Organization', 'Acronym');
  if (!possessive && !named) return null;
  const np = npBackward(v, e);
  if (!np) return null;
  // (`contradicting the ministry's claim`: the participle is not part of the owner)
  while (np.first < e && (has(v.tokens[np.first], 'Verb', 'Gerund') || /ing$/.test(v.tokens[np.first]!.normal))) np.first++;
  const k = i + 2;
  const content = k < v.last ? contentTo(v, k, clauseStop(v, k)) : null;
  if (!content) return null;
  const noun = t.normal.replace(/s$/, '');
  return {
    cueFirst: i, cueLast: i + 2, lemma: noun, cueText: v.text.slice(t.start, t.end),
    source: np, content, contentBefore: false, participle: false, denial: noun === 'denial',
  };
}

/** Cues whose object may be a noun phrase rather than a clause (`denied the allegations`). */
const NP_OBJECT = new Set(['propose', 'deny', 'reject', 'dismiss', 'refute', 'dispute', 'rebut', 'disavow', 'decry', 'denounce', 'condemn', 'contradict', 'call', 'describe', 'label', 'brand', 'dub', 'praise', 'criticize', 'criticise', 'accuse', 'blame', 'compare', 'attribute', 'link', 'question', 'cite']);
/** what a reporter's own clause after `A, X said,` opens with */
const PARENTHETICAL_TAIL = /^(since|because|as|while|although|though|whereas|adding|noting|saying|after|before|when|if|unless|until|despite|even|which|who|where|but|and)$/;
const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'despite']);

/** A noun-phrase object ends at a time phrase or a subordinate clause (`… the allegations Saturday`). */
function npObject(v: SentenceView, c: Span): Span | null {
  const toks = v.tokens.slice(v.first, v.last).filter((t) => t.start >= c.start && t.end <= c.end);
  if (toks[0]?.normal === 'that') return c;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (v.quoted(t.start)) continue;
    const rest = toks.slice(k + 1).map((x) => x.normal);
    if ((has(t, 'Date', 'WeekDay') && !rest.some((x) => x === 'of' || x === 'that' || x === 'as')) || SUBORDINATORS.has(t.normal)) {
      const prev = toks[k - 1]!;
      const end = PREPS.has(prev.normal) ? toks[k - 2] : prev;
      return end ? { start: c.start, end: end.end } : null;
    }
  }
  return c;
}

/** A frame for a quoted fragment with no reporting verb of its own: the sentence's subject, a
 *  name, and its verb (`Reid has gone after Trump as a "human leech"`, `Trump likened the
 *  refugees to a "vicious snake"`). Null when the subject is not a name or comes after the quote. */
export function subjectFrame(v: SentenceView, before: number): Frame | null {
  const subj = subjectOf(v);
  if (!subj) return null;
  const head = v.tokens[subj.last - 1]!;
  if (!/^\p{Lu}/u.test(head.text) || !has(head, 'ProperNoun', 'Person', 'Organization', 'Acronym') || has(head, 'Place', 'Possessive')) return null;
  let verb = subj.last;
  while (verb < v.last && !(has(v.tokens[verb], 'Verb') && !has(v.tokens[verb], 'Auxiliary', 'Modal'))) verb++;
  if (verb >= v.last || v.tokens[verb]!.start >= before || inQ(v, verb)) return null;
  const t = v.tokens[verb]!;
  return { cueFirst: verb, cueLast: verb + 1, lemma: t.normal, cueText: t.text, source: subj, content: null, contentBefore: false, participle: false, denial: false };
}

/** The subject of the sentence: its first noun phrase, after an introductory phrase. */
function subjectOf(v: SentenceView): { first: number; last: number } | null {
  let s = v.first;
  // skip an introductory phrase (`In a statement, …`, `During a speech earlier in the day, …`),
  // not a clause with its own verb
  // (a name with an appositive, `Hillary Clinton, like Obama, has …`, is the subject itself)
  const firstTok = v.tokens[v.first]!;
  const intro = has(firstTok, 'Preposition') || LEADING_SUBORDINATORS.has(firstTok.normal);
  const opener = intro || has(firstTok, 'Adverb', 'Conjunction', 'Date', 'Gerund', 'Value') || /^(last|this|next|earlier|later)$/.test(firstTok.normal);
  for (let k = v.first; opener && k < Math.min(v.last, v.first + (intro ? 14 : 6)); k++) {
    if (has(v.tokens[k], 'Verb') && !has(v.tokens[k], 'Gerund', 'Participle')) break;
    if (/,/.test(punctAfter(v.tokens[k]!))) { s = k + 1; break; }
  }
  // `But Trump and his government are …`: past a leading conjunction
  while (s < v.last - 1 && /^(but|and|yet|so|still|now)$/.test(v.tokens[s]!.normal) && !/,/.test(punctAfter(v.tokens[s]!))) s++;
  if (s >= v.last || inQ(v, s)) return null;
  const np = npForward(v, s);
  if (!np) return null;
  // keep the head noun phrase only (`The official was not clear…` → `The official`)
  let e = np.first;
  while (e < np.last && !has(v.tokens[e], 'Verb')) e++;
  return e > np.first ? { first: np.first, last: e } : null;
}

/** The clause before token `end` (exclusive) up to the previous clause boundary or sentence start. */
function clauseBefore(v: SentenceView, end: number): Span | null {
  let e = end - 1;
  while (e >= v.first && (inQ(v, e) ? false : false)) e--;
  if (e < v.first) return null;
  let s = v.first;
  // an introductory `Citing officials,` or `In a statement,` is not part of the content
  for (let j = e - 1; j >= v.first; j--) {
    const t = v.tokens[j]!;
    if (/[;:]/.test(punctAfter(t)) && !inQ(v, j)) { s = j + 1; break; }
  }
  const first = v.tokens[s]!;
  if (/^(citing|in|according)$/.test(first.normal)) {
    for (let j = s; j < e; j++) if (/,/.test(punctAfter(v.tokens[j]!))) { s = j + 1; break; }
  }
  if (s > e) return null;
  const span = contentTo(v, s, e + 1);
  if (!span) return null;
  // not the quoted words themselves: the caller attributes those
  if (v.quoted(span.start) && v.quoted(Math.max(span.start, span.end - 1))) return null;
  return { start: span.start, end: span.end };
}

function accordingTo(v: SentenceView, i: number): Frame {
  const base = { cueFirst: i, cueLast: i + 2, lemma: 'according to', cueText: v.text.slice(v.tokens[i]!.start, v.tokens[i + 1]!.end), participle: false, denial: false };
  const np = npForward(v, i + 2);
  const src = np;
  const relative = v.tokens[i + 2] && RELATIVE.has(v.tokens[i + 2]!.normal);
  if (relative) {
    return { ...base, source: { first: i + 2, last: i + 3 }, content: contentTo(v, i + 3, clauseStop(v, i + 3)), contentBefore: false };
  }
  const atStart = i === v.first || (i > v.first && /,/.test(punctAfter(v.tokens[i - 1]!)) === false && i - v.first <= 1);
  if (atStart || i === v.first) {
    // According to X, CONTENT
    let j = src ? src.last : i + 2;
    while (j < v.last && !/,/.test(punctAfter(v.tokens[j - 1]!))) j++;
    // (`According to the Times, which first reported it, CONTENT`: past the relative clause)
    if (j < v.last && /^(which|who|whose)$/.test(v.tokens[j]!.normal)) {
      let r = j + 1;
      while (r < v.last && !/,/.test(punctAfter(v.tokens[r - 1]!))) r++;
      if (r < v.last) j = r;
    }
    return { ...base, source: src, content: contentTo(v, j, clauseStop(v, j)), contentBefore: false };
  }
  return { ...base, source: src, content: clauseBefore(v, i), contentBefore: true };
}
