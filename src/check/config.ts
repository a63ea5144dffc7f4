// The configuration of `claims check`: which rules run, at what severity, with which options.
//
// A JSON file, `claims.config.json` in the working directory or the nearest directory above it
// (or the file given with --config):
//   { "rules": {
//       "relayed-only": "off",
//       "unbalanced-quotes": "warning",
//       "anonymous-share": { "severity": "error", "max": 0.3 } } }
// A rule is set to a level ("error", "warning", "info" or "off"), or to an object with an
// optional "severity" (a level) and any of the rule's options. Rules left out keep their default
// severity and options. Everything is validated: an unknown key, rule or option, or a value of
// the wrong kind, is a ConfigError naming the file and the key.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES, ruleById } from './rules/index.js';
import { type Level, type OptionSpec, type OptionValue, type RuleSetting, SEVERITIES } from './types.js';

export const CONFIG_FILE = 'claims.config.json';
const LEVELS: readonly Level[] = [...SEVERITIES, 'off'];
const TOP_KEYS = ['rules'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | null,
    detail: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${detail}`);
  }
}

export interface LoadedConfig {
  /** the file read, or null when the defaults apply */
  file: string | null;
  settings: RuleSetting[];
}

/** Every rule at its default severity with its default options. */
export function defaultSettings(): RuleSetting[] {
  return RULES.map((rule) => ({
    rule,
    level: rule.severity,
    options: Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, spec.default])),
  }));
}

/** The nearest `claims.config.json` in `dir` or a directory above it, or null. */
export function findConfig(dir: string): string | null {
  let at = resolve(dir);
  for (;;) {
    const candidate = join(at, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const up = dirname(at);
    if (up === at) return null;
    at = up;
  }
}

/**
 * The configuration for a run: `explicit` (--config) when given, else the file found upward from
 * `cwd`, else the defaults. `explicit === false` (--no-config) skips the search.
 */
export function loadConfig(explicit: string | false | undefined, cwd: string): LoadedConfig {
  const file = explicit === false ? null : explicit !== undefined ? explicit : findConfig(cwd);
  if (file === null) return { file: null, settings: defaultSettings() };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new ConfigError(file, null, `cannot read the config file: ${why}`);
  }
  return { file, settings: parseConfig(text, file) };
}

/** Validates a config file's text and applies it over the defaults. */
export function parseConfig(text: string, file: string): RuleSetting[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(file, null, `not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(data)) throw new ConfigError(file, null, `expected a JSON object such as {"rules": {…}}, got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(file, key, `unknown key (the config file has: ${TOP_KEYS.join(', ')})`);
  }
  const settings = defaultSettings();
  const rules = data.rules;
  if (rules === undefined) return settings;
  if (!isObject(rules)) throw new ConfigError(file, 'rules', `expected an object of rule ids, got ${describe(rules)}`);
  for (const [id, value] of Object.entries(rules)) {
    const key = `rules.${id}`;
    const rule = ruleById(id);
    if (!rule) throw new ConfigError(file, key, `unknown rule (the rules are: ${RULES.map((r) => r.id).join(', ')})`);
    const setting = settings.find((s) => s.rule === rule)!;
    if (typeof value === 'string') {
      setting.level = level(value, file, key);
      continue;
    }
    if (!isObject(value)) {
      throw new ConfigError(file, key, `expected a level (${quoteList(LEVELS)}) or an object with "severity" and options, got ${describe(value)}`);
    }
    for (const [name, v] of Object.entries(value)) {
      if (name === 'severity') {
        if (typeof v !== 'string') throw new ConfigError(file, `${key}.severity`, `expected ${quoteList(LEVELS)}, got ${describe(v)}`);
        setting.level = level(v, file, `${key}.severity`);
        continue;
      }
      const spec = rule.options[name];
      if (!spec) {
        const known = Object.keys(rule.options);
        throw new ConfigError(file, `${key}.${name}`, `unknown option (${id} has: severity${known.length ? ', ' + known.join(', ') : ''})`);
      }
      setting.options[name] = optionValue(spec, v, file, `${key}.${name}`);
    }
  }
  return settings;
}

function level(value: string, file: string, key: string): Level {
  if ((LEVELS as readonly string[]).includes(value)) return value as Level;
  throw new ConfigError(file, key, `expected ${quoteList(LEVELS)}, got ${JSON.stringify(value)}`);
}

function optionValue(spec: OptionSpec, v: unknown, file: string, key: string): OptionValue {
  switch (spec.kind) {
    case 'share':
      if (typeof v === 'number' && v >= 0 && v <= 1) return v;
      throw new ConfigError(file, key, `expected a share from 0 to 1 (0.3 for 30%), got ${describe(v)}`);
    case 'count':
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
      throw new ConfigError(file, key, `expected a whole number of 0 or more, got ${describe(v)}`);
    case 'boolean':
      if (typeof v === 'boolean') return v;
      throw new ConfigError(file, key, `expected true or false, got ${describe(v)}`);
    case 'strings':
      if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')) return v as string[];
      throw new ConfigError(file, key, `expected a list of names such as ["The Daily Planet"], got ${describe(v)}`);
    case 'list': {
      const bad = Array.isArray(v) ? v.find((x) => typeof x !== 'string' || !spec.values.includes(x)) : undefined;
      if (Array.isArray(v) && v.length > 0 && bad === undefined) return [...new Set(v as string[])];
      const what = `a non-empty list of ${quoteList(spec.values)}`;
      throw new ConfigError(file, key, Array.isArray(v) && v.length ? `expected ${what}; ${describe(bad)} is not one of them` : `expected ${what}, got ${describe(v)}`);
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length ? `the list ${JSON.stringify(v)}` : 'an empty list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

function quoteList(values: readonly string[]): string {
  const q = values.map((v) => `"${v}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
