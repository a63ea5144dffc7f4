import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../input/normalize.js';
import { LONG_PARAGRAPH, MAX_PIECE, MAX_WORD, pieces, segment, tagParagraph, tagParagraphs, taggerView } from './segment.js';

function seg(raw: string) {
  const n = normalize(raw);
  return { n, ...segment(n.text, n.paragraphs) };
}

describe('segment', () => {
  const raw = 'Quota Talks Collapse\n\nQuota Talks Collapse\n\nGen. Lars Vik said the U.S. fleet had left Bergen. It was Monday!\r\n"Is it over?" she asked.';

  it('splits sentences within paragraphs, skipping duplicate paragraphs', () => {
    const { n, sentences } = seg(raw);
    expect(sentences.map((s) => [s.paragraph, n.text.slice(s.start, s.end)])).toEqual([
      [0, 'Quota Talks Collapse'],
      [2, 'Gen. Lars Vik said the U.S. fleet had left Bergen.'],
      [2, 'It was Monday!'],
      [3, '"Is it over?" she asked.'],
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('never lets a sentence run across a paragraph break', () => {
    const { n, sentences } = seg('The talks went on past midnight and\n\nthe delegates left without a deal.');
    expect(sentences.map((s) => n.text.slice(s.start, s.end))).toEqual(['The talks went on past midnight and', 'the delegates left without a deal.']);
    for (const s of sentences) {
      const p = n.paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
  });

  it('gives tokens offsets into the text and ties them to their sentence', () => {
    const { n, sentences, tokens } = seg(raw);
    for (const t of tokens) expect(n.text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) {
      for (let k = s.firstToken; k < s.lastToken; k++) expect(tokens[k]!.sentence).toBe(s.index);
    }
    expect(sentences.at(-1)!.lastToken).toBe(tokens.length);
    // tokens come with the tagger's part-of-speech tags and lower-cased forms
    const said = tokens.find((t) => t.text === 'said')!;
    expect(said.tags.has('Verb')).toBe(true);
    const asked = tokens.find((t) => t.text === 'asked')!;
    expect(asked.pre).toBe('');
    expect(tokens.find((t) => t.text === 'Is')!.normal).toBe('is');
  });

  it('keeps offsets true to the raw text behind a BOM, tags and CRLF', () => {
    const text = '\uFEFFThe <u>ferry</u> left Bergen.\r\nIt returned on Friday.';
    const { sentences, tokens } = seg(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The <u>ferry</u> left Bergen.', 'It returned on Friday.']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['The', 'ferry', 'left', 'Bergen', 'It', 'returned', 'on', 'Friday']);
  });
});

describe('tagging the paragraphs of an article in one pass', () => {
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
  const view = (tagged: ReturnType<typeof tagParagraph>) => tagged.map((s) => s.map(({ term, start }) => `${start}:${term.text}/${[...term.tags].sort().join(',')}`));

  it('gives each paragraph the sentences, offsets and tags it gets when tagged alone', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const raw of seeds) {
      const n = normalize(raw);
      const bodies = n.paragraphs.map((p) => n.text.slice(p.start, p.end));
      const together = tagParagraphs(bodies);
      expect(together).toHaveLength(bodies.length);
      expect(together.map(view)).toEqual(bodies.map((b) => view(tagParagraph(b))));
    }
  });

  it('keeps a paragraph without final punctuation apart from the next one', () => {
    const bodies = ['Officials said the talks went on past midnight and', 'the delegates left without a deal.', ''];
    const together = tagParagraphs(bodies);
    expect(together.map((p) => p.length)).toEqual([1, 1, 0]);
    expect(together.map(view)).toEqual(bodies.map((b) => view(tagParagraph(b))));
  });
});

describe('segment: bounded work on pathological paragraphs', () => {
  it('breaks over-long words for the tagger without changing the length of the text', () => {
    const word = 'x'.repeat(MAX_WORD * 3 + 5);
    const view = taggerView(`a ${word} b`);
    expect(view.length).toBe(word.length + 4);
    expect(view.split(' ').every((w) => w.length <= MAX_WORD)).toBe(true);
    // never half a surrogate pair
    const astral = taggerView('\u{1F600}'.repeat(MAX_WORD));
    expect(astral.length).toBe(MAX_WORD * 2);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(astral)).toBe(false);
    expect(taggerView('short words stay as they are')).toBe('short words stay as they are');
  });

  it('tags a long paragraph in pieces cut after sentence ends (not after Mr. or U.S.), else at spaces', () => {
    const sentence = 'Mr. Vik said the U.S. fleet had left Bergen on Monday. ';
    const body = sentence.repeat(Math.ceil((LONG_PARAGRAPH * 2) / sentence.length));
    const ps = pieces(body);
    expect(ps.length).toBeGreaterThan(2);
    expect(ps[0]![0]).toBe(0);
    expect(ps[ps.length - 1]![1]).toBe(body.length);
    for (let k = 0; k < ps.length; k++) {
      const [from, to] = ps[k]!;
      expect(to - from).toBeLessThanOrEqual(MAX_PIECE + 1);
      if (k > 0) expect(from).toBe(ps[k - 1]![1]);
      if (k < ps.length - 1) expect(body.slice(from, to).endsWith('Monday. ')).toBe(true);
    }
    const words = 'word '.repeat(LONG_PARAGRAPH);
    for (const [from, to] of pieces(words).slice(0, -1)) expect(words.slice(from, to).endsWith(' ')).toBe(true);
    expect(pieces('short')).toEqual([[0, 5]]);
  });

  it('gives sentences and tokens with true offsets across the pieces', () => {
    const sentence = 'The harbour reopened on Monday after the strike. ';
    const raw = sentence.repeat(Math.ceil((LONG_PARAGRAPH * 3) / sentence.length)).trim();
    const { n, sentences, tokens } = seg(raw);
    expect(sentences.length).toBe(raw.split('. ').length);
    for (const s of sentences) expect(n.text.slice(s.start, s.end)).toMatch(/^The harbour reopened on Monday after the strike\.$/);
    for (const t of tokens) expect(raw.slice(t.start, t.end).toLowerCase()).toContain(t.normal.slice(0, 3));
  });
});
