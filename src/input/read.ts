// Reads the command line's inputs (files, directories of *.txt, `-` for stdin) into decoded
// sources for the pipeline. Every input that cannot be used becomes a ReportError naming it,
// and the other inputs are still read: one bad file never stops a batch.
//
// Decoding: UTF-8 (validated with a fatal TextDecoder) or UTF-16 LE/BE when the file starts
// with that byte-order mark. Nothing is stripped from the decoded text: a BOM stays as U+FEFF
// at offset 0 and the normaliser blanks it, so offsets into `raw` stay those of the text as
// read. Other encodings (windows-1252, latin1) are rejected with E_ENCODING rather than
// guessed: a wrong guess would silently change the quoted words the report claims are verbatim.
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ErrorCode, ReportError } from '../model/types.js';
import type { Source } from '../pipeline.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** how much of the start of a file the binary sniffing looks at */
const SNIFF_BYTES = 8192;
/** above this share of control bytes in the sniffed window a file counts as binary */
const CONTROL_RATIO = 0.3;

export interface ReadOptions {
  /** inputs larger than this many bytes are refused with E_TOO_LARGE (default 5 MiB) */
  maxBytes?: number;
  /** reads all of standard input; defaults to process.stdin */
  stdin?: () => Promise<Buffer>;
}

export interface ReadResult {
  sources: Source[];
  errors: ReportError[];
}

/** the `id` of an input: its file name without the extension (`stdin` for `-`) */
export function sourceId(file: string): string {
  if (file === '-') return 'stdin';
  const name = basename(file);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export async function readInputs(paths: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const sources: Source[] = [];
  const errors: ReportError[] = [];
  for await (const item of streamInputs(await listInputs(paths), opts)) {
    if ('source' in item) sources.push(item.source);
    else errors.push(item.error);
  }
  return { sources, errors };
}

/** One input named by the command line: a file to read (or `-`), or why a path gave none. */
export type InputRef = { file: string } | { error: ReportError };
/** One input read: its decoded text, or why it could not be used. */
export type InputItem = { source: Source } | { error: ReportError };

/**
 * The inputs the paths stand for, in order, without reading them: files, the *.txt files of
 * directories (sorted by name), `-`. A path that gives none is an error in its place.
 */
export async function listInputs(paths: string[]): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for (const path of paths) {
    if (path === '-') {
      refs.push({ file: '-' });
      continue;
    }
    try {
      for (const file of await expand(path)) refs.push({ file });
    } catch (err) {
      refs.push({ error: toReportError(path, err) });
    }
  }
  return refs;
}

/**
 * Reads the inputs one at a time, as the consumer asks for them, so a batch of 100,000 files
 * never holds more than the files being analysed. Errors stay in their place in the order.
 */
export async function* streamInputs(refs: Iterable<InputRef>, opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const readStdin = opts.stdin ?? readProcessStdin;
  let stdinBytes: Buffer | undefined;

  const take = (file: string, bytes: Buffer): InputItem => {
    try {
      return { source: { file, id: sourceId(file), raw: decode(bytes, maxBytes) } };
    } catch (err) {
      return { error: toReportError(file, err) };
    }
  };

  for (const ref of refs) {
    if ('error' in ref) {
      yield ref;
      continue;
    }
    const { file } = ref;
    if (file === '-') {
      try {
        // stdin can be read once; a second `-` gets the same text again
        stdinBytes ??= await readStdin();
        yield take('-', stdinBytes);
      } catch (err) {
        yield { error: toReportError('-', err) };
      }
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readCapped(file, maxBytes);
    } catch (err) {
      yield { error: toReportError(file, err) };
      continue;
    }
    yield take(file, bytes);
  }
}

/** A path to the files it stands for: itself, or a directory's *.txt files sorted by name. */
async function expand(path: string): Promise<string[]> {
  const st = await stat(path).catch((err: unknown) => {
    throw fsError(err);
  });
  if (!st.isDirectory()) return [path];
  const names = await readdir(path).catch((err: unknown) => {
    throw fsError(err);
  });
  // like the shell's `*.txt`: hidden files are left out; sorted by code point, not locale,
  // so the order is the same on every machine
  const candidates = names.filter((n) => !n.startsWith('.') && n.toLowerCase().endsWith('.txt')).sort(byCodePoint);
  const files: string[] = [];
  for (const name of candidates) {
    const file = join(path, name);
    // a sub-directory called `x.txt` is not an input; a file we cannot stat is, and fails later
    const isDir = await stat(file).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) files.push(file);
  }
  if (files.length === 0) throw new InputError('E_NO_INPUT', 'directory has no .txt files');
  return files;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads a file, refusing it as soon as it proves larger than maxBytes (works for pipes too). */
