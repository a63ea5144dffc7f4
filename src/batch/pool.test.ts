import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../input/read.js';
import { analyzeStream, type Outcome, workerEntry } from './pool.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seedItems = (): InputItem[] =>
  readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ source: { file: join(SEEDS, f), id: f.replace(/\.txt$/, ''), raw: readFileSync(join(SEEDS, f), 'utf8') } }));

async function* stream(items: InputItem[], pulled?: { n: number }): AsyncGenerator<InputItem> {
  for (const item of items) {
    if (pulled) pulled.n++;
    yield item;
  }
}

async function collect(it: AsyncIterable<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of it) out.push(o);
  return out;
}

describe('analyzeStream', () => {
  it('gives the same outcomes in the same order on worker threads as in this thread, errors in their place', async () => {
    const readError: InputItem = { error: { file: 'missing.txt', code: 'E_NOT_FOUND', message: 'no such file or directory' } };
    // the longest seed first and a read error in the middle: later, shorter articles finish first
    const items = seedItems().sort((a, b) => ('source' in b ? b.source.raw.length : 0) - ('source' in a ? a.source.raw.length : 0));
    items.splice(2, 0, readError);
    const one = await collect(analyzeStream(stream(items), { jobs: 1 }));
    const two = await collect(analyzeStream(stream(items), { jobs: 2, window: 3 }));
    expect(one).toHaveLength(items.length);
    expect(one[2]).toEqual(readError);
    expect(one.filter((o) => 'article' in o).every((o) => 'article' in o && o.article.quotes.length > 0)).toBe(true);
    expect(two).toEqual(one);
  }, 120_000);

  it('never reads further ahead than its window, however many inputs there are', async () => {
    const items = [...seedItems(), ...seedItems()];
    const pulled = { n: 0 };
    let yielded = 0;
    let ahead = 0;
    for await (const o of analyzeStream(stream(items, pulled), { jobs: 2, window: 3 })) {
      expect('article' in o).toBe(true);
      yielded++;
      ahead = Math.max(ahead, pulled.n - yielded);
    }
    expect(yielded).toBe(items.length);
    // at most `window` articles are read and not yet emitted (the one just emitted included)
    expect(ahead).toBeLessThanOrEqual(3);
  }, 120_000);

  it('starts the compiled worker from dist/ and the TypeScript one through tsx', () => {
    const compiled = workerEntry('file:///app/dist/batch/pool.js');
    expect(compiled).toEqual({ script: '/app/dist/batch/pool.js'.replace('pool.js', 'worker.js'), eval: false });
    const source = workerEntry(new URL('./pool.ts', import.meta.url).href);
    expect(source.eval).toBe(true);
    expect(source.script).toContain(new URL('./worker.ts', import.meta.url).href);
    expect(source.script).toMatch(/tsx\/dist\/esm\/api\/index\.mjs/);
  });
});
