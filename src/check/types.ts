// The types of `claims check`: rules, their options, the configuration that sets them, and the
// findings they produce. A rule reads one analysed article (the ReportArticle the pipeline built
// plus the text as read) and returns findings with UTF-16 offsets into that text; the runner adds
// the rule id, the configured severity and the line/column positions.
import type { ReportArticle, ReportError } from '../model/types.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** what a configuration may set a rule to: a severity, or off */
export type Level = Severity | 'off';

/** The value kinds a rule option can take; each is validated when the config is loaded. */
export type OptionSpec =
  | { kind: 'share'; default: number; description: string }
  | { kind: 'count'; default: number; description: string }
  | { kind: 'boolean'; default: boolean; description: string }
  | { kind: 'list'; values: readonly string[]; default: readonly string[]; description: string }
  | { kind: 'strings'; default: readonly string[]; description: string };

export type OptionValue = number | boolean | readonly string[];
export type RuleOptions = Record<string, OptionValue>;

/** What a rule gets: the article as the pipeline reported it and the text it was read from. */
export interface RuleInput {
  article: ReportArticle;
  /** the article as read (after decoding): the base of every offset */
  raw: string;
  /**
   * the pipeline's same-length copy of `raw` for analysis (Doc.text): markup tags, the BOM, CRs
   * and a repeated headline blanked, HTML entities turned into their character
   */
  text: string;
}

/** A finding as a rule returns it: what is wrong and where (UTF-16 offsets into `raw`). */
export interface RuleFinding {
  message: string;
  start: number;
  end: number;
}

export interface Rule {
  /** kebab-case id, used in the config file and in every output format */
  id: string;
  /** one line for the README and `--help` */
  description: string;
  severity: Severity;
  options: Record<string, OptionSpec>;
  check: (input: RuleInput, options: RuleOptions) => RuleFinding[];
}

/** A rule as the configuration left it: its level and every option with its value. */
export interface RuleSetting {
  rule: Rule;
  level: Level;
  options: RuleOptions;
}

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column, counted in characters (Unicode code points) from the start of the line */
  column: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the article as read, as in the extract report */
  start: number;
  end: number;
  line: number;
  column: number;
  /** the position just after the last character of the finding (exclusive, as in ESLint) */
  endLine: number;
  endColumn: number;
}

export interface CheckedFile {
  file: string;
  id: string;
  findings: Finding[];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Everything a check format renders. */
export interface CheckResult {
  files: CheckedFile[];
  /** inputs that could not be read or analysed */
  errors: ReportError[];
  /** the rules that ran (level not off), in the order of RULES */
  rules: Array<{ id: string; severity: Severity }>;
  /** the config file used, or null for the built-in defaults */
  config: string | null;
}
