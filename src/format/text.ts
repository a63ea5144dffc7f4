// `--format text`: a report a person reads in a minute, one block per article: header, the
// speakers with their quotes, the contested claims with both sides, and a one-line summary.
// Renders only: every label, score and grouping key comes from the Report as built.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, Report, ReportArticle, ReportQuote, Stance, StrengthLabel } from '../model/types.js';

export interface TextOptions {
  /** ANSI colour on or off (the CLI decides from --color/--no-color, NO_COLOR and the TTY) */
  color: boolean;
  /** line width for wrapping quotes (default 80) */
  width?: number;
  /** quotes longer than this many characters are cut with an ellipsis (default 200) */
  maxQuote?: number;
}

const DEFAULT_WIDTH = 80;
const DEFAULT_MAX_QUOTE = 200;

export function formatText(report: Report, opts: TextOptions): string {
  return report.articles.map((a) => formatTextArticle(a, opts)).join('\n');
}

interface SpeakerGroup {
  name: string;
  type: string;
  role: string | undefined;
  mentions: string[];
  quotes: ReportQuote[];
  first: number;
}

export function formatTextArticle(article: ReportArticle, opts: TextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(40, opts.width ?? DEFAULT_WIDTH);
  const maxQuote = opts.maxQuote ?? DEFAULT_MAX_QUOTE;
  const out: string[] = [];

  // header
  out.push(c.bold.cyan(`== ${clean(article.file)}`));
  if (article.title) for (const l of wrap(clean(article.title), width)) out.push(c.bold(l));
  else out.push(c.dim('(no title)'));
  out.push(article.date ? clean(article.date) : c.dim('(no date)'));
  out.push('');

  // speakers and their quotes
  const groups = groupBySpeaker(article.quotes);
  out.push(c.underline('Speakers'));
  if (groups.length === 0) out.push(c.dim('  no quotes found'));
  for (const g of groups) {
    const known = g.name !== '';
    const label = known ? c.bold(clean(g.name)) : c.bold.magenta('(speaker not found)');
    const details = known ? ` (${[g.type, ...(g.role ? [clean(g.role)] : [])].join(', ')})` : '';
    const also = g.mentions.filter((m) => m !== g.name).slice(0, 3);
    out.push(
      `  ${label}${c.dim(details)}` +
        (also.length ? c.dim(`, also “${also.map(clean).join('”, “')}”`) : '') +
        c.dim(` · ${plural(g.quotes.length, 'quote')}`),
    );
    for (const q of g.quotes) {
      out.push(`    ${quoteLine(q, c)}`);
      const body = q.type === 'indirect' ? truncate(clean(q.text), maxQuote) : `“${truncate(clean(q.text), maxQuote)}”`;
      for (const line of wrap(body, width - 6)) out.push(`      ${line}`);
    }
  }

  // contested claims
  if (article.contested.length) {
    out.push('');
    out.push(c.underline('Contested claims'));
    article.contested.forEach((claim, i) => out.push(...claimLines(claim, i + 1, width, maxQuote, c)));
  }

  // summary
  const quotes = article.quotes.length;
  const speakers = groups.filter((g) => g.name !== '').length;
  const anonymous = article.quotes.filter((q) => q.speaker.type === 'anonymous').length;
  out.push('');
  out.push(
    c.bold('Summary: ') +
      [
        plural(quotes, 'quote'),
        plural(speakers, 'speaker'),
        `${anonymous} anonymous`,
        `${article.contested.length} contested`,
      ].join(', '),
  );
  return out.join('\n') + '\n';
}

