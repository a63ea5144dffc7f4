import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/types.js';
import { buildDoc } from '../pipeline.js';
import { keyOf, lookupEntity, sameEntity } from './recognize.js';
import { run } from '../../test/support/analyze.js';

const entitiesOf = (raw: string): Entity[] => buildDoc({ file: 't.txt', id: 't', raw }).entities;
const named = (es: Entity[], name: string): Entity => {
  const e = es.find((x) => x.name === name);
  expect(e, `no entity ${name} in ${JSON.stringify(es.map((x) => x.name))}`).toBeDefined();
  return e!;
};

describe('recognize: people', () => {
  it('a US state named alone is a place, even where the tagger reads a first name', () => {
    const es = entitiesOf('Karl Berg spoke at a ferry conference in Herndon, Virginia on Monday. He was governor of Virginia for years.');
    expect(es.filter((e) => e.name === 'Virginia').map((e) => e.type)).toEqual(['place']);
    // a person who bears the name keeps it
    expect(named(entitiesOf('Senator Virginia Foxx said the bill would pass.'), 'Virginia Foxx').type).toBe('person');
  });

  it('of two spellings as long, the one the article uses most names the entity', () => {
    const es = entitiesOf('The FactWatch Institute checked the claim. The FactWatch Institute said it was false. The Fact’watch Institute, as one reader wrote it, is popular. The FactWatch Institute rated it again.');
    const fw = es.filter((e) => keyOf(e.name) === 'factwatch institute');
    expect(fw.map((e) => [e.name, e.mentions.length])).toEqual([['FactWatch Institute', 4]]);
  });

  it('merges a later surname into the full name and counts its mentions', () => {
    const raw = 'Prime Minister Olav Strand visited Bergen on Monday. The visit was short, Strand said.';
    const es = entitiesOf(raw);
    const strand = named(es, 'Olav Strand');
    expect(strand.type).toBe('person');
    expect(strand.aliases).toEqual(['Strand']);
    expect(strand.mentions.map((m) => [m.text, raw.slice(m.start, m.end)])).toEqual([['Olav Strand', 'Olav Strand'], ['Strand', 'Strand']]);
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
    expect(named(es, 'Bergen').type).toBe('place');
  });

  it('merges a surname after an introductory phrase into the full name', () => {
    const es = entitiesOf('Fisheries Minister Maria Lindqvist said on Monday that the quota would stay. On Tuesday, Lindqvist said it again.');
    const e = named(es, 'Maria Lindqvist');
    expect(e.aliases).toEqual(['Lindqvist']);
    expect(e.mentions).toHaveLength(2);
  });

  it('keeps a title before the name as its role, not as part of the name', () => {
    const es = entitiesOf('Fisheries Minister Maria Lindqvist said on Monday that the quota would stay.');
    expect(named(es, 'Maria Lindqvist').role).toBe('Fisheries Minister');
    const dr = entitiesOf('Dr. Karin Eklund joined the talks in Bergen.');
    expect(named(dr, 'Karin Eklund')).toMatchObject({ type: 'person', role: 'Dr' });
  });

  it('gives the speaker the fullest name when only the surname is at the attribution', () => {
    const a = run('Prime Minister Olav Strand visited Bergen on Monday. The visit was short, Strand said.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.type, q.speaker.mention])).toEqual([
      ['The visit was short', 'Olav Strand', 'person', 'Strand'],
    ]);
  });
});

describe('recognize: organizations and publications', () => {
  it('merges an acronym into the name it abbreviates when the article spells it out', () => {
    const raw = 'Experts from the International Maritime Organization inspected the ship on Monday. The IMO said the hull was sound.';
    const es = entitiesOf(raw);
    const imo = named(es, 'International Maritime Organization');
    expect(imo.type).toBe('organization');
    expect(imo.aliases).toEqual(['IMO']);
    expect(imo.mentions).toHaveLength(2);
    const a = run(raw);
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.type])).toEqual([['the hull was sound', 'International Maritime Organization', 'organization']]);
  });

  it('types a named body by its head noun', () => {
    expect(named(entitiesOf('The Danish Embassy said the ferry would run.'), 'Danish Embassy').type).toBe('organization');
    expect(named(entitiesOf('The Port Authority said on Friday that the pier would reopen.'), 'Port Authority').type).toBe('organization');
  });

  it('types an outlet as a publication and merges `the Times` into it', () => {
    const es = entitiesOf('The New York Times reported the sale on Sunday. The Times said the ministry had not responded.');
    const nyt = named(es, 'New York Times');
    expect(nyt.type).toBe('publication');
    expect(nyt.aliases).toEqual(['Times']);
    expect(nyt.mentions).toHaveLength(2);
  });

  it('types an outlet named inside a sentence as a publication', () => {
    const es = entitiesOf('The sale was first reported by Reuters on Sunday.');
    expect(named(es, 'Reuters').type).toBe('publication');
  });
});

describe('name helpers', () => {
  it('keyOf drops case, a leading article, a possessive and punctuation', () => {
    expect(keyOf('The New York Times')).toBe('new york times');
    expect(keyOf('Lindqvist’s')).toBe('lindqvist');
    expect(keyOf('U.S.  Coast Guard')).toBe('us coast guard');
  });

  it('sameEntity: surnames for people, initials for acronyms, trailing words for bodies', () => {
    expect(sameEntity('Lindqvist', 'Maria Lindqvist', 'person')).toBe(true);
    expect(sameEntity('Maria', 'Maria Lindqvist', 'person')).toBe(false);
    expect(sameEntity('Eklund', 'Karin Eklund Jr.', 'person')).toBe(true);
    expect(sameEntity('IMO', 'the International Maritime Organization', 'organization')).toBe(true);
    expect(sameEntity('NFC', 'Port Authority', 'organization')).toBe(false);
    expect(sameEntity('Times', 'The New York Times', 'publication')).toBe(true);
    expect(sameEntity('Coast Guard', 'Norwegian Coast Guard', 'organization')).toBe(true);
  });

  it('lookupEntity finds an entity by its name, an alias or a surname', () => {
    const es = entitiesOf('Prime Minister Olav Strand visited Bergen on Monday. The visit was short, Strand said.');
    expect(lookupEntity(es, 'Olav Strand')?.name).toBe('Olav Strand');
    expect(lookupEntity(es, 'Strand', 'person')?.name).toBe('Olav Strand');
    expect(lookupEntity(es, 'Strand', 'place')).toBeUndefined();
    expect(lookupEntity(es, 'Karin Eklund')).toBeUndefined();
  });
});

describe('recognize: bodies and bracketed acronyms', () => {
  it('ends a name at an opening bracket, so the acronym after it joins the outlet as an alias', () => {
    const es = entitiesOf('The plan was reported by the Daily Courier Gazette (DCG) on Friday. The DCG said it had seen the files.');
    const e = named(es, 'Daily Courier Gazette');
    expect(e.aliases).toEqual(['DCG']);
    expect(es.some((x) => x.name.includes('('))).toBe(false);
  });

  it('takes a nationality with a lower-case head as a body: the Norwegian embassy, the Chilean government', () => {
    const es = entitiesOf('The Norwegian embassy in Lima said the report was wrong. Later the Chilean government has dismissed it.');
    expect(named(es, 'Norwegian embassy').type).toBe('organization');
    expect(named(es, 'Chilean government').type).toBe('organization');
  });

  it('does not take a nationality before a compound noun as a body (Peruvian military intelligence)', () => {
    const es = entitiesOf('A Peruvian military intelligence unit was named in the report.');
    expect(es.map((e) => e.name)).not.toContain('Peruvian military');
  });
});
