// The batch speaker view of the seeds against the hand-made cross-article gold
// (test/fixtures/gold/speakers.gold.json, GUIDELINES.md "Across articles").
//
// How it is scored (also in README "claims speakers"): every gold entry is a set of name strings
// (`variants`) that name one speaker. Strings are compared case-insensitively and otherwise
// exactly, against the `variants` each row of `claims speakers seeds/ --format json` lists.
// A pair of gold strings is *predicted together* when one row lists both. Recall: the share of
// pairs within one gold entry predicted together. Precision: of all pairs of gold strings
// predicted together, the share that are in one gold entry. Both must be 1.0.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from './support/cli.js';

interface GoldSpeaker {
  speaker: string;
  variants: string[];
  articles: string[];
}
interface Row {
  name: string;
  variants: string[];
  articles: string[];
}

const gold = JSON.parse(readFileSync(new URL('./fixtures/gold/speakers.gold.json', import.meta.url), 'utf8')) as GoldSpeaker[];
const low = (s: string) => s.toLowerCase();

function pairs(list: string[]): string[] {
  const out: string[] = [];
  const u = [...new Set(list.map(low))].sort();
  for (let i = 0; i < u.length; i++) for (let j = i + 1; j < u.length; j++) out.push(`${u[i]}\u0000${u[j]}`);
  return out;
}

export function pairwise(goldList: GoldSpeaker[], rows: Row[]) {
  const goldPairs = new Set(goldList.flatMap((g) => pairs(g.variants)));
  const goldStrings = new Set(goldList.flatMap((g) => g.variants.map(low)));
  const predicted = new Set(rows.flatMap((r) => pairs(r.variants.filter((v) => goldStrings.has(low(v))))));
  const tp = [...predicted].filter((p) => goldPairs.has(p));
  return {
    precision: predicted.size ? tp.length / predicted.size : 1,
    recall: goldPairs.size ? tp.length / goldPairs.size : 1,
    missed: [...goldPairs].filter((p) => !predicted.has(p)).map((p) => p.replace('\u0000', ' + ')),
    wrong: [...predicted].filter((p) => !goldPairs.has(p)).map((p) => p.replace('\u0000', ' + ')),
  };
}

let rows: Row[];
beforeAll(async () => {
  const r = await claims(['speakers', 'seeds', '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  rows = (JSON.parse(r.stdout) as { speakers: Row[] }).speakers;
});

describe('claims speakers seeds/ against speakers.gold.json', () => {
  it('has pairwise precision and recall 1.0 over the gold variants', () => {
    const s = pairwise(gold, rows);
    expect(s.missed, 'gold pairs not merged').toEqual([]);
    expect(s.wrong, 'pairs merged that gold keeps apart').toEqual([]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
  });

  it('lists every gold variant of a speaker that has more than one, in exactly one row', () => {
    for (const g of gold.filter((x) => x.variants.length > 1)) {
      for (const v of g.variants) {
        const holders = rows.filter((r) => r.variants.some((x) => low(x) === low(v)));
        expect(holders.map((r) => r.name), `${g.speaker}: ${v}`).toHaveLength(1);
      }
    }
  });

  it('finds each multi-article gold speaker quoted in at least one of its gold articles', () => {
    for (const g of gold.filter((x) => x.variants.length > 1)) {
      const row = rows.find((r) => r.variants.some((x) => low(x) === low(g.variants[0]!)))!;
      expect(row.articles.filter((a) => g.articles.includes(a)).length, g.speaker).toBeGreaterThan(0);
    }
  });

  it('scores a wrong merge and a missed merge (the measure can fail)', () => {
    const bad = pairwise(gold, [{ name: 'x', variants: ['Peskov', 'Putin'], articles: [] }]);
    expect(bad.precision).toBe(0);
    expect(bad.recall).toBeLessThan(0.1);
  });
});
