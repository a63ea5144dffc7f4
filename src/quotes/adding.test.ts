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
});
