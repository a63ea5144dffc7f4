// Helpers for the check tests: run the real pipeline on a made-up article and apply one rule
// (with its default options, overridden by `options`), or all rules at their defaults.
import { defaultSettings } from '../../src/check/config.js';
import { ruleById } from '../../src/check/rules/index.js';
import { checkArticle } from '../../src/check/run.js';
import type { Finding, RuleFinding, RuleOptions } from '../../src/check/types.js';
import { analyze } from '../../src/pipeline.js';
import { toReportArticle } from '../../src/report/build.js';

/** The findings of rule `id` on `raw`, as the rule returns them. */
export function ruleFindings(id: string, raw: string, options: RuleOptions = {}): RuleFinding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const defaults = Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, spec.default]));
  const article = toReportArticle(analyze({ file: 't.txt', id: 't', raw }));
  return rule.check({ article, raw }, { ...defaults, ...options });
}

/** Every rule at its default setting, through the runner (positions included). */
export function allFindings(raw: string): Finding[] {
  const article = toReportArticle(analyze({ file: 't.txt', id: 't', raw }));
  return checkArticle(article, raw, defaultSettings());
}

/** What a finding points at. */
export const at = (raw: string, f: { start: number; end: number }): string => raw.slice(f.start, f.end);
