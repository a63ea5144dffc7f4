import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsNobody } from '../../test/support/unprivileged.js';
import { decode, firstInvalidUtf8, guessLegacy, readInputs, scanUtf8, sourceId } from './read.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claims-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

/** reads bytes through the stdin path, so decoding can be tested without files */
function viaStdin(bytes: Uint8Array | string, maxBytes?: number) {
  return readInputs(['-'], { stdin: async () => Buffer.from(bytes), ...(maxBytes === undefined ? {} : { maxBytes }) });
}

describe('sourceId', () => {
  it('is the file name without its extension', () => {
    expect(sourceId('seeds/001_c2c620873a319e23.txt')).toBe('001_c2c620873a319e23');
    expect(sourceId('a/b.c.txt')).toBe('b.c');
    expect(sourceId('README')).toBe('README');
    expect(sourceId('-')).toBe('stdin');
  });
});

describe('readInputs: files and directories', () => {
  it('reads a file with the path as given and the raw text untouched', async () => {
    const p = await put('plain.txt', 'Headline\r\n\r\nHe said "hi".\r\n');
    const { sources, errors, warnings } = await readInputs([p]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(sources).toEqual([{ file: p, id: 'plain', raw: 'Headline\r\n\r\nHe said "hi".\r\n' }]);
  });

  it('expands a directory to its *.txt and *.html files sorted by name, skipping others, hidden files and sub-directories', async () => {
    const d = join(dir, 'batch');
    await mkdir(d);
    await writeFile(join(d, 'b.txt'), 'bee');
    await writeFile(join(d, 'a.txt'), 'ay');
    await writeFile(join(d, 'C.TXT'), 'sea');
    await writeFile(join(d, 'page.html'), '<p>html</p>');
    await writeFile(join(d, 'old.HTM'), '<p>htm</p>');
    await writeFile(join(d, 'notes.md'), 'not me');
    await writeFile(join(d, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await writeFile(join(d, '.hidden.txt'), 'not me');
    await mkdir(join(d, 'sub.txt'));
    await writeFile(join(d, 'sub.txt', 'deep.txt'), 'not me');
    const { sources, errors } = await readInputs([d + '/']);
    expect(errors).toEqual([]);
    expect(sources.map((s) => s.file)).toEqual([join(d, 'C.TXT'), join(d, 'a.txt'), join(d, 'b.txt'), join(d, 'old.HTM'), join(d, 'page.html')]);
    expect(sources.map((s) => s.raw)).toEqual(['sea', 'ay', 'bee', '<p>htm</p>', '<p>html</p>']);
  });

  it('reads the seeds folder', async () => {
    const { sources, errors } = await readInputs(['seeds']);
    expect(errors).toEqual([]);
    expect(sources).toHaveLength(5);
    expect(sources[0]?.file).toBe(join('seeds', '000_65ee97d515d98c9a.txt'));
    expect(sources[0]?.id).toBe('000_65ee97d515d98c9a');
  });

  it('reports a missing file and still reads the others, in order', async () => {
    const good = await put('good.txt', 'fine text');
    const missing = join(dir, 'nope.txt');
    const { sources, errors } = await readInputs([missing, good]);
    expect(sources.map((s) => s.file)).toEqual([good]);
    expect(errors).toEqual([{ file: missing, code: 'E_NOT_FOUND', message: expect.stringMatching(/no such file/) }]);
  });

  it('reports a directory with no .txt files as E_NO_INPUT', async () => {
    const d = join(dir, 'empty-dir');
    await mkdir(d);
    await writeFile(join(d, 'x.md'), 'x');
    const { sources, errors } = await readInputs([d]);
    expect(sources).toEqual([]);
    expect(errors).toEqual([{ file: d, code: 'E_NO_INPUT', message: 'directory has no .txt, .html or .htm files' }]);
  });

  it('reports a file without read permission as E_UNREADABLE (as root: read by an unprivileged child)', async (ctx) => {
    const p = await put('secret.txt', 'hidden');
    const good = await put('open.txt', 'open');
    await chmod(p, 0o000);
    const privileged = await readFile(p).then(() => true, () => false);
    const result = privileged ? await readAsNobody([p, good], dir) : await readInputs([p, good]);
    if (!result) return ctx.skip('running as root and cannot run a child as an unprivileged user');
    expect(result.errors).toEqual([{ file: p, code: 'E_UNREADABLE', message: 'permission denied' }]);
    expect(result.sources.map((s) => s.raw)).toEqual(['open']);
  });

  it('reports a directory without read permission as E_UNREADABLE', async (ctx) => {
    const d = join(dir, 'locked');
    await mkdir(d);
    await writeFile(join(d, 'a.txt'), 'a');
    await chmod(d, 0o000);
    try {
      const privileged = await readFile(join(d, 'a.txt')).then(() => true, () => false);
      const result = privileged ? await readAsNobody([d], dir) : await readInputs([d]);
      if (!result) return ctx.skip('running as root and cannot run a child as an unprivileged user');
      expect(result.errors).toEqual([{ file: d, code: 'E_UNREADABLE', message: 'permission denied' }]);
    } finally {
      await chmod(d, 0o755);
    }
  });

  it('reports a symbolic link loop and a broken link, naming the path, and reads the rest', async () => {
    const d = join(dir, 'links');
    await mkdir(d);
    await symlink('loop-b.txt', join(d, 'loop-a.txt'));
    await symlink('loop-a.txt', join(d, 'loop-b.txt'));
    await symlink('self.txt', join(d, 'self.txt'));
    await symlink('nowhere.txt', join(d, 'broken.txt'));
    await writeFile(join(d, 'real.txt'), 'real');
    const { sources, errors } = await readInputs([d, join(d, 'self.txt')]);
    expect(sources.map((s) => s.file)).toEqual([join(d, 'real.txt')]);
    const loop = 'symbolic link loop (too many levels of symbolic links)';
    expect(errors).toEqual([
      { file: join(d, 'broken.txt'), code: 'E_NOT_FOUND', message: 'broken symbolic link (its target does not exist)' },
      { file: join(d, 'loop-a.txt'), code: 'E_UNREADABLE', message: loop },
      { file: join(d, 'loop-b.txt'), code: 'E_UNREADABLE', message: loop },
      { file: join(d, 'self.txt'), code: 'E_UNREADABLE', message: loop },
      { file: join(d, 'self.txt'), code: 'E_UNREADABLE', message: loop },
    ]);
  });

  it('reports a path through a regular file as E_NOT_FOUND', async () => {
    const p = await put('flat.txt', 'x');
    const { errors } = await readInputs([join(p, 'child.txt')]);
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND']);
  });

  it('reports something that exists but cannot be read as a file (a socket) as E_UNREADABLE', async () => {
    const sock = join(dir, 'sock.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const { sources, errors } = await readInputs([sock]);
      expect(sources).toEqual([]);
      expect(errors).toEqual([{ file: sock, code: 'E_UNREADABLE', message: expect.any(String) }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses files above maxBytes before reading them', async () => {
    const p = await put('big.txt', 'x'.repeat(2000));
    const { sources, errors } = await readInputs([p], { maxBytes: 1024 });
    expect(sources).toEqual([]);
    expect(errors[0]).toMatchObject({ file: p, code: 'E_TOO_LARGE' });
    expect(errors[0]?.message).toBe('input is 2 KiB, larger than the 1 KiB limit');
    expect((await readInputs([p], { maxBytes: 2000 })).errors).toEqual([]);
  });

  it('names each bad file in a directory and keeps the good ones', async () => {
    const d = join(dir, 'mixed');
    await mkdir(d);
    await writeFile(join(d, '1.txt'), 'good one');
    await writeFile(join(d, '2.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await writeFile(join(d, '3.txt'), '   \n\t\n');
    const { sources, errors, warnings } = await readInputs([d]);
    expect(sources.map((s) => s.id)).toEqual(['1', '3']);
    expect(errors).toEqual([{ file: join(d, '2.txt'), code: 'E_BINARY', message: 'binary data (a ZIP archive (also .docx, .xlsx, .epub)), not text' }]);
    expect(warnings.map((w) => [w.file, w.code])).toEqual([[join(d, '3.txt'), 'W_EMPTY']]);
  });
});

describe('readInputs: stdin', () => {
  it('reads `-` as file "-" with id "stdin"', async () => {
    const { sources, errors } = await viaStdin('from a pipe');
    expect(errors).toEqual([]);
    expect(sources).toEqual([{ file: '-', id: 'stdin', raw: 'from a pipe' }]);
  });

  it('gives warnings the file they are about', async () => {
    const { sources, warnings } = await viaStdin('');
    expect(sources).toEqual([{ file: '-', id: 'stdin', raw: '' }]);
    expect(warnings).toEqual([{ file: '-', code: 'W_EMPTY', message: 'file is empty: reported as an article with no quotes' }]);
  });

  it('reads stdin once even when `-` is given twice', async () => {
    let calls = 0;
    const { sources } = await readInputs(['-', '-'], {
      stdin: async () => {
        calls++;
        return Buffer.from('once');
      },
    });
    expect(calls).toBe(1);
    expect(sources.map((s) => s.raw)).toEqual(['once', 'once']);
  });

  it('applies maxBytes to stdin', async () => {
    const { errors } = await viaStdin('x'.repeat(100), 50);
    expect(errors).toEqual([{ file: '-', code: 'E_TOO_LARGE', message: expect.any(String) }]);
  });

  it('turns a failing stdin into E_UNREADABLE', async () => {
    const { errors } = await readInputs(['-'], {
      stdin: async () => {
        throw new Error('stream closed');
      },
    });
    expect(errors).toEqual([{ file: '-', code: 'E_UNREADABLE', message: expect.stringMatching(/stream closed/) }]);
  });
});

describe('decode', () => {
  const win1252 = (s: string) => iconv.encode(s, 'windows-1252');

  it('keeps a UTF-8 BOM as U+FEFF for the normaliser', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('“Quoted,” she said.')]));
    expect(d).toEqual({ text: '\uFEFF“Quoted,” she said.', encoding: 'utf-8', warnings: [] });
  });

  it('decodes UTF-16 LE and BE with a BOM, keeping the BOM as U+FEFF', () => {
    const text = '\uFEFF“Nein,” sagte Peskow — 😀';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(le[0]).toBe(0xff);
    expect(be[0]).toBe(0xfe);
    expect(decode(le)).toEqual({ text, encoding: 'utf-16le', warnings: [] });
    expect(decode(be)).toEqual({ text, encoding: 'utf-16be', warnings: [] });
  });

  it('decodes UTF-32 with a BOM', () => {
    const text = '\uFEFF“Ja,” sagte sie. 😀';
    const le = iconv.encode(text, 'utf-32le', { addBOM: false });
    expect(decode(le)).toMatchObject({ text, encoding: 'utf-32le', warnings: [] });
    expect(decode(iconv.encode(text, 'utf-32be', { addBOM: false }))).toMatchObject({ text, encoding: 'utf-32be' });
  });

  it('replaces a truncated UTF-16 end and an unpaired surrogate, with a warning', () => {
    const odd = decode(Buffer.concat([Buffer.from('\uFEFFabc', 'utf16le'), Buffer.from([0x41])]));
    expect(odd.text).toBe('\uFEFFabc\uFFFD');
    expect(odd.warnings).toEqual([{ code: 'W_INVALID_UTF16', message: 'not valid UTF-16LE: an odd final byte replaced with U+FFFD' }]);
    const lone = decode(Buffer.from([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0x00, 0x62]));
    expect(lone.text).toBe('\uFEFFa\uFFFDb');
    expect(lone.warnings[0]?.message).toBe('not valid UTF-16BE: 1 unpaired surrogate replaced with U+FFFD');
  });

  it('decodes windows-1252 (curly quotes, accents) as a legacy encoding with a warning', () => {
    const text = '“We will not resign,” the café owner said. It’s “final” – for now.\n';
    const d = decode(win1252(text));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings).toEqual([{ code: 'W_LEGACY_ENCODING', message: expect.stringMatching(/^not UTF-8: decoded as windows-1252 \(detected as .*\); offsets refer to the decoded text$/) }]);
  });

  it('reads short latin-1 text as windows-1252, not as another Latin alphabet chardet may prefer', () => {
    // chardet ranks ISO-8859-2 first for this one; the western reading wins unless clearly worse
    const d = decode(Buffer.from('Le pr\xe9sident a d\xe9clar\xe9.\n', 'latin1'));
    expect(d.text).toBe('Le président a déclaré.\n');
    expect(d.encoding).toBe('windows-1252');
  });

  it('decodes Cyrillic windows-1251 when chardet is sure enough', () => {
    const text = 'Президент заявил: «Мы победим», сказал он вчера в Москве. Министр ответил, что это не так.\n';
    const d = decode(iconv.encode(text, 'windows-1251'));
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toBe(text);
  });

  it('guesses windows-1252 when there is nothing to go on', () => {
    expect(guessLegacy(Uint8Array.from([0x41, 0xff, 0x42]))).toMatchObject({ encoding: 'windows-1252' });
  });

  it('replaces a few invalid bytes in otherwise UTF-8 text, naming the first', () => {
    // UTF-8 with one stray windows-1252 é (0xE9) on line 2
    const bytes = Buffer.from([...Buffer.from('Title — “ok”\nCaf'), 0xe9, ...Buffer.from(' au lait\n')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Title — “ok”\nCaf\uFFFD au lait\n');
    expect(d.warnings).toEqual([
      { code: 'W_INVALID_UTF8', message: '1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset 22, line 2, byte 0xE9)' },
    ]);
  });

  it('treats a UTF-8 BOM as a promise: bad bytes after it are replaced, not re-guessed', () => {
    const d = decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]));
    expect(d.text).toBe('\uFEFFA\uFFFDB');
    expect(d.warnings.map((w) => w.code)).toEqual(['W_INVALID_UTF8']);
  });

  it('refuses binary data: a NUL byte, mostly control characters, known signatures', () => {
    expect(() => decode(Buffer.from('hello\u0000world'))).toThrow('binary data (NUL byte at offset 5), not text');
    expect(() => decode(Buffer.alloc(200, 0x01))).toThrow('binary data (mostly control characters), not text');
    expect(() => decode(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))).toThrow('a JPEG image');
    expect(() => decode(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'))).toThrow('a PDF document');
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00]))).toThrow('binary data (control characters)');
    const mostlyText = Buffer.from('A form feed\f and a bell \u0007 in a real article, with tabs\tand ESC[1m too\u001b[0m.');
    expect(decode(mostlyText).warnings).toEqual([]);
  });

  it('reads empty and whitespace-only input as text, with W_EMPTY', () => {
    expect(decode(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [{ code: 'W_EMPTY', message: 'file is empty: reported as an article with no quotes' }] });
    for (const bytes of [Buffer.from(' \r\n\t\n'), Buffer.from([0xef, 0xbb, 0xbf, 0x0a]), Buffer.from('\uFEFF \n', 'utf16le')]) {
      expect(decode(bytes).warnings).toEqual([{ code: 'W_EMPTY', message: 'file has only whitespace: reported as an article with no quotes' }]);
    }
  });

  it('refuses input above maxBytes', () => {
    expect(() => decode(Buffer.alloc(2048, 0x41), 1024)).toThrow('input is 2 KiB, larger than the 1 KiB limit');
  });
});

