import { describe, expect, it } from 'vitest';
import { briefs } from '../../test/support/analyze.js';
const tb = { speaker: 'Tomas Berglund', speakerType: 'person' } as const;
describe('He added: the cue and the speaker', () => {
  it('He added after a non-quote sentence naming the person', () => {
    expect(briefs('Union leader Tomas Berglund spoke to reporters outside the ministry on Tuesday.\n\nHe added: "The strike will continue until the quota is restored."')).toEqual([
      { text: 'The strike will continue until the quota is restored.', type: 'direct', ...tb, cue: 'added', strength: 'strong', stance: 'asserts' },
    ]);
  });
  it('He added after a quote', () => {
    expect(briefs('"We have waited long enough," Tomas Berglund said.\n\nHe added: "The strike will continue until the quota is restored."')).toEqual([
      { text: 'We have waited long enough,', type: 'direct', ...tb, cue: 'said', strength: 'strong', stance: 'asserts' },
      { text: 'The strike will continue until the quota is restored.', type: 'direct', ...tb, cue: 'added', strength: 'strong', stance: 'asserts' },
    ]);
  });
  it('"…," he added.', () => {
    expect(briefs('"We have waited long enough," Tomas Berglund said. "The strike will continue," he added.')).toEqual([
      { text: 'We have waited long enough,', type: 'direct', ...tb, cue: 'said', strength: 'strong', stance: 'asserts' },
      { text: 'The strike will continue,', type: 'direct', ...tb, cue: 'added', strength: 'strong', stance: 'asserts' },
    ]);
  });
});
