// Gold annotation files (test/fixtures/gold/GUIDELINES.md, schema.json): loading a folder of
// `<article>.gold.json` files and checking each against the schema, so a hand-edited file
// with a typo fails loudly with its name and the field at fault instead of skewing figures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteType, SpeakerType, Stance, StrengthLabel } from '../model/types.js';
import { articleId } from './ids.js';

export interface GoldQuote {
  text: string;
  type: QuoteType;
  speaker: string;
  aliases?: string[];
  speakerType: SpeakerType;
  cue: string;
  strength: StrengthLabel;
  stance: Stance;
}

export interface GoldClaim {
  claim: string;
  evidence: string;
  assertedBy: string[];
  disputedBy: string[];
}

export interface GoldArticle {
  /** the article's file name, `<id>.txt` */
  article: string;
  quotes: GoldQuote[];
  contested: GoldClaim[];
}

export interface GoldFile {
  /** path of the gold file as found (gold dir joined with its name) */
  path: string;
  /** the article id the gold file is for (its `article` without extension) */
  id: string;
  gold: GoldArticle;
}

/** The cross-article speaker list lives beside the gold files and is not one of them. */
export const SPEAKERS_FILE = 'speakers.gold.json';
export const GOLD_SUFFIX = '.gold.json';

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 5);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`bad gold file ${file}:\n  ${shown.join('\n  ')}${more}`);
    this.name = 'GoldError';
  }
}

