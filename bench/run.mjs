#!/usr/bin/env node
// `npm run bench`: speed and memory of the built CLI on a generated corpus (bench/corpus.mjs).
// Prints, for each corpus size, articles/s and MB/s of a regex word tokenizer (the floor: reading
// and splitting the text, nothing more) and of `claims extract --format ndjson` at --jobs 1 and
// --jobs N, the ratio to the floor, and the peak RSS of each run; then the start-up time of
// `claims --version`, `claims --help` and `claims extract` on one article. Figures only, no
// pass/fail: the targets are in README "Speed". Articles per CPU-second (user + system time of all
// threads) is printed too: on a busy machine it moves less than wall-clock time.
//
//   node bench/run.mjs [--sizes 1000,10000,100000] [--jobs N] [--repeat R] [--no-jobs1]
//
// Default: 1,000 articles, --jobs N = the number of cores, timed runs repeated once (R=1) for
// claims and five times for the floor. 10k and 100k take minutes to hours at --jobs 1 on a small
// machine, so they are opt-in (--sizes). Timings are medians; on a shared machine they are noisy.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakdown } from './breakdown.mjs';
import { buildCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claims');
const hook = path.join(root, 'bench', 'rss-hook.mjs');
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: node bench/run.mjs [--sizes 1000,10000,100000] [--jobs N] [--repeat R] [--no-jobs1]\n(see the header of bench/run.mjs and README "Speed")');
  process.exit(0);
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const cores = os.availableParallelism?.() ?? os.cpus().length;
const sizes = String(arg('--sizes', '1000')).split(',').map(Number);
const jobsN = Number(arg('--jobs', String(cores)));
const repeat = Number(arg('--repeat', '1'));
const withJobs1 = !process.argv.includes('--no-jobs1');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function corpusFiles(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** The floor: read every file and split it into words with one regex. */
function floor(files) {
  const t0 = performance.now();
  let words = 0;
  let bytes = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    words += (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
  }
  return { secs: (performance.now() - t0) / 1000, words, bytes };
}

/** Runs the CLI with the RSS hook; resolves with wall time, CPU time, peak RSS and ndjson line count. */
function runClaims(args) {
  const rssFile = path.join(os.tmpdir(), `claims-bench-rss-${process.pid}-${Date.now()}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', hook, bin, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (b) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = (performance.now() - t0) / 1000;
      const usage = fs.existsSync(rssFile) ? JSON.parse(fs.readFileSync(rssFile, 'utf8')) : { maxRSS: NaN, cpu: NaN };
      fs.rmSync(rssFile, { force: true });
      if (code !== 0) reject(new Error(`claims ${args.join(' ')} exited ${code}\n${stderr.slice(0, 2000)}`));
      else resolve({ secs, rssMb: usage.maxRSS / 1024, cpuSecs: usage.cpu / 1e6, lines });
    });
  });
}

function timeCommand(args, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`claims ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

console.log(`claims benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x ${cores}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`sizes ${sizes.join(', ')} (more with --sizes 1000,10000,100000); --jobs N = ${jobsN}; medians of ${repeat} run(s) per figure\n`);

const seedDir = path.join(root, 'seeds');
const seedFile = corpusFiles(seedDir)[0];
console.log('start-up (median of 7 runs, compiled dist/ via bin/claims)');
console.log(`  claims --version             ${fmt(timeCommand(['--version'], 7), 0)} ms`);
console.log(`  claims --help                ${fmt(timeCommand(['--help'], 7), 0)} ms`);
console.log(`  claims extract (1 article)   ${fmt(timeCommand(['extract', seedFile, '--format', 'json', '--jobs', '1'], 3), 0)} ms\n`);

const rows = [];
for (const size of sizes) {
  const t0 = performance.now();
  const dir = buildCorpus(size);
  const files = corpusFiles(dir);
  const gen = (performance.now() - t0) / 1000;
  const fl = [];
  for (let i = 0; i < 5; i++) fl.push(floor(files));
  const fsecs = median(fl.map((f) => f.secs));
  const mb = fl[0].bytes / 1e6;
  console.log(`${size} articles, ${fmt(mb, 1)} MB (${dir}, ready in ${fmt(gen, 1)} s)`);
  const row = (label, secs, rss, cpu, extra = '') => {
    const aps = size / secs;
    const cols = [
      label.padEnd(24),
      `${fmt(aps, 1).padStart(9)} articles/s`,
      `${fmt(mb / secs, 2).padStart(7)} MB/s`,
      (secs === fsecs ? '' : `${fmt(secs / fsecs, 0)}x floor`).padStart(11),
      cpu ? `${fmt(size / cpu, 1).padStart(7)} articles/CPU-s` : ''.padStart(22),
      rss ? `${fmt(rss, 0).padStart(5)} MB peak RSS` : '',
    ];
    console.log(`  ${cols.join(' ')}${extra}`);
    rows.push({ size, label, aps, rss });
    return aps;
  };
  row('regex floor', fsecs, 0, fsecs);
  let one = NaN;
  const runs = withJobs1 ? [1, jobsN] : [jobsN];
  for (const jobs of runs) {
    const res = [];
    for (let i = 0; i < repeat; i++) res.push(await runClaims(['extract', dir, '--format', 'ndjson', '--quiet', '--jobs', String(jobs)]));
    if (res[0].lines !== size) throw new Error(`expected ${size} ndjson lines, got ${res[0].lines}`);
    const secs = median(res.map((r) => r.secs));
    const cpu = median(res.map((r) => r.cpuSecs));
    const aps = row(`claims extract --jobs ${jobs}`, secs, Math.max(...res.map((r) => r.rssMb)), cpu, jobs !== 1 && one ? `  ${fmt((size / secs) / one, 2)}x --jobs 1` : '');
    if (jobs === 1) one = aps;
  }
  console.log('');
}

// where one core's time goes (bench/breakdown.mjs), on the first 200 articles of the first size
{
  const b = await breakdown(corpusFiles(buildCorpus(sizes[0])));
  console.log(`one core, in process, ${b.n} articles (bench/breakdown.mjs)`);
  console.log(`  whole pipeline               ${fmt(b.allMs, 1)} ms/article (${fmt(1000 / b.allMs, 1)} articles/s)`);
  console.log(`  compromise (text stage)      ${fmt(b.tagMs, 1)} ms/article (${fmt((100 * b.tagMs) / b.allMs, 0)}% of it)`);
  console.log(`  sentences with a quotation mark or reporting verb: ${fmt(100 * b.windowShare, 0)}%`);
  console.log(`  ceiling if only those were tagged and nothing else cost anything: ${fmt(1000 / (b.tagMs * b.windowShare), 0)} articles/s\n`);
}
