// The pipeline: text in, a typed document model through the stages, an analysis out.
// read → normalise → paragraphs/sentences → entities → quote spans → attribution →
// strength and stance → contested claims.
import type { Analysis, Doc, Quote } from './model/types.js';
import { normalize } from './input/normalize.js';
import { segment } from './text/segment.js';
import { recognize } from './entities/recognize.js';
import { extractCandidates } from './quotes/extract.js';
import { attribute } from './attribution/attribute.js';
import { strengthOf } from './strength/strength.js';
import { stanceOf } from './strength/stance.js';
import { findContested } from './claims/contested.js';

export interface Source {
  /** path as given on the command line, `-` for stdin */
  file: string;
  /** file name without extension */
  id: string;
  /** decoded text as read */
  raw: string;
}

export function buildDoc(src: Source): Doc {
  const norm = normalize(src.raw);
  const { sentences, tokens } = segment(norm.text, norm.paragraphs);
  const { entities } = recognize(tokens, norm.text, sentences);
  return { file: src.file, id: src.id, raw: src.raw, ...norm, sentences, tokens, entities };
}

export function analyze(src: Source): Analysis {
  const doc = buildDoc(src);
  const attributed = attribute(doc, extractCandidates(doc));
  const quotes: Quote[] = attributed.map((a) => {
    const s = doc.sentences[a.sentence]!;
    // the words between the cue and the quote: `had not been notified “of …”`
    const outer = a.quoted?.outer ?? a;
    const cueAt = a.frame ? doc.tokens[a.frame.cueFirst]!.start : s.start;
    const context = cueAt < outer.start ? doc.text.slice(cueAt, outer.start) : '';
    return {
      start: a.start,
      end: a.end,
      text: src.raw.slice(a.start, a.end),
      type: a.type,
      speaker: a.speaker,
      cue: a.cue,
      strength: strengthOf(a.speaker, a.type, a.flags),
      stance: stanceOf({ text: doc.text.slice(a.start, a.end), type: a.type, lemma: a.frame?.lemma ?? null, denialCue: a.frame?.denial ?? false, context }),
      sentence: a.sentence,
      flags: a.flags,
    };
  });
  return { doc, quotes, contested: findContested(doc, quotes) };
}
