// The CLI run in-process through run(argv, io): formats, exit codes, errors on stderr, colour.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report, ReportArticle } from '../src/model/types.js';
import type * as Pipeline from '../src/pipeline.js';
import { claims } from './support/cli.js';

const SEED = join('seeds', '002_0dc2c932c807ac2e.txt');
const ANSI = /\u001b\[/;


let dir: string;
let binary: string;
let empty: string;
let badUtf8: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-cli-'));
  binary = join(dir, 'image.txt');
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  empty = join(dir, 'empty.txt');
  await writeFile(empty, '\n  \n');
  badUtf8 = join(dir, 'latin1.txt');
  await writeFile(badUtf8, Buffer.from('Le pr\xe9sident a d\xe9clar\xe9.\n', 'latin1'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('claims extract --format json', () => {
  it('prints one report with an article per seed and exits 0', async () => {
    const r = await claims(['extract', 'seeds/', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('claims');
    expect(report.articles).toHaveLength(5);
    expect(report.articles.map((a) => a.id)).toEqual([
      '000_65ee97d515d98c9a',
      '001_c2c620873a319e23',
      '002_0dc2c932c807ac2e',
      '003_d1c652ec6c8e0ea2',
      '004_6f66272cb167799e',
    ]);
    expect(report.articles[0]?.file).toBe(join('seeds', '000_65ee97d515d98c9a.txt'));
    expect(report.errors).toEqual([]);
  });

  it('is the default when stdout is not a terminal', async () => {
    const r = await claims(['extract', SEED]);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('keeps going after a missing file: exit 3, good article printed, error named on stderr and in the report', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await claims(['extract', missing, SEED, '--format', 'json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles.map((a) => a.file)).toEqual([SEED]);
    expect(report.errors).toEqual([{ file: missing, code: 'E_NOT_FOUND', message: expect.any(String) }]);
    expect(report.warnings).toEqual([]);
    expect(r.stderr).toBe(`claims: ${missing}: ${report.errors[0]?.message} (E_NOT_FOUND)\n`);
  });

  it('exits 3 when no input could be analysed, still printing the report with its errors', async () => {
    const r = await claims(['extract', join(dir, 'nope.txt'), '--format', 'json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles).toEqual([]);
    expect(report.errors.map((e) => e.code)).toEqual(['E_NOT_FOUND']);
  });
});

describe('bad inputs get their own error code', () => {
  it.each([
    ['binary', () => binary, 'E_BINARY'],
    ['directory without .txt', () => join('src', 'cli'), 'E_NO_INPUT'],
  ])('%s file', async (_name, file, code) => {
    const path = file();
    const r = await claims(['extract', path, SEED, '--format', 'json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles).toHaveLength(1);
    expect(report.errors).toEqual([{ file: path, code, message: expect.any(String) }]);
    expect(r.stderr).toMatch(new RegExp(`^claims: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .+ \\(${code}\\)\\n$`));
  });

  it.each([
    ['empty', () => empty, 'W_EMPTY'],
    ['latin-1', () => badUtf8, 'W_LEGACY_ENCODING'],
  ])('%s file: analysed, with a warning, exit 0', async (_name, file, code) => {
    const path = file();
    const r = await claims(['extract', path, SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles.map((a) => a.file)).toEqual([path, SEED]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([{ file: path, code, message: expect.any(String) }]);
    expect(r.stderr).toBe(`claims: ${path}: warning: ${report.warnings[0]?.message} (${code})\n`);
  });

  it('applies --max-bytes', async () => {
    const r = await claims(['extract', SEED, '--max-bytes', '1K', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('E_TOO_LARGE');
    expect((await claims(['extract', SEED, '--max-bytes', 'lots'])).code).toBe(2);
  });
});

describe('claims extract --format ndjson', () => {
  it('prints one parseable article per line and nothing else', async () => {
    const r = await claims(['extract', 'seeds', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(5);
    const articles = lines.map((l) => JSON.parse(l) as ReportArticle);
    expect(articles.every((a) => typeof a.id === 'string' && Array.isArray(a.quotes))).toBe(true);
  });

  it('keeps errors off stdout', async () => {
    const r = await claims(['extract', binary, SEED, '--format', 'ndjson']);
    expect(r.code).toBe(3);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).file).toBe(SEED);
    expect(r.stderr).toContain('(E_BINARY)');
  });
});

describe('usage errors exit 2', () => {
  it('rejects an unknown format', async () => {
    const r = await claims(['extract', SEED, '--format', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("argument 'bogus' is invalid");
  });

  it('rejects missing paths, unknown options and unknown commands', async () => {
    expect((await claims(['extract'])).code).toBe(2);
    expect((await claims(['extract', SEED, '--frobnicate'])).code).toBe(2);
    expect((await claims(['extrakt', SEED])).code).toBe(2);
    const bare = await claims([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: claims');
  });

  it('exits 0 for --help and --version, printing to stdout', async () => {
    const help = await claims(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format <format>');
    const version = await claims(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('text output and colour', () => {
  it('is the default on a terminal, coloured', async () => {
    const r = await claims(['extract', SEED], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).toContain(SEED);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^Summary: \d+ quotes?, \d+ speakers?, \d+ anonymous, \d+ contested$/m);
  });

  it('has no ANSI escapes with NO_COLOR set', async () => {
    const r = await claims(['extract', SEED], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('ignores an empty NO_COLOR', async () => {
    const r = await claims(['extract', SEED], { isTTY: true, env: { NO_COLOR: '' } });
    expect(r.stdout).toMatch(ANSI);
  });

  it('has no ANSI escapes with --no-color', async () => {
    const r = await claims(['extract', SEED, '--no-color'], { isTTY: true });
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('is plain when piped, unless --color forces it', async () => {
    expect((await claims(['extract', SEED, '--format', 'text'])).stdout).not.toMatch(ANSI);
    expect((await claims(['extract', SEED, '--format', 'text', '--color'])).stdout).toMatch(ANSI);
    expect((await claims(['extract', SEED, '--format', 'text', '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('never colours json', async () => {
    const r = await claims(['extract', SEED, '--format', 'json', '--color'], { isTTY: true });
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('prints every article, one block each', async () => {
    const r = await claims(['extract', 'seeds', '--format', 'text']);
    expect(r.stdout.match(/^== /gm)).toHaveLength(5);
    expect(r.stdout.match(/^Summary: /gm)).toHaveLength(5);
  });
});

describe('stdin', () => {
  it('reads `-` as the article "-" with id "stdin"', async () => {
    const text = 'Peskov denies report\n\nKremlin spokesman Dmitry Peskov said: “This is nonsense.”\n';
    const r = await claims(['extract', '-', '--format', 'ndjson'], { stdin: async () => Buffer.from(text) });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as ReportArticle;
    expect(a.file).toBe('-');
    expect(a.id).toBe('stdin');
  });

  it('reports an empty stdin as an article with no quotes and a warning', async () => {
    const r = await claims(['extract', '-', '--format', 'json'], { stdin: async () => Buffer.alloc(0) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('claims: -: warning: file is empty: reported as an article with no quotes (W_EMPTY)\n');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles).toMatchObject([{ file: '-', id: 'stdin', quotes: [], entities: [], contested: [] }]);
  });
});

describe('a crash in the pipeline', () => {
  it('becomes E_INTERNAL for that file only, and the other files are still analysed', async () => {
    vi.resetModules();
    vi.doMock('../src/pipeline.js', async (importOriginal) => {
      const real = await importOriginal<typeof Pipeline>();
      return {
        ...real,
        analyze: (src: Pipeline.Source) => {
          if (src.raw.includes('BOOM')) throw new TypeError('cannot read properties of undefined');
          return real.analyze(src);
        },
      };
    });
    try {
      const { run: runMocked } = await import('../src/cli/main.js');
      const boom = join(dir, 'boom.txt');
      await writeFile(boom, 'BOOM goes the parser.\n');
      let stdout = '';
      let stderr = '';
      // --jobs 1: the mock replaces the pipeline in this thread only, not in worker threads
      const code = await runMocked(['extract', boom, SEED, '--format', 'json', '--jobs', '1'], {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        isTTY: false,
        env: {},
      });
      expect(code).toBe(3);
      const report = JSON.parse(stdout) as Report;
      expect(report.articles.map((a) => a.file)).toEqual([SEED]);
      expect(report.errors).toEqual([
        { file: boom, code: 'E_INTERNAL', message: 'internal error while analysing: cannot read properties of undefined' },
      ]);
      expect(stderr).toBe(`claims: ${boom}: internal error while analysing: cannot read properties of undefined (E_INTERNAL)\n`);
    } finally {
      vi.doUnmock('../src/pipeline.js');
      vi.resetModules();
    }
  });
});
