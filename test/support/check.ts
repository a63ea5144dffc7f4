// Helpers for the check tests: run the real pipeline on a made-up article and apply one rule
// (with its default options, overridden by `options`), or all rules at their defaults.
import { defaultSettings } from '../../src/check/config.js';
import { ruleById } from '../../src/check/rules/index.js';
import { checkArticle } from '../../src/check/run.js';
import type { Finding, RuleFinding, RuleInput, RuleOptions } from '../../src/check/types.js';
import { analyze } from '../../src/pipeline.js';
import { toReportArticle } from '../../src/report/build.js';

/** What the rules read about `raw`: the report article and the pipeline's analysis text. */
export function input(raw: string): RuleInput {
  const a = analyze({ file: 't.txt', id: 't', raw });
  return { article: toReportArticle(a), raw, text: a.doc.text };
}

/** The findings of rule `id` on `raw`, as the rule returns them. */
export function ruleFindings(id: string, raw: string, options: RuleOptions = {}): RuleFinding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const defaults = Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, spec.default]));
  return rule.check(input(raw), { ...defaults, ...options });
}

/** Every rule at its default setting, through the runner (positions included). */
export function allFindings(raw: string): Finding[] {
  return checkArticle(input(raw), defaultSettings());
}

/** What a finding points at. */
export const at = (raw: string, f: { start: number; end: number }): string => raw.slice(f.start, f.end);
