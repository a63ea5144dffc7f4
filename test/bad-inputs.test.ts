// A batch of bad files, made by the test itself in a temp folder, through the CLI in-process:
// binary, UTF-16 LE/BE, windows-1252, broken UTF-8, empty, unreadable, a symlink loop, HTML,
// too large, plus a missing path and a folder with no articles. The exit code, every errors[]
// and warnings[] entry, the stderr lines, and the reports of the readable files are checked.
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportArticle } from '../src/model/types.js';
import { claims } from './support/cli.js';
import { reportErrors } from './support/schema.js';
import { claimsAsNobody } from './support/unprivileged.js';

const ARTICLE = 'Harbour Reopens\n\n\u201cWe are open again,\u201d Mayor Anna Berg said on Monday.\n';
const CAFE = 'Caf\u00e9 Owners Protest\n\n\u201cWe will not pay,\u201d caf\u00e9 owner L\u00e9a Martin said. It\u2019s final \u2013 for now.\n';
const PAGE = [
  '<!DOCTYPE html><html><head><title>Port Strike Ends</title><style>p{}</style></head><body>',
  '<p>Dockworkers returned on Monday.</p>',
  '<p>&ldquo;The strike is over,&rdquo; union leader Lars Vik told reporters.</p>',
  '</body></html>\n',
].join('\n');
const SEED = join('seeds', '002_0dc2c932c807ac2e.txt');

