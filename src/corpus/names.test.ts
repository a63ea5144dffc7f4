import { describe, expect, it } from 'vitest';
import { KNOWN_SIZE, knownBody } from './known.js';
import { acronymOf, bracketAcronym, initialsOf, nameKey, nameOfMention, personName, sameWord, splitJoint } from './names.js';

describe('names', () => {
  it('compares names without case, `the`, dots or hyphens', () => {
    expect(nameKey('The U.S.')).toBe(nameKey('US'));
    expect(nameKey('the Times')).toBe(nameKey('Times'));
    expect(nameKey('Taliban-linked')).toBe('taliban linked');
  });

  it('takes the name out of a speaker mention, or nothing from a pronoun or a description', () => {
    expect(nameOfMention('Bellingcat, an online investigative team')).toBe('Bellingcat');
    expect(nameOfMention('he')).toBe('');
    expect(nameOfMention('The newspaper')).toBe('');
    expect(nameOfMention('US')).toBe('US');
  });

  it('splits coordinated speakers, not names with `and` inside a capitalised run', () => {
    expect(splitJoint('Norway and the Fisheries Union')).toEqual(['Norway', 'the Fisheries Union']);
    expect(splitJoint('Both U.S. and afghan officials')).toEqual(['Both U.S. and afghan officials']);
  });

  it('parses a person name without titles and suffixes', () => {
    expect(personName('Gen. John Nicholson Jr.')).toEqual({ given: ['john'], surname: 'nicholson', written: 'John Nicholson Jr.' });
    expect(personName('Army General Olav Strand')?.surname).toBe('strand');
    expect(personName('President Anna Holm of Norway')).toMatchObject({ given: ['anna'], surname: 'holm' });
  });

  it('finds acronyms and the initials they stand for', () => {
    expect(initialsOf('the Nordic Fisheries Council')).toBe('NFC');
    expect(acronymOf('U.S.')).toBe('US');
    expect(acronymOf('Taliban')).toBeUndefined();
    expect(bracketAcronym('the Nordic Fisheries Council (NFC)')).toEqual({ name: 'Nordic Fisheries Council', acronym: 'NFC' });
    expect(bracketAcronym('the Nordic Fisheries Council (EU)')).toBeUndefined();
  });

  it('matches name words by spelling and sound, and says how', () => {
    expect(sameWord('dmitri', 'dmitry')).toMatchObject({ same: true, evidence: expect.stringMatching(/^jaro-winkler 0\.9\d, double metaphone TMTR$/) });
    expect(sameWord('john', 'jane').same).toBe(false);
    expect(sameWord('j', 'john')).toEqual({ same: true, evidence: 'initial J.' });
    expect(sameWord('johnson', 'jensen').same).toBe(false);
  });
});

describe('general knowledge lists', () => {
  it('are general: every country, many seats and bodies', () => {
    expect(KNOWN_SIZE.countries).toBeGreaterThanOrEqual(190);
    expect(KNOWN_SIZE.seats).toBeGreaterThanOrEqual(40);
    expect(KNOWN_SIZE.bodies).toBeGreaterThanOrEqual(60);
  });

  it('maps a country, its government and its seat to one key, and leaves other bodies alone', () => {
    const chile = knownBody('Chile')!.key;
    expect(knownBody('the Chilean government')).toMatchObject({ key: chile, how: 'demonym' });
    expect(knownBody('government of Chile')?.key).toBe(chile);
    expect(knownBody('Downing Street')).toMatchObject({ key: knownBody('Britain')!.key, how: 'seat of government' });
    expect(knownBody('the Chilean embassy')).toBeUndefined();
    expect(knownBody('Daesh')).toMatchObject({ key: knownBody('ISIS')!.key, how: 'known name' });
  });
});
