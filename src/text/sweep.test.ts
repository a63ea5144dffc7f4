import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { bulkMatch, installSweep } from './sweep.js';

const world = nlp.world() as unknown as Parameters<typeof installSweep>[0];
const own = installSweep(world);
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));

/** every term of `text` with its tags, tagged with the given sweep */
function tagsWith(sweep: unknown, text: string): string[] {
  world.methods.one.bulkMatch = sweep;
  try {
    const doc = nlp(text) as unknown as { document: Array<Array<{ text: string; tags: Set<string> }>> };
    return doc.document.flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);
  } finally {
    world.methods.one.bulkMatch = bulkMatch;
  }
}

describe('the faster post-tagger sweep', () => {
  it('is installed in place of compromise\'s own', () => {
    expect(world.methods.one.bulkMatch).toBe(bulkMatch);
    expect(own).not.toBe(bulkMatch);
  });

  it('tags every seed article exactly as compromise\'s own sweep does', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const text of seeds) {
      const mine = tagsWith(bulkMatch, text);
      expect(mine.length).toBeGreaterThan(100);
      expect(mine).toEqual(tagsWith(own, text));
    }
  });

  it('applies the post-tagger\'s fixes (the sweep is not a no-op)', () => {
    // some of these words are re-tagged by the post-tagger's rules once the lexicon has tagged them
    const text = 'She said the walk was long, and the committee said that the report was a fake.';
    const skipped = tagsWith(() => [], text);
    expect(tagsWith(bulkMatch, text)).not.toEqual(skipped);
    expect(tagsWith(bulkMatch, text)).toEqual(tagsWith(own, text));
  });

  it('runs compromise\'s matcher on fewer rules, with the same matches', () => {
    const one = world.methods.one as { match: (...a: unknown[]) => { ptrs: unknown[] } };
    const match = one.match;
    const count = (sweep: unknown) => {
      let calls = 0;
      let hits = 0;
      one.match = (...a: unknown[]) => {
        calls++;
        const r = match(...a);
        if (r.ptrs.length > 0) hits++;
        return r;
      };
      try {
        tagsWith(sweep, seeds[0]!);
      } finally {
        one.match = match;
      }
      return { calls, hits };
    };
    const mine = count(bulkMatch);
    const theirs = count(own);
    expect(mine.hits).toBe(theirs.hits);
    expect(mine.hits).toBeGreaterThan(10);
    expect(mine.calls).toBeLessThan(theirs.calls / 2);
  });

  it('keeps compromise\'s order and its first-one-stands rule for rule sets that repeat a match string', () => {
    const methods = world.methods as unknown as Parameters<typeof bulkMatch>[2] & { one: { buildNet(m: object[], w: unknown): Parameters<typeof bulkMatch>[1] } };
    const net = methods.one.buildNet([
      { match: 'the [#Noun]', tag: 'Adjective', reason: 'one' },
      { match: 'the [#Noun]', tag: 'Verb', reason: 'two' },
      { match: '#Verb the', tag: 'Noun', reason: 'three' },
      { match: '(said|told) #Pronoun?', tag: 'Noun', reason: 'four' },
      { match: 'the', tag: 'Noun', ifNo: ['walk'], reason: 'five' },
    ], world);
    const doc = (nlp('He said the walk was long, she told them the story.') as unknown as { document: Parameters<typeof bulkMatch>[0] }).document;
    const view = (found: ReturnType<typeof bulkMatch>) => found.map((f) => `${(f as { reason?: string }).reason}@${f.pointer.join(',')}`);
    const mine = view(bulkMatch(doc, net, methods));
    expect(mine).toEqual(view(own(doc, net, methods)));
    expect(mine.length).toBeGreaterThan(3);
  });
});
