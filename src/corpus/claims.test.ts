// Claim clustering across articles. The first tests feed it the hand-made per-article answers
// (test/fixtures/gold/*.gold.json turned into report objects): with the per-article claims
// right, the batch must find the one bounty story across the articles and keep the "Trump was
// briefed" dispute apart. The others check the measure on claims written for the test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, ReportArticle, ReportQuote } from '../model/types.js';
import { buildBatch } from './batch.js';
import { termsOf } from './claims.js';

interface GoldQuote {
  text: string;
  type: ReportQuote['type'];
  speaker: string;
  speakerType: ReportQuote['speaker']['type'];
  cue: string;
  strength: ReportQuote['strength']['label'];
  stance: ReportQuote['stance'];
}

const GOLD = join('test', 'fixtures', 'gold');
function goldArticles(): ReportArticle[] {
  return readdirSync(GOLD)
    .filter((f) => /^\d+_\w+\.gold\.json$/.test(f))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { article: string; quotes: GoldQuote[]; contested: Claim[] };
      const raw = readFileSync(join('seeds', g.article), 'utf8');
      return {
        file: join('seeds', g.article),
        id: g.article.replace(/\.txt$/, ''),
        title: null,
        date: null,
        entities: [],
        quotes: g.quotes.map((q) => {
          const start = Math.max(0, raw.indexOf(q.text));
          return {
            text: q.text, type: q.type, start, end: start + q.text.length,
            speaker: { name: q.speaker, type: q.speakerType, mention: q.speaker },
            cue: q.cue, strength: { label: q.strength, score: 0.5, reasons: [] }, stance: q.stance,
          };
        }),
        contested: g.contested,
      };
    });
}

describe('contested claims across articles, from the gold per-article answers', () => {
  const { claims } = buildBatch(goldArticles());

  it('finds the bounty claim across the articles with the Russian and the Taliban side among its deniers', () => {
    const bounty = claims.find((c) => c.disputedBy.includes('Peskov') || c.disputedBy.includes('Dmitry Peskov'));
    expect(bounty, JSON.stringify(claims, null, 1)).toBeDefined();
    // 000, 001, 003 and 004 dispute it; 002 reports it
    expect(bounty!.articles).toEqual(expect.arrayContaining(['000_65ee97d515d98c9a.txt', '001_c2c620873a319e23.txt', '003_d1c652ec6c8e0ea2.txt', '004_6f66272cb167799e.txt']));
    expect(bounty!.disputedBy).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Russian Embassy', 'Zamir Kabulov', 'Zabiullah Mujahid', 'the Russian government']));
  });

  it('keeps apart the briefing dispute, the arms claim and the election claim', () => {
    const briefed = claims.find((c) => /briefed/.test(c.claim));
    expect(briefed?.disputedBy).toEqual(['Kayleigh McEnany', 'John Ratcliffe']);
    expect(briefed?.articles).toContain('001_c2c620873a319e23.txt');
    expect(briefed?.articles).not.toContain('000_65ee97d515d98c9a.txt');
    const arms = claims.find((c) => /small arms/.test(c.claim));
    expect(arms?.disputedBy).toEqual(['the Russian government']);
    expect(claims.filter((c) => /interfered in the 2016/.test(c.claim))).toHaveLength(1);
    expect(new Set(claims.map((c) => c.claim)).size).toBe(claims.length);
  });
});

function article(file: string, claims: Claim[]): ReportArticle {
  return { file, id: file, title: null, date: null, entities: [], quotes: [], contested: claims };
}

describe('the similarity measure', () => {
  it('clusters one proposition worded differently and keeps another apart', () => {
    const { claims } = buildBatch([
      article('a.txt', [{ claim: 'the ministry paid bribes to port inspectors in Tromsø', evidence: 'e1', assertedBy: ['Paper A'], disputedBy: ['Ministry'] }]),
      article('b.txt', [{ claim: 'port inspectors in Tromsø were paid bribes by the ministry', evidence: 'e2', assertedBy: ['Paper B'], disputedBy: ['Minister Olsen'] }]),
      article('c.txt', [{ claim: 'the harbour fees will rise next spring', evidence: 'e3', assertedBy: ['Harbour board'], disputedBy: ['Fishers union'] }]),
    ]);
    expect(claims).toHaveLength(2);
    expect(claims[0]!.articles).toEqual(['a.txt', 'b.txt']);
    expect(claims[0]!.disputedBy).toEqual(['Ministry', 'Minister Olsen']);
    expect(claims[0]!.evidence).toEqual([{ article: 'a.txt', text: 'e1' }, { article: 'b.txt', text: 'e2' }]);
  });

  it('weighs the words of the proposition, not the words of disputing it', () => {
    expect(termsOf('These claims are false and baseless')).toEqual([]);
    // (synonyms share a key: `paid` is a form of reward, as are bounties and cash)
    expect(termsOf('the unit paid Taliban-linked fighters')).toEqual(['unit', 'reward', 'taliban', 'link', 'fighter']);
  });
});
