import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, ConfigError, defaultSettings, findConfig, loadConfig, parseConfig } from './config.js';
import { RULES } from './rules/index.js';

const setting = (settings: ReturnType<typeof defaultSettings>, id: string) => settings.find((s) => s.rule.id === id)!;
const parse = (data: unknown) => parseConfig(JSON.stringify(data), 'c.json');
const errorOf = (data: unknown): string => {
  try {
    parse(data);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('no error');
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-config-'));
  await mkdir(join(dir, 'a', 'b', 'c'), { recursive: true });
  await writeFile(join(dir, 'a', CONFIG_FILE), JSON.stringify({ rules: { 'relayed-only': 'off' } }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('defaults', () => {
  it('has every rule at its default severity with its default options', () => {
    const s = defaultSettings();
    expect(s.map((x) => x.rule.id)).toEqual(RULES.map((r) => r.id));
    expect(setting(s, 'anonymous-share')).toMatchObject({ level: 'warning', options: { max: 0.5, minQuotes: 4 } });
    expect(setting(s, 'unattributed-quote').level).toBe('warning');
    expect(setting(s, 'unbalanced-quotes').level).toBe('error');
  });

  it('rule ids are kebab-case and every option has a description', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const spec of Object.values(r.options)) expect(spec.description.length).toBeGreaterThan(10);
    }
  });
});

describe('findConfig / loadConfig', () => {
  it('finds claims.config.json in the directory or the nearest one above', () => {
    expect(findConfig(join(dir, 'a', 'b', 'c'))).toBe(join(dir, 'a', CONFIG_FILE));
    expect(findConfig(join(dir, 'a'))).toBe(join(dir, 'a', CONFIG_FILE));
  });

  it('uses the defaults when there is none', () => {
    const c = loadConfig(undefined, dir);
    // the temp dir's parents have no config file of ours
    expect(c.file).toBeNull();
    expect(c.settings.every((s) => s.level === s.rule.severity)).toBe(true);
  });

  it('applies the file found upward', () => {
    const c = loadConfig(undefined, join(dir, 'a', 'b'));
    expect(c.file).toBe(join(dir, 'a', CONFIG_FILE));
    expect(setting(c.settings, 'relayed-only').level).toBe('off');
  });

  it('takes an explicit file (relative to the working directory) over the search, and --no-config skips it', () => {
    expect(loadConfig(CONFIG_FILE, join(dir, 'a')).file).toBe(CONFIG_FILE);
    expect(loadConfig(false, join(dir, 'a', 'b')).file).toBeNull();
  });

  it('names a config file that cannot be read', () => {
    expect(() => loadConfig('nope.json', dir)).toThrow('nope.json: cannot read the config file: no such file');
  });
});

describe('parseConfig', () => {
  it('sets levels and options, leaving the other rules at their defaults', () => {
    const s = parse({ rules: { 'relayed-only': 'off', 'unbalanced-quotes': 'warning', 'anonymous-share': { severity: 'error', max: 0.3 }, 'hedged-share': { minQuotes: 2 } } });
    expect(setting(s, 'relayed-only').level).toBe('off');
    expect(setting(s, 'unbalanced-quotes').level).toBe('warning');
    expect(setting(s, 'anonymous-share')).toMatchObject({ level: 'error', options: { max: 0.3, minQuotes: 4 } });
    expect(setting(s, 'hedged-share')).toMatchObject({ level: 'warning', options: { max: 0.25, minQuotes: 2 } });
    expect(setting(s, 'no-named-source').level).toBe('error');
  });

  it('accepts an empty object and a byte-order mark', () => {
    expect(parseConfig('\uFEFF{}', 'c.json').map((s) => s.level)).toEqual(defaultSettings().map((s) => s.level));
  });

  it('names the key of every mistake', () => {
    expect(errorOf({ rule: {} })).toBe('c.json: rule: unknown key (the config file has: rules)');
    expect(errorOf({ rules: [] })).toBe('c.json: rules: expected an object of rule ids, got an empty list');
    expect(errorOf({ rules: { 'anonymous-sources': 'off' } })).toMatch(/^c\.json: rules\.anonymous-sources: unknown rule \(the rules are: unattributed-quote, anonymous-share/);
    expect(errorOf({ rules: { 'relayed-only': 'high' } })).toBe('c.json: rules.relayed-only: expected "error", "warning", "info" or "off", got "high"');
    expect(errorOf({ rules: { 'relayed-only': false } })).toMatch(/^c\.json: rules\.relayed-only: expected a level .* got false$/);
    expect(errorOf({ rules: { 'relayed-only': { severity: 2 } } })).toBe('c.json: rules.relayed-only.severity: expected "error", "warning", "info" or "off", got 2');
    expect(errorOf({ rules: { 'anonymous-share': { maximum: 0.3 } } })).toBe('c.json: rules.anonymous-share.maximum: unknown option (anonymous-share has: severity, max, minQuotes)');
    expect(errorOf({ rules: { 'unbalanced-quotes': { single: true } } })).toBe('c.json: rules.unbalanced-quotes.single: unknown option (unbalanced-quotes has: severity, runOn)');
  });

  it('checks each option value against its kind', () => {
    expect(errorOf({ rules: { 'anonymous-share': { max: 30 } } })).toBe('c.json: rules.anonymous-share.max: expected a share from 0 to 1 (0.3 for 30%), got 30');
    expect(errorOf({ rules: { 'anonymous-share': { max: '0.3' } } })).toBe('c.json: rules.anonymous-share.max: expected a share from 0 to 1 (0.3 for 30%), got "0.3"');
    expect(errorOf({ rules: { 'hedged-share': { minQuotes: 2.5 } } })).toBe('c.json: rules.hedged-share.minQuotes: expected a whole number of 0 or more, got 2.5');
    expect(errorOf({ rules: { 'relayed-only': { allowFirstHand: 'yes' } } })).toBe('c.json: rules.relayed-only.allowFirstHand: expected true or false, got "yes"');
    expect(errorOf({ rules: { 'unattributed-quote': { types: ['direct', 'quoted'] } } })).toBe(
      'c.json: rules.unattributed-quote.types: expected a non-empty list of "direct", "partial" or "indirect"; "quoted" is not one of them',
    );
    expect(errorOf({ rules: { 'relayed-only': { ownOutlets: 'The Planet' } } })).toBe('c.json: rules.relayed-only.ownOutlets: expected a list of names such as ["The Daily Planet"], got "The Planet"');
    expect(errorOf({ rules: { 'relayed-only': { ownOutlets: ['The Planet', ''] } } })).toMatch(/^c\.json: rules\.relayed-only\.ownOutlets: expected a list of names/);
    expect(setting(parse({ rules: { 'relayed-only': { ownOutlets: ['The Planet'] } } }), 'relayed-only').options.ownOutlets).toEqual(['The Planet']);
    expect(errorOf({ rules: { 'unattributed-quote': { types: [] } } })).toBe(
      'c.json: rules.unattributed-quote.types: expected a non-empty list of "direct", "partial" or "indirect", got an empty list',
    );
  });

  it('reports text that is not JSON, and JSON that is not an object', () => {
    expect(() => parseConfig('{ rules: }', 'c.json')).toThrow(/^c\.json: not valid JSON: /);
    expect(() => parseConfig('[]', 'c.json')).toThrow('c.json: expected a JSON object such as {"rules": {…}}, got an empty list');
  });
});
