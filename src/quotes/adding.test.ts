import { describe, expect, it } from 'vitest';
import { briefs } from '../../test/support/analyze.js';
const eklund = { speaker: 'Karin Eklund', speakerType: 'person' } as const;
describe('a second reporting verb starts its own quote', () => {
  it('adding that → separate indirect quote', () => {
    expect(briefs('Karin Eklund said the talks had collapsed, adding that the delegates had left Bergen.')).toEqual([
      { text: 'the talks had collapsed', type: 'indirect', ...eklund, cue: 'said', strength: 'moderate', stance: 'asserts' },
      { text: 'the delegates had left Bergen', type: 'indirect', ...eklund, cue: 'adding', strength: 'moderate', stance: 'asserts' },
    ]);
  });
  it('partial + adding that', () => {
    expect(briefs('Lena Forsberg said the report "was rushed and incomplete," adding that the committee would hold new hearings in May.')).toEqual([
      { text: 'was rushed and incomplete,', type: 'partial', speaker: 'Lena Forsberg', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
      { text: 'the committee would hold new hearings in May', type: 'indirect', speaker: 'Lena Forsberg', speakerType: 'person', cue: 'adding', strength: 'moderate', stance: 'asserts' },
    ]);
  });
  it('a participle after a comma and one adverb (`…, even suggesting`) is a cue too', () => {
    expect(briefs('Karin Eklund spoke for an hour on Monday, even suggesting the port had been mismanaged for years.').map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['the port had been mismanaged for years', 'Karin Eklund', 'suggesting'],
    ]);
  });
  it('`appeared to suggest that`, `went on to say that`: the words were said; `wants to say that` reports nothing', () => {
    expect(briefs('Karin Eklund appeared to suggest that the ferry would be sold.').map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['the ferry would be sold', 'Karin Eklund', 'suggest'],
    ]);
    expect(briefs('Karin Eklund went on to say that the ferry would be sold.').map((q) => [q.text, q.speaker])).toEqual([
      ['the ferry would be sold', 'Karin Eklund'],
    ]);
    expect(briefs('Karin Eklund wants to say that the ferry will not be sold.')).toEqual([]);
  });
});