const QUOTE_TYPES = ['direct', 'partial', 'indirect'] as const;
const SPEAKER_TYPES = ['person', 'organization', 'publication', 'anonymous', 'unknown'] as const;
const STRENGTHS = ['strong', 'moderate', 'weak', 'unattributed'] as const;
const STANCES = ['denies', 'asserts', 'neutral'] as const;
const QUOTE_KEYS = ['text', 'type', 'speaker', 'aliases', 'speakerType', 'cue', 'strength', 'stance'];
const QUOTE_REQUIRED = ['text', 'type', 'speaker', 'speakerType', 'cue', 'strength', 'stance'];
const CLAIM_KEYS = ['claim', 'evidence', 'assertedBy', 'disputedBy'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Problems with one parsed gold document, as `path: what is wrong` lines; empty when it
 * conforms to schema.json (shapes, enums, and the strength/speakerType/type consistency rules).
 */
export function goldProblems(doc: unknown): string[] {
  const out: string[] = [];
  if (!isObj(doc)) return [`(top level): must be an object with article, quotes and contested (got ${show(doc)})`];
  shapeOf(doc, '', ['article', 'quotes', 'contested'], ['article', 'quotes', 'contested'], out);
  if ('article' in doc) {
    const a = doc.article;
    if (typeof a !== 'string' || !/^[^/\\]+\.txt$/.test(a)) out.push(`article: must be a file name ending in .txt, no folder (got ${show(a)})`);
  }
  if ('quotes' in doc) {
    if (!Array.isArray(doc.quotes)) out.push(`quotes: must be an array (got ${show(doc.quotes)})`);
    else doc.quotes.forEach((q, i) => quoteProblems(q, `quotes[${i}]`, out));
  }
  if ('contested' in doc) {
    if (!Array.isArray(doc.contested)) out.push(`contested: must be an array (got ${show(doc.contested)})`);
    else doc.contested.forEach((c, i) => claimProblems(c, `contested[${i}]`, out));
  }
  return out;
}

function shapeOf(o: Obj, at: string, allowed: string[], required: string[], out: string[]): void {
  const pre = at ? `${at}.` : '';
  for (const k of required) if (!(k in o)) out.push(`${pre}${k}: missing`);
  for (const k of Object.keys(o)) if (!allowed.includes(k)) out.push(`${pre}${k}: unknown field (allowed: ${allowed.join(', ')})`);
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && /\S/.test(v);

function enumProblem(o: Obj, key: string, values: readonly string[], at: string, out: string[]): void {
  if (key in o && !values.includes(o[key] as string)) out.push(`${at}.${key}: must be one of ${values.join(', ')} (got ${show(o[key])})`);
}

function stringList(v: unknown, at: string, minItems: number, out: string[]): void {
  if (!Array.isArray(v)) {
    out.push(`${at}: must be an array of names (got ${show(v)})`);
    return;
  }
  if (v.length < minItems) out.push(`${at}: must name at least ${minItems} speaker${minItems === 1 ? '' : 's'}`);
  v.forEach((s, i) => {
    if (!nonEmpty(s)) out.push(`${at}[${i}]: must be a non-empty string (got ${show(s)})`);
  });
  if (new Set(v.map((s) => JSON.stringify(s))).size !== v.length) out.push(`${at}: has repeated entries`);
}

function quoteProblems(q: unknown, at: string, out: string[]): void {
  if (!isObj(q)) {
    out.push(`${at}: must be an object (got ${show(q)})`);
    return;
  }
  shapeOf(q, at, QUOTE_KEYS, QUOTE_REQUIRED, out);
  if ('text' in q && !nonEmpty(q.text)) out.push(`${at}.text: must be a non-empty string (got ${show(q.text)})`);
  enumProblem(q, 'type', QUOTE_TYPES, at, out);
  if ('speaker' in q && typeof q.speaker !== 'string') out.push(`${at}.speaker: must be a string (got ${show(q.speaker)})`);
  if ('aliases' in q) stringList(q.aliases, `${at}.aliases`, 0, out);
  enumProblem(q, 'speakerType', SPEAKER_TYPES, at, out);
  if ('cue' in q && typeof q.cue !== 'string') out.push(`${at}.cue: must be a string (got ${show(q.cue)})`);
  enumProblem(q, 'strength', STRENGTHS, at, out);
  enumProblem(q, 'stance', STANCES, at, out);
  // The consistency rules of schema.json (allOf): each applies only to the fields present.
  const has = (k: string): boolean => k in q;
  if (q.speakerType === 'unknown') {
    if (has('strength') && q.strength !== 'unattributed') out.push(`${at}.strength: an unknown speaker is unattributed (got ${show(q.strength)})`);
    if (has('speaker') && q.speaker !== '') out.push(`${at}.speaker: must be "" when speakerType is unknown (got ${show(q.speaker)})`);
  } else if (has('speaker') && typeof q.speaker === 'string' && !nonEmpty(q.speaker)) {
    out.push(`${at}.speaker: empty, but speakerType is ${show(q.speakerType)} (use speakerType unknown for no speaker)`);
  }
  if (q.strength === 'unattributed' && has('speakerType') && q.speakerType !== 'unknown') {
    out.push(`${at}.strength: unattributed needs speakerType unknown (got ${show(q.speakerType)})`);
  }
  if ((q.speakerType === 'anonymous' || q.speakerType === 'publication') && has('strength') && q.strength !== 'weak') {
    out.push(`${at}.strength: an ${q.speakerType} speaker is weak (got ${show(q.strength)})`);
  }
  const identified = (v: unknown): boolean => v === 'person' || v === 'organization';
  if (q.strength === 'strong') {
    if (has('speakerType') && !identified(q.speakerType)) out.push(`${at}.strength: strong needs a person or organization speaker (got ${show(q.speakerType)})`);
    if (has('type') && q.type !== 'direct' && q.type !== 'partial') out.push(`${at}.strength: strong needs a direct or partial quote (got ${show(q.type)})`);
  }
  if (q.strength === 'moderate' && has('speakerType') && !identified(q.speakerType)) {
    out.push(`${at}.strength: moderate needs a person or organization speaker (got ${show(q.speakerType)})`);
  }
}

function claimProblems(c: unknown, at: string, out: string[]): void {
  if (!isObj(c)) {
    out.push(`${at}: must be an object (got ${show(c)})`);
    return;
  }
  shapeOf(c, at, CLAIM_KEYS, CLAIM_KEYS, out);
  for (const k of ['claim', 'evidence']) if (k in c && !nonEmpty(c[k])) out.push(`${at}.${k}: must be a non-empty string (got ${show(c[k])})`);
  for (const k of ['assertedBy', 'disputedBy']) if (k in c) stringList(c[k], `${at}.${k}`, 1, out);
}

/** Parses and checks one gold file's text; throws GoldError naming `file` when it is not valid. */
export function parseGold(text: string, file: string): GoldArticle {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new GoldError(file, [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const problems = goldProblems(doc);
  if (problems.length) throw new GoldError(file, problems);
  return doc as GoldArticle;
}

/** The gold file names of a folder, as the scorer picks them: `*.gold.json` but the speaker list, sorted. */
export function goldFileNames(names: readonly string[]): string[] {
  return names.filter((f) => f.endsWith(GOLD_SUFFIX) && f !== SPEAKERS_FILE).sort();
}

/**
 * Every gold file of `dir`, checked. Throws GoldError for the first bad file, and for a
 * folder that is missing or holds no gold files (nothing could be scored).
 */
export function loadGoldDir(dir: string): GoldFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new GoldError(dir, ['not a directory']);
    names = readdirSync(dir);
  } catch (err) {
    if (err instanceof GoldError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(dir, [code === 'ENOENT' ? 'no such directory' : `cannot read: ${(err as Error).message}`]);
  }
  const files = goldFileNames(names);
  if (!files.length) throw new GoldError(dir, [`no *${GOLD_SUFFIX} files (other than ${SPEAKERS_FILE})`]);
  return files.map((name) => {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new GoldError(path, [`cannot read: ${(err as Error).message}`]);
    }
    const gold = parseGold(text, path);
    return { path, id: articleId(gold.article), gold };
  });
}
