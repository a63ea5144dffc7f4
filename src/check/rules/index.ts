// The built-in rules of `claims check`, in the order they are listed and run.
import type { Rule } from '../types.js';
import { anonymousShare } from './anonymous-share.js';
import { hedgedShare } from './hedged-share.js';
import { noNamedSource } from './no-named-source.js';
import { oneSidedContested } from './one-sided-contested.js';
import { relayedOnly } from './relayed-only.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unbalancedQuotes } from './unbalanced-quotes.js';

export const RULES: readonly Rule[] = [
  unattributedQuote,
  anonymousShare,
  noNamedSource,
  oneSidedContested,
  relayedOnly,
  hedgedShare,
  unbalancedQuotes,
];

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
