import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, readInputs, sourceId } from './read.js';

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
    const { sources, errors } = await readInputs([p]);
    expect(errors).toEqual([]);
    expect(sources).toEqual([{ file: p, id: 'plain', raw: 'Headline\r\n\r\nHe said "hi".\r\n' }]);
  });

  it('expands a directory to its *.txt files sorted by name, skipping others, hidden files and sub-directories', async () => {
    const d = join(dir, 'batch');
    await mkdir(d);
    await writeFile(join(d, 'b.txt'), 'bee');
    await writeFile(join(d, 'a.txt'), 'ay');
    await writeFile(join(d, 'C.TXT'), 'sea');
    await writeFile(join(d, 'notes.md'), 'not me');
    await writeFile(join(d, '.hidden.txt'), 'not me');
    await mkdir(join(d, 'sub.txt'));
    await writeFile(join(d, 'sub.txt', 'deep.txt'), 'not me');
    const { sources, errors } = await readInputs([d + '/']);
    expect(errors).toEqual([]);
    expect(sources.map((s) => s.file)).toEqual([join(d, 'C.TXT'), join(d, 'a.txt'), join(d, 'b.txt')]);
    expect(sources.map((s) => s.raw)).toEqual(['sea', 'ay', 'bee']);
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
    expect(errors).toEqual([{ file: d, code: 'E_NO_INPUT', message: expect.stringMatching(/no \.txt files/) }]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as E_UNREADABLE', async () => {
    const p = await put('secret.txt', 'hidden');
    await chmod(p, 0o000);
    const { errors } = await readInputs([p]);
    expect(errors).toEqual([{ file: p, code: 'E_UNREADABLE', message: 'permission denied' }]);
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
    const { sources, errors } = await readInputs([d]);
    expect(sources.map((s) => s.id)).toEqual(['1']);
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      [join(d, '2.txt'), 'E_BINARY'],
      [join(d, '3.txt'), 'E_EMPTY'],
    ]);
  });
});

describe('readInputs: stdin', () => {
  it('reads `-` as file "-" with id "stdin"', async () => {
    const { sources, errors } = await viaStdin('from a pipe');
    expect(errors).toEqual([]);
    expect(sources).toEqual([{ file: '-', id: 'stdin', raw: 'from a pipe' }]);
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

describe('readInputs: decoding', () => {
  it('keeps a UTF-8 BOM as U+FEFF for the normaliser', async () => {
    const { sources } = await viaStdin(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('“Quoted,” she said.')]));
    expect(sources[0]?.raw).toBe('\uFEFF“Quoted,” she said.');
  });

  it('decodes UTF-16 LE and BE with a BOM, keeping the BOM as U+FEFF', async () => {
    const text = '\uFEFF“Nein,” sagte Peskow — 😀';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(le[0]).toBe(0xff);
    expect(be[0]).toBe(0xfe);
    expect((await viaStdin(le)).sources[0]?.raw).toBe(text);
    expect((await viaStdin(be)).sources[0]?.raw).toBe(text);
  });

  it('rejects a truncated UTF-16 file', async () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFabc', 'utf16le'), Buffer.from([0x41])]);
    const { errors } = await viaStdin(bytes);
    expect(errors[0]).toMatchObject({ code: 'E_ENCODING', message: expect.stringMatching(/UTF-16LE.*odd number/) });
  });

  it('rejects invalid UTF-8 naming the byte offset and line', async () => {
    // "café" in windows-1252 on the second line: 0xE9 is at byte offset 9
    const bytes = Buffer.from([...Buffer.from('Title\nCaf'), 0xe9, ...Buffer.from(' au lait\n')]);
    const { sources, errors } = await viaStdin(bytes);
    expect(sources).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('E_ENCODING');
    expect(errors[0]?.message).toContain('byte offset 9');
    expect(errors[0]?.message).toContain('line 2');
    expect(errors[0]?.message).toContain('0xE9');
  });

  it('treats NUL bytes as binary even in otherwise plain text', async () => {
    const { errors } = await viaStdin(Buffer.from('hello\u0000world'));
    expect(errors[0]).toMatchObject({ code: 'E_BINARY', message: expect.stringContaining('offset 5') });
  });

  it('treats mostly control characters as binary, but not a few of them', async () => {
    const junk = Buffer.alloc(200, 0x01);
    expect((await viaStdin(junk)).errors[0]?.code).toBe('E_BINARY');
    const mostlyText = Buffer.from('A form feed\f and a bell \u0007 in a real article, with tabs\tand ESC[1m too\u001b[0m.');
    expect((await viaStdin(mostlyText)).errors).toEqual([]);
  });

  it('rejects empty and whitespace-only input as E_EMPTY', async () => {
    expect((await viaStdin('')).errors[0]?.code).toBe('E_EMPTY');
    expect((await viaStdin(' \r\n\t\n')).errors[0]?.code).toBe('E_EMPTY');
    expect((await viaStdin(Buffer.from([0xef, 0xbb, 0xbf, 0x0a]))).errors[0]?.code).toBe('E_EMPTY');
    expect((await viaStdin(Buffer.from('\uFEFF \n', 'utf16le'))).errors[0]?.code).toBe('E_EMPTY');
  });
});

describe('firstInvalidUtf8', () => {
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
});
