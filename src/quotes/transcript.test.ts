import { describe, expect, it } from 'vitest';
import { labelOf } from './transcript.js';

describe('labelOf', () => {
  it('reads a capitalised name and its colon at the start of the words', () => {
    expect(labelOf('WALLACE: Let’s start with the news.')).toEqual({ label: 'WALLACE', length: 9 });
    expect(labelOf("MIKE O'NEILL: Thank you.")).toEqual({ label: "MIKE O'NEILL", length: 14 });
  });

  it('ignores rubrics, parts, single letters, mixed case and a colon with nothing after it', () => {
    for (const words of ['BREAKING: The ferry will run.', 'MODERATOR: Next question.', 'Q: Do you agree?', 'Note: this is old.', 'UNIDENTIFIED MALE: Yes.', 'HOLM:']) {
      expect(labelOf(words)).toBeNull();
    }
  });
});