describe('scanUtf8 / firstInvalidUtf8', () => {
  const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
  it('finds the first ill-formed sequence, agreeing with TextDecoder', () => {
    expect(at(0x61, 0x62)).toBe(-1);
    expect(at(...Buffer.from('é😀中'))).toBe(-1);
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong
    expect(at(0x61, 0xe0, 0x80, 0x80)).toBe(1); // overlong 3-byte
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // > U+10FFFF
    expect(at(0x61, 0x62, 0xe2, 0x82)).toBe(2); // truncated at the end
    expect(at(0x80)).toBe(0); // stray continuation byte
    expect(at(0xc3, 0x41)).toBe(0); // lead without continuation
  });

  it('counts ill-formed sequences as TextDecoder replaces them, and well-formed multi-byte ones', () => {
    const cases = [
      [0x61, 0xc0, 0x80],
      [0xe2, 0x82, 0x41, 0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0xf0, 0x9f, 0x98, 0x80, 0x80],
      [0xed, 0xa0, 0x80, 0xc3, 0xa9],
      [...Buffer.from('ok é'), 0xff, 0xfe],
    ];
    for (const c of cases) {
      const bytes = Uint8Array.from(c);
      const replaced = [...new TextDecoder().decode(bytes)].filter((ch) => ch === '\uFFFD').length;
      expect(scanUtf8(bytes).invalid, c.join(',')).toBe(replaced);
    }
    expect(scanUtf8(Buffer.from('é😀中 a'))).toEqual({ invalid: 0, multibyte: 3, first: -1 });
  });
});
