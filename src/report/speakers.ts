// The speakers across a batch for the HTML overview, built from the report: one row per
// speaker name (compared without case), with the other forms the articles use for them, their
// roles, the articles that quote them, how many quotes and denials. Names that differ are not
// merged here (`Peskov` and `Dmitry Peskov` in two articles stay two rows): the overview takes
// any BatchSpeaker[], so a batch clustering that merges variants can be passed instead.
import type { BatchSpeaker, Report } from '../model/types.js';

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const SMALL = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'on', 'to']);

/**
 * Whether a mention names the speaker rather than pointing at them (`he`, `which`, `the
 * newspaper`): it shares a word of the name (`Peskov`, `the Times`) or is its initials (`NYT`).
 */
export function namesSame(name: string, mention: string): boolean {
  const nameWords = words(name).filter((w) => !SMALL.has(w));
  const mentionWords = words(mention).filter((w) => !SMALL.has(w));
  if (mentionWords.some((w) => nameWords.includes(w))) return true;
  const initials = nameWords.map((w) => w[0]).join('');
  return mentionWords.length === 1 && initials.length > 1 && mentionWords[0] === initials;
}

export function speakersByExactName(report: Report): BatchSpeaker[] {
  const rows = new Map<string, BatchSpeaker & { first: number }>();
  let order = 0;
  for (const a of report.articles) {
    for (const q of a.quotes) {
      const { name, type, mention, role } = q.speaker;
      if (!name || type === 'unknown') continue;
      const key = name.toLowerCase();
      let row = rows.get(key);
      if (!row) {
        row = { name, type, variants: [name], roles: [], articles: [], quotes: 0, denials: 0, first: order++ };
        rows.set(key, row);
      }
      row.quotes++;
      if (q.stance === 'denies') row.denials++;
      if (mention && namesSame(name, mention) && !row.variants.some((v) => v.toLowerCase() === mention.toLowerCase())) {
        row.variants.push(mention);
      }
      if (role && !row.roles.includes(role)) row.roles.push(role);
      if (!row.articles.includes(a.file)) row.articles.push(a.file);
    }
  }
  // quoted in most articles first, then most quotes, then first seen
  return [...rows.values()]
    .sort((x, y) => y.articles.length - x.articles.length || y.quotes - x.quotes || x.first - y.first)
    .map(({ first: _first, ...row }) => row);
}
