// Batches: --jobs N gives the output of --jobs 1, the compiled bin/claims starts its worker
// threads from dist/ and keeps stdout clean in a folder with a .env file (natural's package root
// would load it and print), and the progress bar shows only on a terminal without --quiet.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportArticle } from '../src/model/types.js';
import { VERSION } from '../src/version.js';
import { claims } from './support/cli.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'claims');
const SEEDS = join(ROOT, 'seeds');
const TWO = [join(SEEDS, '002_0dc2c932c807ac2e.txt'), join(SEEDS, '004_6f66272cb167799e.txt')];

let dir: string;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'claims-batch-'));
  // what natural's package root would read and announce on stdout
  await writeFile(join(dir, '.env'), 'CLAIMS_BATCH_TEST=loaded\nDOTENV_CONFIG_DEBUG=true\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** the compiled CLI, run in the temp folder with the .env file */
const bin = (args: string[]) => run(process.execPath, [BIN, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });

describe('claims extract --jobs', () => {
  let reference: Report;
  beforeAll(async () => {
    const r = await claims(['extract', SEEDS, '--format', 'json', '--jobs', '1']);
    expect(r.code).toBe(0);
    reference = JSON.parse(r.stdout) as Report;
  }, 120_000);

  it('--jobs 2 in the compiled bin gives the json report of --jobs 1, byte for byte', async () => {
    const { stdout, stderr } = await bin(['extract', SEEDS, '--format', 'json', '--jobs', '2']);
    expect(stderr).toBe('');
    expect(stdout).toBe(JSON.stringify(reference, null, 2) + '\n');
  }, 120_000);

  it('--jobs 2 ndjson writes the same articles, one line each, in input order', async () => {
    const { stdout } = await bin(['extract', SEEDS, '--format', 'ndjson', '--jobs', '2']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as ReportArticle)).toEqual(reference.articles);
  }, 120_000);

  it('worker threads from the TypeScript sources (vitest) agree with --jobs 1 too', async () => {
    const r = await claims(['extract', ...TWO, '--format', 'ndjson', '--jobs', '2']);
    expect(r.code).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as ReportArticle).id);
    expect(ids).toEqual(['002_0dc2c932c807ac2e', '004_6f66272cb167799e']);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ReportArticle))
      .toEqual(reference.articles.filter((a) => ids.includes(a.id)));
  }, 120_000);

  it('refuses a job count that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-2', 'two', '1.5']) {
      const r = await claims(['extract', SEEDS, '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });
});

describe('start-up and a clean stdout', () => {
  it('--version and --help print only themselves, even beside a .env file', async () => {
    expect((await bin(['--version'])).stdout).toBe(`${VERSION}\n`);
    const help = await bin(['--help']);
    expect(help.stdout).toMatch(/^Usage: claims /);
    expect(help.stdout).not.toMatch(/inject|dotenv|\.env|CLAIMS_BATCH_TEST/i);
    expect(help.stderr).toBe('');
  });

  it('--version and --help load no tagger, pipeline, report builder or renderer (README "Speed")', async () => {
    // a module hook that lists every module the CLI loads, on stderr
    await writeFile(join(dir, 'hooks.mjs'), "export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug(r.url); return r; }\n");
    await writeFile(join(dir, 'register.mjs'), "import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);\n");
    const loaded = async (args: string[]) => (await run(process.execPath, ['--import', join(dir, 'register.mjs'), BIN, ...args], { cwd: dir })).stderr;
    const version = await loaded(['--version']);
    expect(version).toContain('dist/cli/main.js');
    expect(version).not.toMatch(/dist\/cli\/extract\.js|commander\/lib\/help/);
    const help = await loaded(['--help']);
    expect(help).toContain('dist/cli/extract.js');
    expect(help).not.toMatch(/compromise|chalk|natural\/|dist\/pipeline\.js|dist\/report\/build\.js|dist\/format\/(?!check\/common)|dist\/eval\/evaluate\.js/);
  });

  it('extract writes nothing but ndjson to stdout beside a .env file', async () => {
    const { stdout } = await bin(['extract', TWO[0]!, '--format', 'ndjson']);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0]!) as ReportArticle).id).toBe('002_0dc2c932c807ac2e');
  }, 60_000);
});

describe('progress bar', () => {
  it('is drawn on stderr when stderr is a terminal, and erased at the end', async () => {
    const r = await claims(['extract', ...TWO, '--format', 'ndjson', '--jobs', '1'], { stderrIsTTY: true, stderrColumns: 60 });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\[[█░]+\] 0\/2 0%/);
    expect(r.stderr).toMatch(/\r\[█+\] 2\/2 100% [\d.]+ articles\/s/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  }, 60_000);

  it('is silent with --quiet, when stderr is not a terminal, and for a single input', async () => {
    const quiet = await claims(['extract', ...TWO, '--format', 'ndjson', '--jobs', '1', '--quiet'], { stderrIsTTY: true });
    const piped = await claims(['extract', ...TWO, '--format', 'ndjson', '--jobs', '1'], { stderrIsTTY: false });
    const single = await claims(['extract', TWO[0]!, '--format', 'ndjson'], { stderrIsTTY: true });
    expect([quiet.stderr, piped.stderr, single.stderr]).toEqual(['', '', '']);
    expect(quiet.stdout).toBe(piped.stdout);
  }, 60_000);
});
