// Where one core's time goes, for `npm run bench`: the pipeline in process on a sample of the
// corpus, the part of it spent in compromise (sentence splitting, tokenising and tagging: the
// text stage), and the share of sentences a windowed tagger would still have to tag because they
// hold a quotation mark, a reporting verb or `according to`. The last line is the ceiling on
// articles per second that tagging only those sentences would allow, with everything else free.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));

export async function breakdown(files, sample = 200) {
  const [{ analyze }, { normalize }, { segment }, { cueLemma, BELIEF_CUES }] = await Promise.all([
    dist('pipeline.js'), dist('input/normalize.js'), dist('text/segment.js'), dist('quotes/lexicon.js'),
  ]);
  const texts = files.slice(0, sample).map((f) => fs.readFileSync(f, 'utf8'));
  for (const raw of texts.slice(0, 10)) analyze({ file: 'warm-up', id: 'warm-up', raw });
  let all = 0;
  let tag = 0;
  let sentences = 0;
  let windows = 0;
  for (const raw of texts) {
    let t0 = performance.now();
    analyze({ file: 'bench', id: 'bench', raw });
    all += performance.now() - t0;
    const norm = normalize(raw);
    t0 = performance.now();
    const seg = segment(norm.text, norm.paragraphs);
    tag += performance.now() - t0;
    for (const s of seg.sentences) {
      const text = norm.text.slice(s.start, s.end);
      sentences++;
      const cue = (text.match(/\p{L}+/gu) ?? []).some((w) => {
        const l = cueLemma(w);
        return l !== null && !BELIEF_CUES.has(l);
      });
      if (cue || /["“”]/.test(text) || /\baccording to\b/i.test(text)) windows++;
    }
  }
  const n = texts.length;
  return { n, allMs: all / n, tagMs: tag / n, windowShare: windows / sentences };
}
