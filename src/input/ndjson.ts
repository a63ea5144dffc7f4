// Reads per-article reports back from NDJSON (`claims extract --format ndjson` output): files,
// or `-` for stdin. A line that is not a report is reported as `file:line: why` and skipped;
// the other lines are still used, so one torn line never loses a shard.
import { readFile, stat } from 'node:fs/promises';
import type { ReportArticle } from '../model/types.js';

export interface NdjsonProblem {
  /** `shard1.ndjson:3`, or the file alone when it cannot be read at all */
  where: string;
  message: string;
}

export interface NdjsonResult {
  articles: ReportArticle[];
  problems: NdjsonProblem[];
}

/** Why an object is not a per-article report, or '' when it is one. */
export function notAnArticle(v: unknown): string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const o = v as Record<string, unknown>;
  if ('articles' in o && 'schemaVersion' in o) return 'a whole json report, not one article per line (use extract --format ndjson)';
  for (const k of ['file', 'id'] as const) if (typeof o[k] !== 'string') return `no "${k}" string: not an article report`;
  for (const k of ['entities', 'quotes', 'contested'] as const) if (!Array.isArray(o[k])) return `no "${k}" list: not an article report`;
  for (const q of o.quotes as unknown[]) {
    const qq = q as Record<string, unknown> | null;
    const sp = qq?.speaker as Record<string, unknown> | undefined;
    if (!qq || typeof qq.text !== 'string' || typeof qq.start !== 'number' || typeof sp?.name !== 'string' || typeof qq.stance !== 'string') return 'a quote without text, start, speaker.name or stance';
  }
  for (const c of o.contested as unknown[]) {
    const cc = c as Record<string, unknown> | null;
    if (!cc || typeof cc.claim !== 'string' || !Array.isArray(cc.assertedBy) || !Array.isArray(cc.disputedBy)) return 'a contested claim without claim, assertedBy or disputedBy';
  }
  return '';
}

export function parseNdjson(name: string, text: string): NdjsonResult {
  const articles: ReportArticle[] = [];
  const problems: NdjsonProblem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${name}:${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      problems.push({ where, message: `not JSON (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
    const why = notAnArticle(v);
    if (why) problems.push({ where, message: why });
    else articles.push(v as ReportArticle);
  });
  return { articles, problems };
}

export async function readNdjson(paths: string[], stdin: () => Promise<Buffer>): Promise<NdjsonResult> {
  const out: NdjsonResult = { articles: [], problems: [] };
  let stdinText: string | undefined;
  for (const path of paths) {
    let text: string;
    try {
      if (path === '-') text = stdinText ??= (await stdin()).toString('utf8');
      else {
        if ((await stat(path)).isDirectory()) throw new Error('is a directory (give the .ndjson files)');
        text = await readFile(path, 'utf8');
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      out.problems.push({ where: path, message: e.code === 'ENOENT' ? 'no such file' : e.message });
      continue;
    }
    const r = parseNdjson(path === '-' ? 'stdin' : path, text);
    out.articles.push(...r.articles);
    out.problems.push(...r.problems);
  }
  return out;
}
