import { describe, expect, it } from 'vitest';
import type { AttributionFlags, Speaker } from '../model/types.js';
import { strengthOf } from './strength.js';
import { run } from '../../test/support/analyze.js';

const none: AttributionFlags = { relayed: false, hedged: false, byPosition: false, pronoun: false };
const person: Speaker = { name: 'Karin Eklund', type: 'person', mention: 'Karin Eklund' };
const org: Speaker = { name: 'Port Authority', type: 'organization', mention: 'the Port Authority' };
const pub: Speaker = { name: 'New York Times', type: 'publication', mention: 'The New York Times' };
const anon: Speaker = { name: 'officials', type: 'anonymous', mention: 'officials' };
const unknown: Speaker = { name: '', type: 'unknown', mention: '' };

describe('strengthOf', () => {
  it('a named person or body quoted directly, first-hand, is strong', () => {
    expect(strengthOf(person, 'direct', none)).toEqual({ label: 'strong', score: 0.9, reasons: ['named person', 'direct quote', 'on the record'] });
    expect(strengthOf(org, 'partial', none)).toEqual({ label: 'strong', score: 0.9, reasons: ['named organization', 'partial quote', 'on the record'] });
  });

  it('named but paraphrased, or relayed through another outlet, is moderate', () => {
    expect(strengthOf(person, 'indirect', none)).toEqual({ label: 'moderate', score: 0.6, reasons: ['named person', 'paraphrase'] });
    expect(strengthOf(person, 'direct', { ...none, relayed: true })).toEqual({ label: 'moderate', score: 0.6, reasons: ['named person', 'direct quote', 'relayed from another outlet'] });
    expect(strengthOf(org, 'indirect', { ...none, relayed: true }).score).toBe(0.5);
  });

  it('an anonymous source or an outlet\'s own reporting is weak', () => {
    expect(strengthOf(anon, 'direct', none)).toEqual({ label: 'weak', score: 0.25, reasons: ['anonymous source', 'direct quote'] });
    expect(strengthOf(pub, 'indirect', none)).toEqual({ label: 'weak', score: 0.35, reasons: ["a publication's own reporting", 'paraphrase'] });
  });

  it('hedged words are weak even from a named speaker', () => {
    expect(strengthOf(person, 'direct', { ...none, hedged: true })).toEqual({ label: 'weak', score: 0.25, reasons: ['named person', 'direct quote', 'hedged'] });
  });

  it('no speaker is unattributed', () => {
    expect(strengthOf(unknown, 'direct', none)).toEqual({ label: 'unattributed', score: 0, reasons: ['no speaker found'] });
  });

  it('a speaker from a pronoun or by position keeps the label and lowers the score', () => {
    expect(strengthOf(person, 'direct', { ...none, pronoun: true })).toMatchObject({ label: 'strong', score: 0.85 });
    expect(strengthOf(person, 'indirect', { ...none, byPosition: true })).toMatchObject({ label: 'moderate', score: 0.55 });
  });
});

describe('strength through the pipeline', () => {
  const labelOf = (raw: string) => run(raw).quotes.map((q) => [q.text, q.strength.label]);

  it.each([
    ['named + direct', '"The talks are dead," Karin Eklund said on Friday.', [['The talks are dead,', 'strong']]],
    ['named + partial', 'Karin Eklund called the offer "an insult to every fisherman."', [['an insult to every fisherman.', 'strong']]],
    ['named + indirect', 'Karin Eklund said the talks had collapsed.', [['the talks had collapsed', 'moderate']]],
    ['named + relayed (told Reuters)', '"The talks are dead," Karin Eklund told Reuters.', [['The talks are dead,', 'moderate']]],
    ['named + relayed (told The New York Times)', '"The talks are dead," Karin Eklund told The New York Times.', [['The talks are dead,', 'moderate']]],
    ['anonymous officials', 'Officials said the fleet would shrink by half.', [['the fleet would shrink by half', 'weak']]],
    ['anonymous diplomat + direct', '"The pier is unsafe," a senior diplomat said.', [['The pier is unsafe,', 'weak']]],
    ['publication', 'The New York Times reported that the talks had collapsed.', [['the talks had collapsed', 'weak']]],
    ['hedged: reportedly', 'Maria Lindqvist reportedly told colleagues that she would resign.', [['she would resign', 'weak']]],
    ['hedged: allegedly', '"The fund is safe," Jonas Ek allegedly told investors.', [['The fund is safe,', 'weak']]],
    ['hedged inside the clause', 'The talks reportedly collapsed on Friday, Jonas Ek said.', [['The talks reportedly collapsed on Friday', 'weak']]],
    ['unattributed', 'The harbour was quiet on Sunday.\n\n"Nobody comes here any more."', [['Nobody comes here any more.', 'unattributed']]],
  ])('%s', (_what, raw, expected) => {
    expect(labelOf(raw)).toEqual(expected);
  });

  it('gives the reasons behind the label', () => {
    const [q] = run('"The talks are dead," Karin Eklund told Reuters.').quotes;
    expect(q!.strength.reasons).toEqual(['named person', 'direct quote', 'relayed from another outlet']);
    expect(q!.flags.relayed).toBe(true);
  });
});
