// Sentences and tagged words, paragraph by paragraph, with offsets into the text.
// compromise does the tokenising, sentence splitting and part-of-speech tagging; each
// paragraph is tagged on its own so a sentence never runs across a paragraph break.
//
// Speed (README "Speed"): the tagger runs without its chunker (no stage reads chunk tags), and
// the terms are read straight from compromise's document instead of through `.json()`, which
// copies every term and recomputes offsets; a term's offset is the running sum of the
// `pre + text + post` lengths before it, which rebuild the paragraph exactly (checked, with
// `.json()` as the fallback when they do not).
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../model/types.js';

interface CTerm { text: string; pre: string; post: string; normal: string; tags: Set<string> | string[] }
interface JTerm { text: string; pre: string; post: string; normal: string; tags: string[]; offset: { start: number; length: number } }
interface JSentence { terms: JTerm[] }
interface CDoc { document: CTerm[][]; json(opts: object): JSentence[] }

/** compromise's steps that produce nothing the stages read */
const SKIPPED_HOOKS = new Set(['chunks', 'typeahead']);
const world = nlp.world() as { hooks: string[] };
const HOOKS = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));

/** Tag one paragraph: its sentences as arrays of terms with their offsets in `body`. */
function tagParagraph(body: string): Array<Array<{ term: CTerm; start: number }>> {
  // nlp() runs world.hooks: ours for this call only (compromise is synchronous)
  const all = world.hooks;
  let doc: CDoc;
  try {
    world.hooks = HOOKS;
    doc = nlp(body) as unknown as CDoc;
  } finally {
    world.hooks = all;
  }
  const out: Array<Array<{ term: CTerm; start: number }>> = [];
  let at = 0;
  let exact = true;
  for (const s of doc.document) {
    const terms: Array<{ term: CTerm; start: number }> = [];
    for (const t of s) {
      at += t.pre.length;
      if (body.startsWith(t.text, at) === false) exact = false;
      terms.push({ term: t, start: at });
      at += t.text.length + t.post.length;
    }
    out.push(terms);
  }
  if (exact && at === body.length) return out;
  // the terms do not spell the paragraph out: take compromise's own offsets
  return doc.json({ offset: true, terms: { offset: true } }).map((s) => s.terms.map((t) => ({ term: t, start: t.offset.start })));
}

export function segment(text: string, paragraphs: Paragraph[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    if (p.duplicate) continue;
    const body = text.slice(p.start, p.end);
    for (const s of tagParagraph(body)) {
      const index = sentences.length;
      const firstToken = tokens.length;
      for (const { term: t, start: at } of s) {
        const start = p.start + at;
        tokens.push({
          start, end: start + t.text.length, text: t.text, normal: t.normal, pre: t.pre, post: t.post,
          tags: new Set(t.tags), sentence: index,
        });
      }
      const first = tokens[firstToken];
      const last = tokens[tokens.length - 1];
      if (!first || !last || last.sentence !== index) continue;
      // a sentence spans its words plus the punctuation around them
      const start = first.start - first.pre.length;
      const end = Math.min(p.end, last.end + last.post.trimEnd().length);
      sentences.push({ index, paragraph: p.index, start: Math.max(p.start, start), end, firstToken, lastToken: tokens.length });
    }
  }
  return { sentences, tokens };
}