let dir: string;
let batch: string;
let noArticles: string;
let privileged = false;
let badByteAt = -1;
/** what each readable file decodes to: the text its offsets refer to */
const decoded = new Map<string, string>();
const f = (name: string) => join(batch, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-bad-'));
  batch = join(dir, 'batch');
  noArticles = join(dir, 'no-articles');
  await mkdir(batch);
  await mkdir(noArticles);
  await writeFile(join(noArticles, 'readme.md'), 'not an article');

  await copyFile(SEED, f('01-good.txt'));
  decoded.set(f('01-good.txt'), await readFile(SEED, 'utf8'));
  await writeFile(f('02-utf16le.txt'), Buffer.from('\uFEFF' + ARTICLE, 'utf16le'));
  decoded.set(f('02-utf16le.txt'), '\uFEFF' + ARTICLE);
  await writeFile(f('03-utf16be.txt'), Buffer.from('\uFEFF' + ARTICLE, 'utf16le').swap16());
  decoded.set(f('03-utf16be.txt'), '\uFEFF' + ARTICLE);
  await writeFile(f('04-cp1252.txt'), iconv.encode(CAFE, 'windows-1252'));
  decoded.set(f('04-cp1252.txt'), CAFE);
  await writeFile(f('05-empty.txt'), '');
  decoded.set(f('05-empty.txt'), '');
  await writeFile(f('06-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(f('07-nul.txt'), Buffer.from('Looks like text\u0000but is not\n'));
  await writeFile(f('08-unreadable.txt'), ARTICLE);
  await chmod(f('08-unreadable.txt'), 0o000);
  privileged = await readFile(f('08-unreadable.txt')).then(() => true, () => false);
  if (privileged) decoded.set(f('08-unreadable.txt'), ARTICLE);
  await symlink('09-loop.txt', f('09-loop.txt'));
  await writeFile(f('10-page.html'), PAGE);
  decoded.set(f('10-page.html'), PAGE);
  // UTF-8 with one windows-1252 byte (0x92, a curly apostrophe) pasted in
  const before = Buffer.from('Vote Delayed\n\n\u201cWe need more time,\u201d Lars Vik said. It');
  badByteAt = before.length;
  const broken = Buffer.concat([before, Buffer.from([0x92]), Buffer.from('s late.\n')]);
  await writeFile(f('11-broken-utf8.txt'), broken);
  decoded.set(f('11-broken-utf8.txt'), 'Vote Delayed\n\n\u201cWe need more time,\u201d Lars Vik said. It\uFFFDs late.\n');
  await writeFile(f('12-huge.txt'), 'word '.repeat(14000));
  // not inputs: other extensions in a folder are left alone
  await writeFile(f('photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(f('notes.md'), '# notes');
});

afterAll(async () => {
  await chmod(f('08-unreadable.txt'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const byFile = (r: Report) => new Map(r.articles.map((a) => [a.file, a]));

function expectTrueOffsets(a: ReportArticle): void {
  const text = decoded.get(a.file);
  expect(text, a.file).toBeTypeOf('string');
  for (const q of a.quotes) expect(text!.slice(q.start, q.end), a.file).toBe(q.text);
}

describe('a folder of bad files through claims extract', () => {
  const missing = () => join(dir, 'missing.txt');

  async function run(format: string) {
    return claims(['extract', batch, missing(), noArticles, '--format', format, '--max-bytes', '64K']);
  }

  it('exits 3, reports every bad input once, and still gives a complete report for every readable file', async () => {
    const r = await run('json');
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(reportErrors(report)).toBeNull();

    const loop = 'symbolic link loop (too many levels of symbolic links)';
    expect(report.errors).toEqual([
      { file: f('06-image.txt'), code: 'E_BINARY', message: 'binary data (a PNG image), not text' },
      { file: f('07-nul.txt'), code: 'E_BINARY', message: 'binary data (NUL byte at offset 15), not text' },
      ...(privileged ? [] : [{ file: f('08-unreadable.txt'), code: 'E_UNREADABLE', message: 'permission denied' }]),
      { file: f('09-loop.txt'), code: 'E_UNREADABLE', message: loop },
      { file: f('12-huge.txt'), code: 'E_TOO_LARGE', message: 'input is 68.4 KiB, larger than the 64 KiB limit' },
      { file: missing(), code: 'E_NOT_FOUND', message: 'no such file or directory' },
      { file: noArticles, code: 'E_NO_INPUT', message: 'directory has no .txt, .html or .htm files' },
    ]);
    expect(report.warnings).toEqual([
      { file: f('04-cp1252.txt'), code: 'W_LEGACY_ENCODING', message: expect.stringMatching(/^not UTF-8: decoded as windows-1252 /) },
      { file: f('05-empty.txt'), code: 'W_EMPTY', message: 'file is empty: reported as an article with no quotes' },
      {
        file: f('11-broken-utf8.txt'),
        code: 'W_INVALID_UTF8',
        message: `1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset ${badByteAt}, line 3, byte 0x92)`,
      },
    ]);
    // stderr: one line per error and per warning, in input order
    const inputOrder = [...[...Array(12).keys()].map((k) => String(k + 1).padStart(2, '0')), 'missing', 'no-articles'];
    const rank = (file: string) => inputOrder.findIndex((p) => file.includes(`/${p}`));
    const lines = [
      ...report.errors.map((e) => ({ file: e.file, line: `claims: ${e.file}: ${e.message} (${e.code})\n` })),
      ...report.warnings.map((w) => ({ file: w.file, line: `claims: ${w.file}: warning: ${w.message} (${w.code})\n` })),
    ].sort((a, b) => rank(a.file) - rank(b.file));
    expect(r.stderr).toBe(lines.map((l) => l.line).join(''));

    const readable = ['01-good.txt', '02-utf16le.txt', '03-utf16be.txt', '04-cp1252.txt', '05-empty.txt', ...(privileged ? ['08-unreadable.txt'] : []), '10-page.html', '11-broken-utf8.txt'];
    expect(report.articles.map((a) => a.file)).toEqual(readable.map(f));
    const articles = byFile(report);
    for (const a of report.articles) expectTrueOffsets(a);

    // each readable file's report is the one it would get alone
    const alone = JSON.parse((await claims(['extract', SEED, '--format', 'json'])).stdout) as Report;
    expect({ ...articles.get(f('01-good.txt'))!, file: SEED, id: alone.articles[0]!.id }).toEqual(alone.articles[0]);

    for (const name of ['02-utf16le.txt', '03-utf16be.txt']) {
      const a = articles.get(f(name))!;
      expect(a.title).toBe('Harbour Reopens');
      expect(a.quotes.map((q) => [q.text, q.type, q.speaker.name, q.cue])).toEqual([['We are open again,', 'direct', 'Anna Berg', 'said']]);
    }
    const cafe = articles.get(f('04-cp1252.txt'))!;
    expect(cafe.title).toBe('Caf\u00e9 Owners Protest');
    expect(cafe.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['We will not pay,', 'L\u00e9a Martin']]);
    expect(articles.get(f('05-empty.txt'))).toMatchObject({ title: null, quotes: [], entities: [], contested: [] });
    const page = articles.get(f('10-page.html'))!;
    expect(page.title).toBe('Port Strike Ends');
    // offsets are into the HTML as read, so the words keep their entity-free middle
    expect(page.quotes.map((q) => [q.text, q.speaker.name, q.cue])).toEqual([['The strike is over,', 'Lars Vik', 'told reporters']]);
    expect(articles.get(f('11-broken-utf8.txt'))!.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['We need more time,', 'Lars Vik']]);
  });

  it('gives the same articles as ndjson lines, with errors and warnings on stderr only', async () => {
    const json = JSON.parse((await run('json')).stdout) as Report;
    const r = await run('ndjson');
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ReportArticle);
    expect(lines).toEqual(json.articles);
    expect(r.stderr.trim().split('\n')).toHaveLength(json.errors.length + json.warnings.length);
  });

  it('exits 0 when every input can be read, even with warnings', async () => {
    const r = await claims(['extract', f('04-cp1252.txt'), f('05-empty.txt'), f('01-good.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).warnings.map((w) => w.code)).toEqual(['W_LEGACY_ENCODING', 'W_EMPTY']);
  });

  it('reports the unreadable file as E_UNREADABLE when run by a user without permission', async (ctx) => {
    if (!privileged) {
      // not root: the in-process run above already saw permission denied
      const r = await claims(['extract', f('08-unreadable.txt'), '--format', 'json']);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`claims: ${f('08-unreadable.txt')}: permission denied (E_UNREADABLE)\n`);
      return;
    }
    // root reads anything: run the CLI as `nobody` to see the permission bits
    await chmod(batch, 0o755);
    const r = await claimsAsNobody(['extract', f('08-unreadable.txt'), f('02-utf16le.txt'), '--format', 'json'], dir);
    if (!r) return ctx.skip('running as root and cannot start a process as an unprivileged user');
    expect(r.stderr).toBe(`claims: ${f('08-unreadable.txt')}: permission denied (E_UNREADABLE)\n`);
    expect(r.status).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles.map((a) => a.file)).toEqual([f('02-utf16le.txt')]);
  });
});
