// Reads the command line's inputs (files, directories of *.txt/*.html, `-` for stdin) into
// decoded sources for the pipeline. Every input that cannot be used becomes a ReportError
// naming it, and the other inputs are still read: one bad file never stops a batch. An input
// that can be used but not cleanly (bytes that had to be replaced, an encoding that had to be
// guessed, no text at all) is analysed and gets a ReportWarning.
//
// Decoding, in this order:
//   - a byte-order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE
//   - binary data (a known image/archive signature, a NUL byte or mostly control characters in
//     the first 8 KB) is refused with E_BINARY
//   - valid UTF-8 is UTF-8
//   - text that is UTF-8 apart from a few bad sequences (more well-formed multi-byte sequences
//     than ill-formed ones) is decoded with U+FFFD for each bad one: W_INVALID_UTF8
//   - anything else is a legacy 8-bit encoding: chardet guesses which, windows-1252 unless
//     another encoding is clearly more likely, and iconv-lite decodes it: W_LEGACY_ENCODING
// Nothing is stripped from the decoded text: a BOM stays as U+FEFF at offset 0 and the
// normaliser blanks it, so offsets into `raw` are JS string indices into the text as decoded.
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type IconvLite from 'iconv-lite';
import type { ErrorCode, ReportError, ReportWarning, WarningCode } from '../model/types.js';
import type { Source } from '../pipeline.js';

// chardet and iconv-lite are needed only for the rare file that is not UTF-8/16/32: loaded on
// first use, so start-up and ordinary files do not pay for them
const requireLazy = createRequire(import.meta.url);
let iconvLib: typeof IconvLite | undefined;
let chardetLib: typeof Chardet | undefined;
const iconv = (): typeof IconvLite => (iconvLib ??= requireLazy('iconv-lite') as typeof IconvLite);
const analyse: typeof Chardet.analyse = (bytes) => (chardetLib ??= requireLazy('chardet') as typeof Chardet).analyse(bytes);

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** what a directory stands for: its files with these extensions (case-insensitive) */
export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
/** how much of the start of a file the binary sniffing looks at */
const SNIFF_BYTES = 8192;
/** above this share of control bytes in the sniffed window a file counts as binary */
const CONTROL_RATIO = 0.3;

export interface ReadOptions {
  /** inputs larger than this many bytes are refused with E_TOO_LARGE (default 10 MiB) */
  maxBytes?: number;
  /** reads all of standard input; defaults to process.stdin */
  stdin?: () => Promise<Buffer>;
}

export interface ReadResult {
  sources: Source[];
  errors: ReportError[];
  /** about inputs that are in `sources` all the same, in input order */
  warnings: ReportWarning[];
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
  const warnings: ReportWarning[] = [];
  for await (const item of streamInputs(await listInputs(paths), opts)) {
    if ('source' in item) {
      sources.push(item.source);
      if (item.warnings) warnings.push(...item.warnings);
    } else errors.push(item.error);
  }
  return { sources, errors, warnings };
}

/** One input named by the command line: a file to read (or `-`), or why a path gave none. */
export type InputRef = { file: string } | { error: ReportError };
/** One input read: its decoded text and what was wrong with it (a guessed encoding, replaced
 *  bytes, no text), or why it could not be used. */
export type InputItem = { source: Source; warnings?: ReportWarning[] } | { error: ReportError };

