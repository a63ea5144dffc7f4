import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../corpus/claims.js';
import type { SpeakerRow } from '../corpus/speakers.js';
import { formatBatchJson, formatClaimsText, formatSpeakersText } from './batch.js';

const speaker: SpeakerRow = {
  name: 'Olav Strand', type: 'person', variants: ['Olav Strand', 'Strand'], roles: ['Fisheries Minister'], articles: ['a.txt', 'b.txt'],
  quotes: { total: 2, direct: 1, partial: 0, indirect: 1 }, strength: { strong: 1, moderate: 1, weak: 0, unattributed: 0 },
  stance: { asserts: 1, denies: 1, neutral: 0 },
  merges: [{ variant: 'Strand', article: 'b.txt', with: 'Olav Strand', evidence: ['shared surname Strand'] }],
};
const claim: ClaimRow = { claim: 'the quota\u001b[2J was cut', articles: ['a.txt'], assertedBy: ['Paper'], disputedBy: ['Olav Strand'], evidence: [{ article: 'a.txt', text: 'The quota was cut, Paper said.' }] };

describe('batch renderers', () => {
  it('prints json with only the keys given', () => {
    expect(Object.keys(JSON.parse(formatBatchJson({ speakers: [speaker] })))).toEqual(['speakers']);
    expect(JSON.parse(formatBatchJson({ speakers: [speaker], claims: [claim] }))).toEqual({ speakers: [speaker], claims: [claim] });
  });

  it('prints a speaker with its variants, profile and the evidence of each merge', () => {
    const t = formatSpeakersText([speaker], { color: false });
    expect(t).toContain('Olav Strand (person) · 2 quotes in 2 articles');
    expect(t).toContain('also: “Strand”');
    expect(t).toContain('stance: 1 asserts, 1 denies, 0 neutral');
    expect(t).toContain('merged “Strand” (b.txt) with “Olav Strand”: shared surname Strand');
  });

  it('prints both sides of a claim and strips terminal control characters', () => {
    const t = formatClaimsText([claim], { color: false });
    expect(t).toContain('asserted by: Paper');
    expect(t).toContain('disputed by: Olav Strand');
    expect(t).not.toContain('\u001b');
    expect(formatClaimsText([], { color: false })).toContain('no claim is both asserted and denied');
  });
});
