// Stance: does the speaker deny, assert, or neither? A denial verb as the cue (`rejected`,
// `dismissed … as`), words that call a claim false (`baseless`, `fake`, "not true"), or a
// negated confirmation (`had not been briefed`) deny. Questions, conditionals, requests and
// what a speaker merely calls something are neutral; a statement of fact asserts.
import type { QuoteType, Stance } from '../model/types.js';
import { DENIAL_WORDS } from '../quotes/lexicon.js';

const DENY_RE = new RegExp(`\\b(${DENIAL_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const NEGATED_CONFIRMATION = /\b(not|never|neither|nor|no)\b[^.;]{0,40}\b(been\s+)?(briefed|informed|notified|told|aware|involved|responsible|true|accurate|credible|correct|confirmed|verified|happened)\b/i;
const NEUTRAL_CUES = new Set(['ask', 'urge', 'call', 'describe', 'praise', 'criticize', 'criticise', 'compare', 'wonder', 'question', 'promise', 'vow', 'pledge', 'hope', 'expect', 'fear']);
const UNCERTAIN = /\b(not clear|unclear|not known|unknown|uncertain|whether|if)\b/i;

export interface StanceInput {
  text: string;
  type: QuoteType;
  lemma: string | null;
  denialCue: boolean;
  /** the words of the sentence around the quote, outside the quote */
  context: string;
}

export function stanceOf(q: StanceInput): Stance {
  if (q.denialCue) return 'denies';
  if (DENY_RE.test(q.text) || NEGATED_CONFIRMATION.test(q.text)) return 'denies';
  if (q.type !== 'indirect' && (DENY_RE.test(q.context) || NEGATED_CONFIRMATION.test(q.context))) return 'denies';
  if (/\?\s*$/.test(q.text) || /\?/.test(q.text) && q.type !== 'indirect') return 'neutral';
  if (q.lemma && NEUTRAL_CUES.has(q.lemma)) return 'neutral';
  if (/^\s*(if|whether)\b/i.test(q.text) || UNCERTAIN.test(q.text.slice(0, 30))) return 'neutral';
  return 'asserts';
}
