// Sentences and tagged words, paragraph by paragraph, with offsets into the text.
// compromise does the tokenising, sentence splitting and part-of-speech tagging; each
// paragraph is tagged on its own so a sentence never runs across a paragraph break.
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../model/types.js';

interface CTerm { text: string; pre: string; post: string; normal: string; tags: string[]; offset: { start: number; length: number } }
interface CSentence { offset: { start: number; length: number }; terms: CTerm[] }

export function segment(text: string, paragraphs: Paragraph[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    if (p.duplicate) continue;
    const body = text.slice(p.start, p.end);
    const json = nlp(body).json({ offset: true, terms: { offset: true } }) as CSentence[];
    for (const s of json) {
      const index = sentences.length;
      const firstToken = tokens.length;
      for (const t of s.terms) {
        const start = p.start + t.offset.start;
        tokens.push({
          start, end: start + t.offset.length, text: t.text, normal: t.normal, pre: t.pre, post: t.post,
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