/** Quotes grouped by speaker: most-quoted first, ties in reading order; unknown speaker last. */
function groupBySpeaker(quotes: ReportQuote[]): SpeakerGroup[] {
  const byKey = new Map<string, SpeakerGroup>();
  quotes.forEach((q, i) => {
    const name = q.speaker.name || (q.speaker.type === 'unknown' ? '' : q.speaker.mention);
    const key = `${q.speaker.type}\u0000${name}`;
    let g = byKey.get(key);
    if (!g) {
      g = { name, type: q.speaker.type, role: undefined, mentions: [], quotes: [], first: i };
      byKey.set(key, g);
    }
    g.quotes.push(q);
    g.role ??= q.speaker.role || undefined;
    if (q.speaker.mention && !g.mentions.includes(q.speaker.mention)) g.mentions.push(q.speaker.mention);
  });
  return [...byKey.values()].sort(
    (a, b) => Number(a.name === '') - Number(b.name === '') || b.quotes.length - a.quotes.length || a.first - b.first,
  );
}

const STRENGTH_COLOR: Record<StrengthLabel, (c: ChalkInstance, s: string) => string> = {
  strong: (c, s) => c.green(s),
  moderate: (c, s) => c.yellow(s),
  weak: (c, s) => c.red(s),
  unattributed: (c, s) => c.magenta(s),
};

const STANCE_MARK: Record<Stance, (c: ChalkInstance) => string> = {
  denies: (c) => c.bold.red('[denies] '),
  asserts: (c) => c.green('[asserts]'),
  neutral: (c) => c.dim('[neutral]'),
};

/** `direct    strong 0.90        [denies]  said` (padding before colour so columns line up) */
function quoteLine(q: ReportQuote, c: ChalkInstance): string {
  const type = q.type.padEnd(8);
  const strength = `${q.strength.label} ${formatScore(q.strength.score)}`.padEnd(17);
  const colourStrength = STRENGTH_COLOR[q.strength.label] ?? ((_c: ChalkInstance, s: string) => s);
  const stance = STANCE_MARK[q.stance]?.(c) ?? `[${q.stance}]`;
  const cue = q.cue ? clean(q.cue) : '—';
  return `${c.dim(type)}  ${colourStrength(c, strength)}  ${stance}  ${c.italic(cue)}`;
}

function claimLines(claim: Claim, n: number, width: number, maxQuote: number, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const [first = '', ...rest] = wrap(clean(claim.claim), width - 5);
  lines.push(`  ${c.bold(`${n}.`)} ${c.bold(first)}`);
  for (const l of rest) lines.push(`     ${c.bold(l)}`);
  const side = (label: string, names: string[], colour: (s: string) => string): void => {
    const who = names.length ? names.map(clean).join('; ') : c.dim('(nobody named)');
    const [head = '', ...more] = wrap(who, width - 18);
    lines.push(`     ${label.padEnd(12)} ${colour(head)}`);
    for (const l of more) lines.push(`${' '.repeat(18)}${colour(l)}`);
  };
  side('asserted by', claim.assertedBy, (s) => c.green(s));
  side('disputed by', claim.disputedBy, (s) => c.red(s));
  if (claim.evidence) {
    const [head = '', ...more] = wrap(`“${truncate(clean(claim.evidence), maxQuote)}”`, width - 18);
    lines.push(`     ${'evidence'.padEnd(12)} ${c.dim(head)}`);
    for (const l of more) lines.push(`${' '.repeat(18)}${c.dim(l)}`);
  }
  return lines;
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : String(score);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One line of article text for a terminal: whitespace runs (newlines included) become one space,
 * and other control characters, which could carry escape sequences from the article into the
 * terminal, become U+FFFD.
 */
export function clean(s: string): string {
  return s
    .replace(/[\s\uFEFF]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
    .trim();
}

/** Cuts to at most `max` characters plus `…`, at a word boundary when one is near. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  const space = cut.lastIndexOf(' ');
  if (space >= max * 0.8) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:]+$/, '') + '…';
}

/** Greedy word wrap to `width` columns; a word longer than the line is split. */
export function wrap(s: string, width: number): string[] {
  const w = Math.max(10, width);
  const lines: string[] = [];
  let line = '';
  for (let word of s.split(' ')) {
    if (word === '') continue;
    while (word.length > w) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, w));
      word = word.slice(w);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= w) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
