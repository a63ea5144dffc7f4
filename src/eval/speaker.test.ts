import { describe, expect, it } from 'vitest';
import { nameTokens, sameSpeaker } from './speaker.js';

const person = { speaker: 'Kayleigh McEnany', speakerType: 'person', aliases: ['McEnany', 'the White House press secretary'] };

describe('sameSpeaker', () => {
  it('drops titles and articles before comparing', () => {
    expect(nameTokens('the President Donald Trump')).toEqual(['donald', 'trump']);
  });
  it('matches a person by the surname of the gold name', () => {
    expect(sameSpeaker('Kayleigh McEnany', person)).toBe(true);
    expect(sameSpeaker('Ms. McEnany', person)).toBe(true);
    expect(sameSpeaker('Kayleigh Smith', person)).toBe(false);
  });
  it('never matches a person through a role alias', () => {
    // part of a role alias is enough for an organization, not for a person
    expect(sameSpeaker('White House', person)).toBe(false);
    expect(sameSpeaker('White House', { ...person, speakerType: 'organization' })).toBe(true);
    // the whole alias (same name words) is
    expect(sameSpeaker('White House Press Secretary', person)).toBe(true);
  });
  it('matches an organization by containment either way', () => {
    const org = { speaker: 'Russian Embassy', speakerType: 'organization', aliases: ['the embassy'] };
    expect(sameSpeaker('the Russian Embassy in Washington', org)).toBe(true);
    expect(sameSpeaker('Embassy', org)).toBe(true);
    expect(sameSpeaker('Russian Foreign Ministry', org)).toBe(false);
  });
  it('matches an unknown gold speaker only with no predicted name', () => {
    const unknown = { speaker: '', speakerType: 'unknown' };
    expect(sameSpeaker('', unknown)).toBe(true);
    expect(sameSpeaker('Mr.', unknown)).toBe(true); // only a title: no name words
    expect(sameSpeaker('Peskov', unknown)).toBe(false);
    expect(sameSpeaker('', person)).toBe(false);
  });
  it('treats a gold speaker with no name words (only titles) like an unknown one', () => {
    const titleOnly = { speaker: 'the spokesman', speakerType: 'anonymous' };
    expect(sameSpeaker('', titleOnly)).toBe(true);
    expect(sameSpeaker('spokesman', titleOnly)).toBe(true);
    expect(sameSpeaker('Peskov', titleOnly)).toBe(false);
  });
});
