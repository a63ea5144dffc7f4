// Renderers of the batch views (`claims speakers`, `claims contested`, `claims aggregate`):
// `json` for programs (schema/batch.schema.json), `text` for people. Render only: every name,
// count and grouping comes from the view built in src/corpus/batch.ts.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ClaimRow } from '../corpus/claims.js';
import type { SpeakerRow } from '../corpus/speakers.js';

export interface BatchTextOptions {
  color: boolean;
  width?: number;
}

/** `{"speakers": [...]}`, `{"claims": [...]}` or both: what the commands print with --format json. */
export function formatBatchJson(view: { speakers?: SpeakerRow[]; claims?: ClaimRow[] }): string {
  return JSON.stringify(view, null, 2) + '\n';
}

// control characters would let an article rewrite the terminal
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function formatSpeakersText(rows: SpeakerRow[], opts: BatchTextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(40, opts.width ?? 80);
  const out: string[] = [c.bold.cyan(`== Speakers across the batch (${rows.length})`), ''];
  if (!rows.length) out.push(c.dim('  no named speakers found'));
  for (const r of rows) {
    out.push(`${c.bold(clean(r.name))} ${c.dim(`(${r.type}) · ${plural(r.quotes.total, 'quote')} in ${plural(r.articles.length, 'article')}`)}`);
    const also = r.variants.filter((v) => v !== r.name);
    if (also.length) out.push(...wrap(`also: ${also.map((v) => `“${v}”`).join(', ')}`, width, '  ').map((l) => c.dim(l)));
    if (r.roles.length) out.push(...wrap(`roles: ${r.roles.join('; ')}`, width, '  '));
    out.push(
      `  quotes: ${r.quotes.direct} direct, ${r.quotes.partial} partial, ${r.quotes.indirect} indirect · ` +
        `strength: ${r.strength.strong} strong, ${r.strength.moderate} moderate, ${r.strength.weak} weak` +
        (r.strength.unattributed ? `, ${r.strength.unattributed} unattributed` : ''),
    );
    out.push(`  stance: ${stanceText(r, c)}`);
    out.push(...wrap(`articles: ${r.articles.join(', ')}`, width, '  ').map((l) => c.dim(l)));
    for (const m of r.merges) out.push(...wrap(`merged “${m.variant}” (${m.article}) with “${m.with}”: ${m.evidence.join('; ')}`, width, '  ').map((l) => c.dim(l)));
    out.push('');
  }
  return out.join('\n');
}

function stanceText(r: SpeakerRow, c: ChalkInstance): string {
  const denies = r.stance.denies ? c.red(`${r.stance.denies} denies`) : '0 denies';
  return `${r.stance.asserts} asserts, ${denies}, ${r.stance.neutral} neutral`;
}

export function formatClaimsText(rows: ClaimRow[], opts: BatchTextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(40, opts.width ?? 80);
  const out: string[] = [c.bold.cyan(`== Contested claims across the batch (${rows.length})`), ''];
  if (!rows.length) out.push(c.dim('  no claim is both asserted and denied in this batch'));
  rows.forEach((r, i) => {
    out.push(...wrap(`${i + 1}. ${r.claim}`, width, '').map((l) => c.bold(l)));
    out.push(...wrap(`asserted by: ${r.assertedBy.join(', ')}`, width, '   ').map((l) => c.green(l)));
    out.push(...wrap(`disputed by: ${r.disputedBy.join(', ')}`, width, '   ').map((l) => c.red(l)));
    out.push(...wrap(`in ${plural(r.articles.length, 'article')}: ${r.articles.join(', ')}`, width, '   ').map((l) => c.dim(l)));
    for (const e of r.evidence) {
      const lines = wrap(`“${e.text}”`, width, '     ');
      out.push(c.dim(`   ${e.article}:`), ...lines);
    }
    out.push('');
  });
  return out.join('\n');
}
