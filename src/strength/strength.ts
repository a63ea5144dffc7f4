// How firmly the words are tied to an accountable source (GUIDELINES.md rubric):
//   strong        a named person or body, on the record, quoted, first-hand
//   moderate      named, but paraphrased or relayed through another outlet
//   weak          unnamed or anonymous, an outlet's own reporting, or hedged words
//   unattributed  no speaker can be found
import type { AttributionFlags, QuoteType, Speaker, Strength } from '../model/types.js';

export function strengthOf(speaker: Speaker, type: QuoteType, flags: AttributionFlags): Strength {
  const reasons: string[] = [];
  if (speaker.type === 'unknown') return { label: 'unattributed', score: 0, reasons: ['no speaker found'] };
  const named = speaker.type === 'person' || speaker.type === 'organization';
  reasons.push(speaker.type === 'person' ? 'named person' : speaker.type === 'organization' ? 'named organization'
    : speaker.type === 'publication' ? "a publication's own reporting" : 'anonymous source');
  reasons.push(type === 'indirect' ? 'paraphrase' : type === 'direct' ? 'direct quote' : 'partial quote');
  if (flags.relayed) reasons.push('relayed from another outlet');
  if (flags.hedged) reasons.push('hedged');
  if (flags.pronoun) reasons.push('speaker from a pronoun');
  if (flags.byPosition) reasons.push('speaker from position');
  let label: Strength['label'];
  let score: number;
  if (!named || flags.hedged) { label = 'weak'; score = speaker.type === 'publication' ? 0.35 : 0.25; }
  else if (type === 'indirect' || flags.relayed) { label = 'moderate'; score = type === 'indirect' && flags.relayed ? 0.5 : 0.6; }
  else { label = 'strong'; score = 0.9; reasons.push('on the record'); }
  if (flags.pronoun || flags.byPosition) score -= 0.05;
  return { label, score: Math.round(score * 100) / 100, reasons };
}