/**
 * The inputs the paths stand for, in order, without reading them: files, the *.txt/*.html files
 * of directories (sorted by name), `-`. A path that gives none is an error in its place.
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
      const d = decode(bytes, maxBytes);
      return { source: { file, id: sourceId(file), raw: d.text }, warnings: d.warnings.map((w) => ({ file, ...w })) };
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

/** A path to the files it stands for: itself, or a directory's *.txt/*.html files sorted by name. */
async function expand(path: string): Promise<string[]> {
  const st = await stat(path).catch(async (err: unknown) => {
    throw await fsErrorFor(path, err);
  });
  if (!st.isDirectory()) return [path];
  const names = await readdir(path).catch((err: unknown) => {
    throw fsError(err);
  });
  // like the shell's `*.txt`: hidden files are left out; sorted by code point, not locale,
  // so the order is the same on every machine
  const candidates = names.filter((n) => !n.startsWith('.') && INPUT_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort(byCodePoint);
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
  if (files.length === 0) throw new InputError('E_NO_INPUT', 'directory has no .txt, .html or .htm files');
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
    throw await fsErrorFor(file, err);
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
      return new InputError('E_UNREADABLE', 'symbolic link loop (too many levels of symbolic links)');
    default:
      // the system message repeats the path, which the error already names
      return new InputError('E_UNREADABLE', code ? `cannot read (${code})` : `cannot read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** fsError, telling a dangling symbolic link from a missing file */
async function fsErrorFor(path: string, err: unknown): Promise<InputError> {
  const e = fsError(err);
  if (e.code !== 'E_NOT_FOUND' || (err as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return e;
  const link = await lstat(path).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  return link ? new InputError('E_NOT_FOUND', 'broken symbolic link (its target does not exist)') : e;
}

function toReportError(file: string, err: unknown): ReportError {
  const e = err instanceof InputError ? err : fsError(err);
  return { file, code: e.code, message: e.message };
}

// ---------------------------------------------------------------- decoding

export interface DecodeWarning {
  code: WarningCode;
  message: string;
}

export interface Decoded {
  text: string;
  /** the encoding the text was decoded from (an iconv-lite/WHATWG name) */
  encoding: string;
  warnings: DecodeWarning[];
}

/** File signatures of common binary formats, for a clearer E_BINARY message. */
const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (also .docx, .xlsx, .epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b, 0x08]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
];
/** chardet's names for the western single-byte encodings; all are decoded as windows-1252 */
const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);
/** another encoding must beat the best western guess by this much (chardet's 0..100 scale)… */
const WESTERN_MARGIN = 20;
/** …and be at least this sure (chardet offers every CJK encoding at 10 for a few stray bytes) */
const OTHER_MIN_CONFIDENCE = 20;
/** chardet reads at most this much of a file: enough to tell the encodings apart, cheap on 10 MB */
const DETECT_BYTES = 64 * 1024;

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Bytes to text, or an InputError (E_TOO_LARGE, E_BINARY) saying why not. Exported for tests.
 * Never fails on the text itself: ill-formed sequences become U+FFFD and a warning.
 */
export function decode(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', warnings: [{ code: 'W_EMPTY', message: 'file is empty: reported as an article with no quotes' }] };

  let d: Decoded;
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') {
    // iconv-lite replaces what is not a code point; the BOM is kept as U+FEFF like the others
    d = { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), bom, { stripBOM: false }), encoding: bom, warnings: [] };
    if (looksBinary(d.text.slice(1, SNIFF_BYTES / 4), (s, i) => s.charCodeAt(i))) throw new InputError('E_BINARY', 'binary data (control characters), not text');
  } else if (bom === 'utf-16le' || bom === 'utf-16be') {
    d = decodeUtf16(bytes, bom);
  } else {
    const head = bytes.subarray(0, SNIFF_BYTES);
    const kind = SIGNATURES.find(([, sig]) => startsWith(head, sig));
    if (kind) throw new InputError('E_BINARY', `binary data (${kind[0]}), not text`);
    const nul = head.indexOf(0);
    if (nul >= 0) throw new InputError('E_BINARY', `binary data (NUL byte at offset ${nul}), not text`);
    if (looksBinary(head, (b, i) => b[i] ?? 0)) throw new InputError('E_BINARY', 'binary data (mostly control characters), not text');
    const scan = scanUtf8(bytes);
    if (scan.invalid === 0) {
      d = { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
    } else if (bom === 'utf-8' || scan.multibyte > scan.invalid) {
      const at = scan.first;
      d = {
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        encoding: 'utf-8',
        warnings: [{
          code: 'W_INVALID_UTF8',
          message: `${scan.invalid} invalid UTF-8 sequence${scan.invalid === 1 ? '' : 's'} replaced with U+FFFD (the first at byte offset ${at}, line ${lineAt(bytes, at)}, byte ${hex(bytes[at])})`,
        }],
      };
    } else {
      d = decodeLegacy(bytes);
    }
  }
  if (/^[\s\uFEFF]*$/.test(d.text)) d.warnings.push({ code: 'W_EMPTY', message: 'file has only whitespace: reported as an article with no quotes' });
  return d;
}

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

function byteOrderMark(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  // FF FE 00 00 is UTF-32 LE, unless it is UTF-16 LE starting with U+0000, which is not text anyway
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length % 4 === 0 ? 'utf-32le' : 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): Decoded {
  // ignoreBOM keeps U+FEFF at offset 0, as for UTF-8: the normaliser blanks it
  const text = new TextDecoder(enc, { ignoreBOM: true }).decode(bytes);
  if (looksBinary(text.slice(0, SNIFF_BYTES / 2), (s, i) => s.charCodeAt(i))) throw new InputError('E_BINARY', 'binary data (control characters), not text');
  const warnings: DecodeWarning[] = [];
  const name = enc.toUpperCase();
  const lone = loneSurrogates(bytes, enc === 'utf-16le');
  const odd = bytes.length % 2 === 1;
  if (lone || odd) {
    const what = [lone ? `${lone} unpaired surrogate${lone === 1 ? '' : 's'}` : '', odd ? 'an odd final byte' : ''].filter(Boolean).join(' and ');
    warnings.push({ code: 'W_INVALID_UTF16', message: `not valid ${name}: ${what} replaced with U+FFFD` });
  }
  return { text, encoding: enc, warnings };
}

function loneSurrogates(bytes: Uint8Array, le: boolean): number {
  let n = 0;
  const units = Math.floor(bytes.length / 2);
  const unit = (k: number) => (le ? (bytes[2 * k]! | (bytes[2 * k + 1]! << 8)) : ((bytes[2 * k]! << 8) | bytes[2 * k + 1]!));
  for (let k = 0; k < units; k++) {
    const u = unit(k);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = k + 1 < units ? unit(k + 1) : -1;
      if (v >= 0xdc00 && v <= 0xdfff) k++;
      else n++;
    } else if (u >= 0xdc00 && u <= 0xdfff) n++;
  }
  return n;
}

/** Legacy 8-bit text: chardet's guess, western (windows-1252) unless another is clearly likelier. */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const { encoding, detected, confidence } = guessLegacy(bytes);
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: false });
  const why = detected ? `detected as ${detected}, ${confidence}% confident` : 'no better guess';
  return {
    text,
    encoding,
    warnings: [{ code: 'W_LEGACY_ENCODING', message: `not UTF-8: decoded as ${encoding} (${why}); offsets refer to the decoded text` }],
  };
}

export function guessLegacy(bytes: Uint8Array): { encoding: string; detected: string | null; confidence: number } {
  const matches = analyse(bytes.subarray(0, DETECT_BYTES)).filter(
    (m) => !/^(UTF|ASCII)/i.test(m.name) && iconv().encodingExists(m.name),
  );
  const best = matches[0];
  const west = matches.find((m) => WESTERN.has(m.name));
  if (!best) return { encoding: 'windows-1252', detected: null, confidence: 0 };
  if (WESTERN.has(best.name) || best.confidence < OTHER_MIN_CONFIDENCE || (west && best.confidence - west.confidence < WESTERN_MARGIN)) {
    if (!west && best.confidence < OTHER_MIN_CONFIDENCE) return { encoding: 'windows-1252', detected: null, confidence: 0 };
    const w = west ?? best;
    return { encoding: 'windows-1252', detected: w.name, confidence: w.confidence };
  }
  return { encoding: best.name, detected: best.name, confidence: best.confidence };
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

/**
 * Counts the ill-formed UTF-8 sequences (each maximal ill-formed subpart once, as TextDecoder
 * replaces them) and the well-formed multi-byte ones; `first` is the byte offset of the first
 * ill-formed one, -1 if none.
 */
export function scanUtf8(bytes: Uint8Array): { invalid: number; multibyte: number; first: number } {
  const n = bytes.length;
  let invalid = 0;
  let multibyte = 0;
  let first = -1;
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
    } else need = -1;
    let k = 1;
    if (need > 0) {
      for (; k <= need; k++) {
        const c = bytes[i + k];
        const min = k === 1 ? lo : 0x80;
        const max = k === 1 ? hi : 0xbf;
        if (c === undefined || c < min || c > max) break;
      }
    }
    if (need > 0 && k > need) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      if (first < 0) first = i;
      // the lead byte and the continuation bytes that fitted are one replacement
      i += need > 0 ? k : 1;
    }
  }
  return { invalid, multibyte, first };
}

/** Byte offset of the first ill-formed UTF-8 sequence (WHATWG/Unicode rules), -1 if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return scanUtf8(bytes).first;
}
