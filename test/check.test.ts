// `claims check` run in-process: the seeds, every format, the config file, exit codes and
// unreadable inputs.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/check/config.js';
import { LineIndex } from '../src/check/position.js';
import { RULES } from '../src/check/rules/index.js';
import { claims } from './support/cli.js';

interface JsonFinding { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; start: number; end: number }
interface JsonFile { file: string; id: string; findings: JsonFinding[]; errorCount: number; warningCount: number }
interface JsonDoc { config: string | null; files: JsonFile[]; errors: Array<{ file: string; code: string }>; summary: Record<string, number>; rules: Array<{ id: string; severity: string }> }

// four quotes, all from unnamed sources, one of them relayed, and a quotation left open
const ANONYMOUS = 'Plant to close\n\nThe factory will close next year, officials said. “It is over,” one worker said. “And the town?\n\n' +
  'Officials told the Daily Mail that 300 jobs would go.\n';
// named, on the record, nothing to report
const CLEAN = 'Bridge to close\n\n“The bridge is unsafe and must close,” Mayor Anna Berg said on Monday.\n';
// only warnings: one anonymous relayed quote beside a named source
const WARNS = 'Bridge to close\n\n“The bridge is unsafe and must close,” Mayor Anna Berg said on Monday.\n\nOfficials told the Daily Mail that the cables had rusted.\n';

