// `claims extract --format html` and `claims report`: the page for a batch, where it is written,
// what it holds for failed inputs, and the exit codes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/model/types.js';
import { claims } from './support/cli.js';
import { articleEl, attr, parsePage, quoteText, text, within } from './support/html.js';

let dir: string;
let json: Report;
let page: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-report-'));
  json = JSON.parse((await claims(['extract', 'seeds/', '--format', 'json'])).stdout) as Report;
  const r = await claims(['extract', 'seeds/', '--format', 'html']);
  expect(r.code).toBe(0);
  page = r.stdout;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('claims extract --format html', () => {
  it('prints one valid page with every quote of every seed article marked on its words', () => {
    const p = parsePage(page);
    expect(p.errors).toEqual([]);
    expect(json.articles.length).toBe(5);
    json.articles.forEach((a, k) => {
      const scope = articleEl(p, k + 1);
      const marks = within(scope).filter((e) => attr(e, 'data-quote') !== undefined);
      expect(marks, a.file).toHaveLength(a.quotes.length);
      a.quotes.forEach((q, i) => expect(quoteText(scope, i), `${a.file} quote ${i}`).toBe(q.text));
    });
  });

  it('lists every contested claim of the report in its article’s side panel', () => {
    const p = parsePage(page);
    json.articles.forEach((a, k) => {
      const aside = within(articleEl(p, k + 1)).find((e) => e.tagName === 'aside')!;
      for (const c of a.contested) expect(text(aside)).toContain(c.claim);
    });
  });
});

describe('claims report', () => {
  it('writes the same page to the file given with -o and nothing to stdout', async () => {
    const out = join(dir, 'report.html');
    const r = await claims(['report', 'seeds/', '-o', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(out, 'utf8')).toBe(page);
  });

  it('prints the page without -o and with -o -', async () => {
    expect((await claims(['report', 'seeds/'])).stdout).toBe(page);
    expect((await claims(['report', 'seeds/', '-o', '-'])).stdout).toBe(page);
  });

  it('names a failed input on stderr and in the page, and exits 3', async () => {
    const out = join(dir, 'some.html');
    const r = await claims(['report', 'seeds/002_0dc2c932c807ac2e.txt', join(dir, 'missing.txt'), '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/missing\.txt: .*\(E_NOT_FOUND\)/);
    const p = parsePage(await readFile(out, 'utf8'));
    expect(p.all.filter((e) => e.tagName === 'article')).toHaveLength(1);
    expect(text(p.root)).toContain('E_NOT_FOUND');
  });

  it('still writes the page when nothing could be analysed, and exits 3', async () => {
    const binary = join(dir, 'binary.txt');
    await writeFile(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const out = join(dir, 'none.html');
    const r = await claims(['report', binary, '-o', out]);
    expect(r.code).toBe(3);
    expect(text(parsePage(await readFile(out, 'utf8')).root)).toContain('E_BINARY');
  });

  it('exits 2 with a message when the output file cannot be written', async () => {
    const r = await claims(['report', 'seeds/002_0dc2c932c807ac2e.txt', '-o', join(dir, 'no', 'such', 'dir', 'r.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claims: cannot write .*r\.html: /);
  });

  it('is listed in the help', async () => {
    expect((await claims(['--help'])).stdout).toMatch(/report \[options\] <paths\.\.\.>/);
    expect((await claims(['extract', '--help'])).stdout).toContain('"html"');
  });
});
