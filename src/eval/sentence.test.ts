import { describe, expect, it } from 'vitest';
import { locateQuote, quoteSentence, sentenceAround } from './sentence.js';

const TEXT = [
  'Headline about Russia',
  '',
  'Mr. Peskov spoke on Monday. “First, these claims are false,” Peskov told reporters. The U.S. embassy said nothing.',
  'McEnany said the president had not been briefed. She called it “baseless.” Later she left.',
].join('\n');

const at = (s: string) => {
  const i = TEXT.indexOf(s);
  return sentenceAround(TEXT, i, i + s.length);
};

describe('sentenceAround', () => {
  it('expands a quote to its sentence, across the quotation marks', () => {
    expect(at('First, these claims are false,')).toBe('“First, these claims are false,” Peskov told reporters.');
  });
  it('does not end a sentence after an abbreviation or an initialism', () => {
    expect(at('Peskov spoke')).toBe('Mr. Peskov spoke on Monday.');
    expect(at('embassy said')).toBe('The U.S. embassy said nothing.');
  });
  it('ends at a quote that ends its sentence', () => {
    expect(at('baseless.')).toBe('She called it “baseless.”');
  });
  it('stops at line breaks', () => {
    expect(at('Headline')).toBe('Headline about Russia');
    expect(at('the president had not been briefed')).toBe('McEnany said the president had not been briefed.');
  });
});

describe('locating a quote', () => {
  it('uses the offsets when they slice the text, else the first occurrence', () => {
    const i = TEXT.indexOf('Peskov told');
    expect(locateQuote(TEXT, { text: 'Peskov', start: i, end: i + 6 })).toEqual({ start: i, end: i + 6 });
    expect(locateQuote(TEXT, { text: 'Peskov', start: 0, end: 2 })).toEqual({ start: TEXT.indexOf('Peskov'), end: TEXT.indexOf('Peskov') + 6 });
    expect(locateQuote(TEXT, { text: 'not in the text', start: null, end: null })).toBeNull();
  });
  it('gives no sentence without a text or a location', () => {
    expect(quoteSentence(null, { text: 'Peskov' })).toBeNull();
    expect(quoteSentence(TEXT, { text: 'nowhere' })).toBeNull();
    expect(quoteSentence(TEXT, { text: 'Later she left' })).toBe('Later she left.');
  });
});