let dir: string;
let anonymous: string;
let clean: string;
let warns: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-check-'));
  anonymous = join(dir, 'anonymous.txt');
  clean = join(dir, 'clean.txt');
  warns = join(dir, 'warns.txt');
  await writeFile(anonymous, ANONYMOUS);
  await writeFile(clean, CLEAN);
  await writeFile(warns, WARNS);
  await mkdir(join(dir, 'newsroom', 'desk', 'today'), { recursive: true });
  await writeFile(join(dir, 'newsroom', 'claims.config.json'), JSON.stringify({ rules: { 'no-named-source': 'warning', 'unbalanced-quotes': 'off' } }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as JsonDoc;
const rulesOf = (f: JsonFile | undefined) => f?.findings.map((x) => x.ruleId) ?? [];

describe('claims check on the seeds', () => {
  it('reports the sourcing problems an editor would flag, and exits 1 for the error-level ones', async () => {
    const r = await claims(['check', 'seeds/', '--format', 'json', '--no-config']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(doc.files).toHaveLength(5);
    const byId = new Map(doc.files.map((f) => [f.id, f]));
    const raw = new Map(await Promise.all(doc.files.map(async (f) => [f.id, await readFile(f.file, 'utf8')] as const)));

    // every seed names sources on the record and every quote has a speaker
    for (const f of doc.files) expect(rulesOf(f)).not.toContain('no-named-source');
    for (const f of doc.files) expect(rulesOf(f)).not.toContain('unattributed-quote');

    // the Taliban spokesman of 004 speaks only through the New York Times
    const relayed004 = byId.get('004_6f66272cb167799e')!.findings.filter((x) => x.ruleId === 'relayed-only');
    expect(relayed004.filter((x) => x.message.startsWith('Zabiullah Mujahid is heard only through another outlet')).length).toBeGreaterThanOrEqual(3);
    // Peskov in 002 reaches the article through the NYT as well
    expect(byId.get('002_0dc2c932c807ac2e')!.findings.some((x) => x.ruleId === 'relayed-only' && x.message.startsWith('Dmitry Peskov'))).toBe(true);

    // the mistyped and stray quotation marks of 000 and 001, each at a mark
    const marks = doc.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'unbalanced-quotes').map((x) => ({ id: f.id, x })));
    expect(marks.map((m) => m.id)).toEqual(['000_65ee97d515d98c9a', '000_65ee97d515d98c9a', '000_65ee97d515d98c9a', '001_c2c620873a319e23']);
    for (const { id, x } of marks) {
      expect(x.severity).toBe('error');
      expect(raw.get(id)!.slice(x.start, x.end)).toMatch(/^[“”"]$/);
    }

    // 001: the bounty claim is asserted only in paraphrase, while its deniers are quoted
    const sided = byId.get('001_c2c620873a319e23')!.findings.filter((x) => x.ruleId === 'one-sided-contested');
    expect(sided.some((x) => x.message.startsWith('only the side disputing “Russian intelligence officials have offered') && x.message.includes('Russian Embassy'))).toBe(true);
    // and so is the report that Trump was briefed, which McEnany and Ratcliffe deny on the record
    expect(sided.some((x) => /^only the side disputing “President Donald Trump had been briefed/.test(x.message) && x.message.includes('Kayleigh McEnany and John Ratcliffe'))).toBe(true);

    // 003 quotes named people on the record; its bounty claim, though, is only paraphrased from
    // intelligence assessments while the Russian side's denials are quoted
    const f003 = byId.get('003_d1c652ec6c8e0ea2')!.findings;
    expect(f003.map((x) => x.ruleId)).toEqual(['one-sided-contested']);
    expect(f003[0]!.message).toMatch(/^only the side disputing “Russian bounties/);

    // every position is the line and column of its offset
    for (const f of doc.files) {
      const lines = new LineIndex(raw.get(f.id)!);
      for (const x of f.findings) {
        expect(lines.position(x.start)).toEqual({ line: x.line, column: x.column });
        expect(lines.position(x.end)).toEqual({ line: x.endLine, column: x.endColumn });
      }
    }
  });

  it('prints stylish output by default, grouped by file', async () => {
    const r = await claims(['check', 'seeds/', '--no-config']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(join('seeds', '004_6f66272cb167799e.txt') + '\n');
    expect(r.stdout).toContain(join('seeds', '003_d1c652ec6c8e0ea2.txt') + '\n');
    expect(r.stdout).toMatch(/^ +\d+:\d+ {2}error {4}.*unbalanced-quotes$/m);
    expect(r.stdout).toMatch(/✖ \d+ problems \(4 errors, \d+ warnings, 0 info\) in 5 files\n$/);
  });

  it('writes JUnit XML that validates and GitHub workflow commands that parse', async () => {
    const junit = await claims(['check', 'seeds/', '--no-config', '--format', 'junit']);
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(5);
    const gh = await claims(['check', 'seeds/', '--no-config', '--format', 'github']);
    const lines = gh.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=claims [a-z-]+::[^\r\n]+$/);
  });
});

describe('claims check: exit codes and formats', () => {
  it('exits 0 when nothing is found', async () => {
    const r = await claims(['check', clean, '--no-config']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('✔ no problems in 1 file\n');
  });

  it('exits 1 for error findings, 0 for warnings only, and 1 for more warnings than --max-warnings', async () => {
    expect((await claims(['check', anonymous, '--no-config'])).code).toBe(1);
    const w = await claims(['check', warns, '--no-config', '--format', 'line']);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe(`${warns}:5:${WARNS.split('\n')[4]!.indexOf('the cables') + 1}: warning relayed-only anonymous source “Officials” is heard only through another outlet (told the Daily Mail): “the cables had rusted”\n`);
    expect((await claims(['check', warns, '--no-config', '--max-warnings', '1'])).code).toBe(0);
    const over = await claims(['check', warns, '--no-config', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('claims: 1 warning, more than --max-warnings 0\n');
  });

  it('reads standard input as -', async () => {
    const r = await claims(['check', '-', '--no-config', '--format', 'line'], { stdin: async () => Buffer.from(ANONYMOUS) });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('-:1:1: error no-named-source no named source on the record: the 4 quotes come from anonymous sources, publications, relayed or hedged reports, or nobody');
  });

  it('still checks the other files when one cannot be read: named on stderr and in json, exit 3 (over 1 for the findings)', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await claims(['check', missing, clean, anonymous, '--no-config', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`claims: ${missing}: no such file or directory (E_NOT_FOUND)\n`);
    const doc = json(r.stdout);
    expect(doc.errors).toEqual([expect.objectContaining({ file: missing, code: 'E_NOT_FOUND' })]);
    expect(doc.files.map((f) => f.file)).toEqual([clean, anonymous]);
    expect(rulesOf(doc.files[1])).toContain('no-named-source');
    // the other formats carry it too where CI looks
    const junit = await claims(['check', missing, clean, '--no-config', '--format', 'junit']);
    expect(junit.stdout).toContain('<error type="E_NOT_FOUND"');
    const gh = await claims(['check', missing, '--no-config', '--format', 'github']);
    expect(gh.stdout).toBe(`::error file=${missing.replace(/:/g, '%3A')},title=claims E_NOT_FOUND::no such file or directory (E_NOT_FOUND)\n`);
    expect(gh.code).toBe(3);
  });

  it('rejects a bad --format, a bad --max-warnings and a missing path with exit 2', async () => {
    expect((await claims(['check', clean, '--format', 'xml'])).code).toBe(2);
    const mw = await claims(['check', clean, '--max-warnings', 'lots']);
    expect(mw.code).toBe(2);
    expect(mw.stderr).toContain('--max-warnings');
    expect((await claims(['check'])).code).toBe(2);
  });

  it('lists the rules in --help', async () => {
    const r = await claims(['check', '--help']);
    expect(r.code).toBe(0);
    for (const id of ['unattributed-quote', 'anonymous-share', 'no-named-source', 'one-sided-contested', 'relayed-only', 'hedged-share', 'unbalanced-quotes']) {
      expect(r.stdout).toContain(id);
    }
  });
});

describe('claims check: the README', () => {
  it('lists every rule with its default severity and every option', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const rule of RULES) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      expect(row!.split('|')[2]!.trim(), rule.id).toBe(rule.severity);
      for (const option of Object.keys(rule.options)) expect(row, `${rule.id}.${option}`).toContain(`\`${option}\``);
    }
  });
});

describe('claims check: the config file', () => {
  it('accepts the example in the README', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = /### The config file[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const settings = parseConfig(example!, 'README.md');
    expect(settings.find((s) => s.rule.id === 'relayed-only')).toMatchObject({ level: 'info', options: { ownOutlets: ['The Daily Planet'] } });
  });

  it('finds claims.config.json upward from the working directory and applies it', async () => {
    const r = await claims(['check', anonymous, '--format', 'json'], { cwd: join(dir, 'newsroom', 'desk', 'today') });
    const doc = json(r.stdout);
    expect(doc.config).toBe(join(dir, 'newsroom', 'claims.config.json'));
    expect(doc.rules.map((x) => x.id)).not.toContain('unbalanced-quotes');
    expect(doc.files[0]!.findings.map((x) => [x.ruleId, x.severity])).toEqual([['no-named-source', 'warning'], ['anonymous-share', 'warning'], ['relayed-only', 'warning']]);
    // only warnings left
    expect(r.code).toBe(0);
  });

  it('takes --config FILE, and --no-config ignores the file found', async () => {
    const file = join(dir, 'strict.json');
    await writeFile(file, JSON.stringify({ rules: { 'relayed-only': { severity: 'error' }, 'no-named-source': 'off', 'unbalanced-quotes': 'info' } }));
    const r = await claims(['check', warns, anonymous, '--config', file, '--format', 'json'], { cwd: join(dir, 'newsroom') });
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(doc.config).toBe(file);
    expect(doc.files.map((f) => f.findings.map((x) => `${x.ruleId}:${x.severity}`))).toEqual([
      ['relayed-only:error'],
      ['anonymous-share:warning', 'unbalanced-quotes:info', 'relayed-only:error'],
    ]);
    const none = await claims(['check', anonymous, '--no-config', '--format', 'json'], { cwd: join(dir, 'newsroom') });
    expect(json(none.stdout).config).toBeNull();
    expect(rulesOf(json(none.stdout).files[0])).toContain('unbalanced-quotes');
  });

  it('stops with exit 2 and a message naming the key on an unknown key or a bad value', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ rules: { 'anonymous-share': { max: 50 } } }));
    const r = await claims(['check', clean, '--config', bad]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`claims: ${bad}: rules.anonymous-share.max: expected a share from 0 to 1 (0.3 for 30%), got 50\n`);
    await writeFile(bad, JSON.stringify({ rulez: {} }));
    expect((await claims(['check', clean, '--config', bad])).stderr).toBe(`claims: ${bad}: rulez: unknown key (the config file has: rules)\n`);
    const missing = await claims(['check', clean, '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot read the config file: no such file');
  });
});
