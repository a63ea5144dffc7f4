#!/usr/bin/env node
// Speed and memory of the built pipeline: articles per second and peak heap, on the seeds
// (or on the folders given as arguments). Run `npm run build` first; prints figures, no
// pass/fail.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'pipeline.js');
if (!fs.existsSync(dist)) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { analyze } = await import(dist);
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, 'seeds')];
const files = dirs.flatMap((d) => fs.statSync(d).isDirectory()
  ? fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(d, f)) : [d]);
const sources = files.map((f) => ({ file: f, id: path.basename(f, '.txt'), raw: fs.readFileSync(f, 'utf8') }));
const chars = sources.reduce((n, s) => n + s.raw.length, 0);

// warm up the tagger's lexicon once, as a long-running batch would be
analyze(sources[0]);
const rounds = Math.max(1, Math.ceil(200 / sources.length));
let quotes = 0;
let peak = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const s of sources) {
    quotes += analyze(s).quotes.length;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
}
const secs = (performance.now() - t0) / 1000;
const n = rounds * sources.length;
console.log(`articles        ${n} (${sources.length} files x ${rounds} rounds, ${(chars / 1024).toFixed(1)} KB per round)`);
console.log(`time            ${secs.toFixed(2)} s`);
console.log(`articles/s      ${(n / secs).toFixed(1)}`);
console.log(`KB/s            ${((chars * rounds) / 1024 / secs).toFixed(0)}`);
console.log(`ms per article  ${((secs * 1000) / n).toFixed(1)}`);
console.log(`quotes/round    ${quotes / rounds}`);
console.log(`peak heap       ${(peak / 1024 / 1024).toFixed(0)} MiB`);
