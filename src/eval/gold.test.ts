import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { GoldError, goldFileNames, goldProblems, loadGoldDir, parseGold } from './gold.js';

const GOLD_DIR = 'test/fixtures/gold';
const schema = JSON.parse(readFileSync(join(GOLD_DIR, 'schema.json'), 'utf8'));
const ajvValidate = new Ajv2020({ allErrors: true }).compile(schema);

const quote = {
  text: 'these claims are false',
  type: 'direct',
  speaker: 'Dmitry Peskov',
  aliases: ['Peskov'],
  speakerType: 'person',
  cue: 'told reporters',
  strength: 'strong',
  stance: 'denies',
};
const claim = { claim: 'bounties were offered', evidence: 'Bounties were offered.', assertedBy: ['NYT'], disputedBy: ['Peskov'] };
const good = { article: 'a.txt', quotes: [quote], contested: [claim] };

type Doc = Record<string, unknown>;
const withQuote = (patch: Doc, drop: string[] = []): Doc => {
  const q: Doc = { ...quote, ...patch };
  for (const k of drop) delete q[k];
  return { ...good, quotes: [q] };
};
const withClaim = (patch: Doc): Doc => ({ ...good, contested: [{ ...claim, ...patch }] });

// Each of these breaks one rule of schema.json.
const BAD: [string, unknown][] = [
  ['not an object', []],
  ['missing contested', { article: 'a.txt', quotes: [] }],
  ['unknown top-level field', { ...good, note: 'x' }],
  ['article with a folder', { ...good, article: 'seeds/a.txt' }],
  ['article not .txt', { ...good, article: 'a.md' }],
  ['quotes not an array', { ...good, quotes: {} }],
  ['quote missing stance', withQuote({}, ['stance'])],
  ['unknown quote field', withQuote({ speakr: 'x' })],
  ['blank text', withQuote({ text: '  ' })],
  ['bad type', withQuote({ type: 'quote' })],
  ['bad strength', withQuote({ strength: 'strng' })],
  ['bad stance', withQuote({ stance: 'deny' })],
  ['bad speakerType', withQuote({ speakerType: 'people' })],
  ['speaker not a string', withQuote({ speaker: 3 })],
  ['empty alias', withQuote({ aliases: [''] })],
  ['repeated alias', withQuote({ aliases: ['Peskov', 'Peskov'] })],
  ['unknown speaker with a name', withQuote({ speakerType: 'unknown', strength: 'unattributed' })],
  ['unknown speaker not unattributed', withQuote({ speakerType: 'unknown', speaker: '', strength: 'weak' })],
  ['empty speaker for a person', withQuote({ speaker: '' })],
  ['unattributed with a speaker type', withQuote({ strength: 'unattributed' })],
  ['anonymous but strong', withQuote({ speakerType: 'anonymous', strength: 'strong' })],
  ['publication but moderate', withQuote({ speakerType: 'publication', strength: 'moderate' })],
  ['strong indirect', withQuote({ type: 'indirect' })],
  ['claim without disputers', withClaim({ disputedBy: [] })],
  ['claim with blank evidence', withClaim({ evidence: '' })],
  ['claim with unknown field', withClaim({ source: 'x' })],
];
const GOOD: [string, unknown][] = [
  ['the example', good],
  ['no aliases', withQuote({}, ['aliases'])],
  ['unknown speaker', withQuote({ speaker: '', speakerType: 'unknown', strength: 'unattributed', stance: 'neutral' })],
  ['anonymous weak indirect', withQuote({ speaker: 'officials', speakerType: 'anonymous', strength: 'weak', type: 'indirect' })],
  ['moderate indirect', withQuote({ type: 'indirect', strength: 'moderate' })],
  ['empty cue', withQuote({ cue: '' })],
  ['no quotes or claims', { article: 'a.txt', quotes: [], contested: [] }],
];

describe('goldProblems agrees with schema.json', () => {
  it.each(BAD)('rejects: %s', (_name, doc) => {
    expect(ajvValidate(doc)).toBe(false); // the case really breaks the schema
    expect(goldProblems(doc)).not.toEqual([]);
  });
  it.each(GOOD)('accepts: %s', (_name, doc) => {
    expect(ajvValidate(doc)).toBe(true);
    expect(goldProblems(doc)).toEqual([]);
  });
  it('accepts every gold fixture', () => {
    for (const f of goldFileNames(readdirSync(GOLD_DIR))) {
      const doc: unknown = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8'));
      expect(ajvValidate(doc), f).toBe(true);
      expect(goldProblems(doc), f).toEqual([]);
    }
  });
  it('names the field at fault', () => {
    expect(goldProblems(withQuote({ strength: 'strng' }))).toEqual([
      'quotes[0].strength: must be one of strong, moderate, weak, unattributed (got "strng")',
    ]);
  });
});

describe('loading a gold folder', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  it('loads the fixtures, skips speakers.gold.json, ids from the article names', () => {
    const golds = loadGoldDir(GOLD_DIR);
    expect(golds.map((g) => g.id)).toEqual([
      '000_65ee97d515d98c9a', '001_c2c620873a319e23', '002_0dc2c932c807ac2e', '003_d1c652ec6c8e0ea2', '004_6f66272cb167799e',
    ]);
    expect(golds[1]?.path).toBe(join(GOLD_DIR, '001_c2c620873a319e23.gold.json'));
    expect(golds[1]?.gold.quotes.length).toBeGreaterThan(0);
  });
  it('fails naming the bad file and the field', () => {
    dir = mkdtempSync(join(tmpdir(), 'claims-gold-'));
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify(withQuote({ type: 'quote' })));
    expect(() => loadGoldDir(dir)).toThrow(GoldError);
    expect(() => loadGoldDir(dir)).toThrow(`bad gold file ${join(dir, 'b.gold.json')}:\n  quotes[0].type: must be one of direct, partial, indirect (got "quote")`);
  });
  it('fails on JSON that does not parse', () => {
    expect(() => parseGold('{"article": ', 'x.gold.json')).toThrow(/^bad gold file x\.gold\.json:\n {2}not valid JSON/);
  });
  it('fails on a missing folder and on one with no gold files', () => {
    dir = mkdtempSync(join(tmpdir(), 'claims-gold-'));
    writeFileSync(join(dir, 'speakers.gold.json'), '[]');
    expect(() => loadGoldDir(dir)).toThrow(/no \*\.gold\.json files/);
    expect(() => loadGoldDir(join(dir, 'nope'))).toThrow(/no such directory/);
  });
});
