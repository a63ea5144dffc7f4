// Helpers for the stage tests: run the whole pipeline on a made-up article, check the offset
// invariant on every quote, and read quotes back in a compact form that is easy to assert on.
import { expect } from 'vitest';
import type { Analysis, Quote } from '../../src/model/types.js';
import { analyze } from '../../src/pipeline.js';

/** analyze() on `raw`, after checking that every quote's offsets slice `raw` to its text. */
export function run(raw: string): Analysis {
  const a = analyze({ file: 't.txt', id: 't', raw });
  for (const q of a.quotes) {
    expect(q.start, q.text).toBeLessThan(q.end);
    expect(raw.slice(q.start, q.end), 'raw.slice(q.start, q.end) === q.text').toBe(q.text);
  }
  return a;
}

export interface Brief {
  text: string;
  type: Quote['type'];
  speaker: string;
  speakerType: Quote['speaker']['type'];
  cue: string;
  strength: Quote['strength']['label'];
  stance: Quote['stance'];
}

/** The fields the gold files annotate. */
export const brief = (q: Quote): Brief => ({
  text: q.text, type: q.type, speaker: q.speaker.name, speakerType: q.speaker.type, cue: q.cue, strength: q.strength.label, stance: q.stance,
});

/** All quotes of an article in the compact form. */
export const briefs = (raw: string): Brief[] => run(raw).quotes.map(brief);

/** The one quote whose text is `text` (fails the test when there is none or several). */
export function quoteOf(a: Analysis, text: string): Quote {
  const found = a.quotes.filter((q) => q.text === text);
  expect(found.map((q) => q.text), `quotes: ${JSON.stringify(a.quotes.map((q) => q.text))}`).toEqual([text]);
  return found[0]!;
}
