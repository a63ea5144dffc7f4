// Pathological inputs at full size through the pipeline: time, throughput and quotes per shape
// (the shapes of test/support/pathological.ts, where the tests check linear growth at small
// sizes). Prints figures, no pass/fail. Run with `npm run bench:stress -- [sizeKB] [shape...]`,
// e.g. `npm run bench:stress -- 2048 "one long line"`. Default: 2048 KB, every shape.
import { analyze } from '../src/pipeline.js';
import { SHAPES } from '../test/support/pathological.js';

const [sizeArg, ...names] = process.argv.slice(2);
const size = Math.round((Number(sizeArg) || 2048) * 1024);
const shapes = names.length ? names : Object.keys(SHAPES);
const unknown = shapes.filter((s) => !SHAPES[s]);
if (unknown.length) {
  console.error(`bench:stress: unknown shape ${unknown.join(', ')}; shapes: ${Object.keys(SHAPES).join(', ')}`);
  process.exit(2);
}
analyze({ file: 'warm', id: 'warm', raw: SHAPES['one long line']!(2000) });
console.log(`${'shape'.padEnd(24)} ${'chars'.padStart(9)} ${'seconds'.padStart(8)} ${'KB/s'.padStart(7)} ${'quotes'.padStart(7)}  peak heap`);
for (const name of shapes) {
  const raw = SHAPES[name]!(size);
  const t = performance.now();
  const a = analyze({ file: name, id: name, raw });
  const secs = (performance.now() - t) / 1000;
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`${name.padEnd(24)} ${String(raw.length).padStart(9)} ${secs.toFixed(1).padStart(8)} ${(raw.length / 1024 / secs).toFixed(0).padStart(7)} ${String(a.quotes.length).padStart(7)}  ${heap.toFixed(0)} MiB`);
}
