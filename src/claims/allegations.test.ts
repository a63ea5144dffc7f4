import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/analyze.js';
import { namedAllegations } from './allegations.js';

const found = (raw: string) => {
  const a = run(raw);
  return namedAllegations(a.doc, a.quotes).map((x) => x.text);
};

describe('namedAllegations', () => {
  it('finds the clause of an allegation nobody owns, up to the outer sentence’s own verb', () => {
    expect(found('Now the allegations that the mayor had taken bribes from two builders have come at a bad time for the council.'))
      .toEqual(['the mayor had taken bribes from two builders']);
  });

  it('stops at a colon, a dash or a comma before the writer’s own clause', () => {
    expect(found('Reports that the plant had leaked chemicals into the river – which the company denies – spread quickly.'))
      .toEqual(['the plant had leaked chemicals into the river']);
    expect(found('There were claims that the count had been rigged in three districts: observers saw nothing of the kind.'))
      .toEqual(['the count had been rigged in three districts']);
    expect(found('She bristled at the suggestion that the budget had been padded by her office, saying it was balanced.'))
      .toEqual(['the budget had been padded by her office']);
  });

  it('leaves out owned speech nouns, quoted words and short clauses', () => {
    // owned: the extractor makes it a quote of the ministry's
    expect(found("The ministry's claim that the dam was safe for another decade drew criticism from engineers.")).toEqual([]);
    expect(found('The New York Times report that the dam was unsafe drew a quick denial.')).toEqual([]);
    expect(found('"The claims that we sold the land to a developer are false," the mayor said.')).toEqual([]);
    expect(found('The claims that it rained were odd.')).toEqual([]);
  });
});
