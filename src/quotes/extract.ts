// Quote spans of all three types, each with the frame that attributes it when its sentence
// has one. Direct and partial quotes come from quotation marks; indirect quotes are the
// content of frames that quote nothing. A quoted fragment no frame claims is a scare quote
// and is dropped; a whole quoted sentence without a frame is kept for attribution by position.
import { SpanIndex, upperBound } from '../model/spans.js';
import type { Doc, QuoteType, Sentence, Span } from '../model/types.js';
import { findFrames, type Frame, type SentenceView, subjectFrame } from './frames.js';
import { QUOTED_ONLY_CUES } from './lexicon.js';
import { findQuoted, type Quoted } from './marks.js';
import { labelOf } from './transcript.js';

export interface Candidate extends Span {
  type: QuoteType;
  sentence: number;
  paragraph: number;
  frame: Frame | null;
  view: SentenceView | null;
  quoted: Quoted | null;
}

const FUNCTION_END = /\b(that|as|a|an|the|of|to|was|is|were|are|be|been|his|her|their|its|our|my|called|call|calling|dubbed|described|labeled|labelled|and|or|but|than|by|for|with|from|into|on|in|at|whether|which|who|what|this|these|those)\s*$/i;

function quoteType(text: string, q: Quoted, sentenceStart: number): QuoteType {
  const inner = text.slice(q.start, q.end);
  const before = text.slice(sentenceStart, q.outer.start);
  const lastBreak = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\u201d'), before.lastIndexOf('\u201c'), before.lastIndexOf('"'));
  const lead = (lastBreak >= 0 ? before.slice(lastBreak + 1) : before).trim();
  const startsUpper = /^[\s\[(]*[\p{Lu}\d]/u.test(inner);
  const endsPunct = /[.,!?…\u2014\u2013-]['’"”]?$/.test(inner);
  const after = text.slice(q.outer.end, q.outer.end + 40);
  const endsSentence = /^\s*($|[.!?\n])/.test(after);
  // a transcript line (`"PENCE: Well, …"`) is direct whatever it quotes inside
  if (labelOf(inner)) return 'direct';
  if (q.single && !startsUpper) return 'partial';
  if (!startsUpper) return 'partial';
  if (lead && FUNCTION_END.test(lead)) return 'partial';
  if (lead && !/[:,.!?]$/.test(lead) && !/\b(said|says|added|adds|wrote|writes|told|tweeted|stated|declared|asked|replied|continued|explained|insisted|warned|noted)$/i.test(lead)) return 'partial';
  return endsPunct || endsSentence || q.runsOn ? 'direct' : 'partial';
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** what names a work or a thing right before its title in quotation marks */
const TITLE_BEFORE = /\b(show|book|film|movie|documentary|song|anthem|album|program|programme|series|episode of|podcast|play|musical|novel|memoir|poem|essay|exhibit|exhibition|titled|entitled|headlined|known as)\s*,?\s*$/i;
const SMALL_WORDS = /^(a|an|the|of|in|on|at|to|for|and|or|but|is|it|with|by|from|as)$/i;

/** A short title-cased phrase in quotation marks right after a work noun (`the documentary, “13th,”`). */
function isTitle(text: string, q: Quoted, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, q.outer.start - 40), q.outer.start);
  if (!TITLE_BEFORE.test(before)) return false;
  const words = text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length || words.length > 12) return false;
  const big = words.filter((w) => !SMALL_WORDS.test(w));
  return big.length > 0 && big.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function sentenceView(doc: Doc, s: Sentence, quoted: Quoted[] | SpanIndex<Quoted>): SentenceView {
  // the quotes that overlap the sentence, indexed (a long sentence can hold hundreds)
  const all = quoted instanceof SpanIndex ? quoted : new SpanIndex(quoted, (q) => q.outer);
  const inside = new SpanIndex(all.overlapping(s.start, s.end), (q) => q.outer);
  return {
    tokens: doc.tokens, first: s.firstToken, last: s.lastToken, text: doc.text,
    quoted: (o) => inside.contains(o),
  };
}

/** doc.sentences.find(containing o) ?? doc.sentences.find(starting at or after o), by binary search. */
function sentenceFinder(sentences: Sentence[]): (o: number) => Sentence | undefined {
  const starts = sentences.map((s) => s.start);
  return (o) => {
    const k = upperBound(starts, o);
    // the first sentence (in order) that holds o; sentences do not overlap, but stay exact if they did
    let hit: Sentence | undefined;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (o < sentences[j]!.end) hit = sentences[j];
    return hit ?? sentences[k];
  };
}

export function extractCandidates(doc: Doc): Candidate[] {
  const quoted = findQuoted(doc.text, doc.paragraphs);
  const byOuter = new SpanIndex(quoted, (q) => q.outer);
  const views = doc.sentences.map((s) => sentenceView(doc, s, byOuter));
  const frames = views.map((v) => findFrames(v));
  const sentenceAt = sentenceFinder(doc.sentences);
  const used = new Set<Frame>();
  const out: Candidate[] = [];

  for (const q of quoted) {
    const sOpen = sentenceAt(q.outer.start);
    const sClose = sentenceAt(Math.max(q.outer.start, q.outer.end - 1)) ?? sOpen;
    if (!sOpen || !sClose) continue;
    const type = quoteType(doc.text, q, sOpen.start);
    let best: { f: Frame; s: Sentence } | null = null;
    const pool: Array<{ f: Frame; s: Sentence }> = [];
    for (let k = sOpen.index; k <= sClose.index; k++) for (const f of frames[k] ?? []) pool.push({ f, s: doc.sentences[k]! });
    // the sentence after the close, when the attribution was split off (`…another, “he said.”`)
    // 1. a frame whose content holds the quote
    best = pool.find(({ f }) => f.content !== null && overlaps(f.content, q.outer) && !f.contentBefore) ?? null;
    // 2. a frame right after the quote: `…,” Peskov told reporters` / `…,” said X`
    if (!best) {
      const after = pool.filter(({ f }) => doc.tokens[f.cueFirst]!.start >= q.outer.end && f.source !== null)
        .sort((a, b) => doc.tokens[a.f.cueFirst]!.start - doc.tokens[b.f.cueFirst]!.start)[0];
      const gap = after ? doc.text.slice(q.outer.end, doc.tokens[Math.min(after.f.cueFirst, after.f.source!.first)]!.start) : '';
      if (after && !/[.!?]\s/.test(gap) && byOuter.startingIn(q.outer.end, doc.tokens[after.f.cueFirst]!.start).every((o) => o === q)) best = after;
    }
    // 3. a frame before the quote in its sentence: `He added: “…` / `X said in a statement: “…`
    if (!best) {
      const before = pool.filter(({ f }) => doc.tokens[f.cueLast - 1]!.end <= q.outer.start && f.source !== null)
        .sort((a, b) => doc.tokens[b.f.cueFirst]!.start - doc.tokens[a.f.cueFirst]!.start)[0];
      if (before) {
        const gap = doc.text.slice(doc.tokens[before.f.cueLast - 1]!.end, q.outer.start);
        if (!/[.!?]\s/.test(gap) && byOuter.inside(doc.tokens[before.f.cueLast - 1]!.end, q.outer.start).every((o) => o === q)) best = before;
      }
    }
    // 4. `Ingrid Solberg said:` ending the paragraph before the one the quote opens
    if (!best && sOpen.index > 0) {
      const para = doc.paragraphs[sOpen.paragraph];
      const prev = doc.sentences[sOpen.index - 1]!;
      if (para && q.outer.start - para.start <= 1 && prev.paragraph < sOpen.paragraph) {
        const f = (frames[prev.index] ?? []).filter((g) => g.source !== null).pop();
        const tail = f ? doc.text.slice(doc.tokens[f.cueLast - 1]!.end, prev.end) : '';
        if (f && /^[^\p{L}\p{N}]*:\s*$/u.test(tail)) best = { f, s: prev };
      }
    }
    // 5. a fragment in a sentence whose subject is a name: that name's words
    if (!best && type === 'partial') {
      const f = subjectFrame(views[sOpen.index]!, q.outer.start);
      if (f) best = { f, s: sOpen };
    }
    // a title after the work it names (`his show, “Politicking.”`, `the anthem “A Change Is Gonna
    // Come”`): a name in quotation marks, nobody's words, unless a frame reports it as its content
    if (isTitle(doc.text, q, sOpen.start) && !(best && best.f.content && overlaps(best.f.content, q.outer))) continue;
    // a show's title inside a cue's audience (`told MSNBC’s “Morning Joe” that …`)
    if (pool.some(({ f }) => doc.tokens[f.cueFirst]!.start <= q.outer.start && q.outer.end <= doc.tokens[f.cueLast - 1]!.end)) continue;
    if (best) used.add(best.f);
    if (!best && type === 'partial' && !q.continues) continue; // a scare quote
    out.push({ start: q.start, end: q.end, type, sentence: sOpen.index, paragraph: sOpen.paragraph, frame: best?.f ?? null, view: best ? views[best.s.index]! : null, quoted: q });
  }

  doc.sentences.forEach((s, k) => {
    for (const f of frames[k] ?? []) {
      if (used.has(f) || !f.content || !f.source || QUOTED_ONLY_CUES.has(f.lemma)) continue;
      const c = trimContent(doc.text, f.content);
      if (!c || c.end - c.start < 3) continue;
      if (byOuter.overlapping(c.start, c.end).some((q) => (q.end - q.start) / (c.end - c.start) > 0.3)) continue;
      // a frame nested in another frame's content is that frame's words (`X reported that Y concluded …`)
      if ((frames[k] ?? []).some((g) => g !== f && g.content && !f.participle && f.lemma !== 'according to'
        && doc.tokens[f.cueFirst]!.start >= g.content.start && doc.tokens[f.cueFirst]!.end <= g.content.end
        // reported wholesale: `…, the Times reported` or `the Times reported that officials concluded …`
        && (g.contentBefore || (doc.tokens[f.source!.first]!.start >= g.content.start && doc.tokens[f.source!.first]!.start - g.content.start < 6)))) continue;
      // a relative clause with a speaker of its own ends this one (`…, which X has dismissed as baseless`)
      if (!f.contentBefore) {
        const inner = (frames[k] ?? []).find((g) => g !== f && g.source && !g.participle && doc.tokens[g.source.first]!.start > c.start && doc.tokens[g.cueFirst]!.end <= c.end);
        // (only a relative or comparative clause: `X said 20 people have asked for …` is X's words)
        const lead = inner ? doc.text.slice(c.start, doc.tokens[inner.source!.first]!.start) : '';
        if (inner && /[\s,](which|who|whom|that|as)\s*$/i.test(lead)) {
          const cut = lead.replace(/[\s,]*(which|who|whom|that|as)?\s*$/i, '');
          if (cut.length < 3) continue;
          c.end = c.start + cut.length;
        }
      }
      out.push({ ...c, type: 'indirect', sentence: k, paragraph: s.paragraph, frame: f, view: views[k]!, quoted: null });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** a dateline opening a story (`WASHINGTON ―`, `LOS ANGELES, Sept. 28 (UPI) —`): the reporter's, not reported */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+(?:,[^\n―—–]{0,30})?(?:\s*\([^)\n]{1,20}\))?\s*[―—–]\s*/u;

/** An indirect quote's text: no surrounding spaces or quote marks, no dateline, no final period. */
function trimContent(text: string, c: Span): Span | null {
  let { start, end } = c;
  const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
  if (dateline && start + dateline[0].length < end) start += dateline[0].length;
  while (start < end && /[\s,;:]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