async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw fsError(err);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputError('E_UNREADABLE', 'is a directory');
    if (st.isFile() && st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total) || 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(buf.subarray(0, bytesRead));
      if (total > maxBytes) throw tooLarge(total, maxBytes, true);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof InputError ? err : fsError(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number, atLeast = false): InputError {
  return new InputError(
    'E_TOO_LARGE',
    `input is ${atLeast ? 'more than ' : ''}${formatBytes(atLeast ? maxBytes : size)}, larger than the ${formatBytes(maxBytes)} limit`,
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function fsError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('E_NOT_FOUND', 'no such file or directory');
    case 'ENOTDIR':
      return new InputError('E_NOT_FOUND', 'no such file (a parent in the path is not a directory)');
    case 'EACCES':
    case 'EPERM':
      return new InputError('E_UNREADABLE', 'permission denied');
    case 'EISDIR':
      return new InputError('E_UNREADABLE', 'is a directory');
    case 'ENXIO':
    case 'ENODEV':
    case 'EOPNOTSUPP':
      return new InputError('E_UNREADABLE', 'not a regular file (socket or device)');
    case 'ELOOP':
      return new InputError('E_UNREADABLE', 'too many levels of symbolic links');
    default:
      // the system message repeats the path, which the error already names
      return new InputError('E_UNREADABLE', code ? `cannot read (${code})` : `cannot read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function toReportError(file: string, err: unknown): ReportError {
  const e = err instanceof InputError ? err : fsError(err);
  return { file, code: e.code, message: e.message };
}

// ---------------------------------------------------------------- decoding

/**
 * Bytes to text, or an InputError saying why not. Exported for tests: the checks run in the
 * order empty → too large → UTF-16 BOM → binary → UTF-8 → whitespace-only.
 */
export function decode(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'file is empty');
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);

  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      // ignoreBOM keeps U+FEFF at offset 0, as for UTF-8: the normaliser blanks it
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const odd = bytes.length % 2 === 1;
      throw new InputError(
        'E_ENCODING',
        `not valid ${utf16.toUpperCase()} (${odd ? 'odd number of bytes' : 'unpaired surrogate'}) although the file starts with a ${utf16.toUpperCase()} byte-order mark`,
      );
    }
    if (looksBinary(text.slice(0, SNIFF_BYTES / 2), (s, i) => s.charCodeAt(i))) {
      throw new InputError('E_BINARY', 'binary data (control characters), not text');
    }
  } else {
    const head = bytes.subarray(0, SNIFF_BYTES);
    const nul = head.indexOf(0);
    if (nul >= 0) throw new InputError('E_BINARY', `binary data (NUL byte at offset ${nul}), not text`);
    if (looksBinary(head, (b, i) => b[i] ?? 0)) throw new InputError('E_BINARY', 'binary data (mostly control characters), not text');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      const where = at < 0 ? '' : ` at byte offset ${at} (line ${lineAt(bytes, at)}, byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')})`;
      throw new InputError('E_ENCODING', `not valid UTF-8${where}; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8`);
    }
  }
  if (/^[\s\uFEFF]*$/.test(text)) throw new InputError('E_EMPTY', 'file has only whitespace');
  return text;
}

function isControl(c: number): boolean {
  // C0 controls except tab, LF, VT, FF, CR, and ESC (terminal colour codes in captured text); DEL
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

function looksBinary<T extends { length: number }>(head: T, at: (h: T, i: number) => number): boolean {
  if (head.length === 0) return false;
  let n = 0;
  for (let i = 0; i < head.length; i++) {
    const c = at(head, i);
    if (c === 0) return true;
    if (isControl(c)) n++;
  }
  return n / head.length > CONTROL_RATIO;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first ill-formed UTF-8 sequence (WHATWG/Unicode rules), -1 if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
