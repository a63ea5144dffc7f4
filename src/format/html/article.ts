// One article of the HTML report: its text with every quote marked, the speaker and the badges
// beside each quote, and a side panel with the contested claims (linking to their evidence
// sentences and to the denials) and the article's speakers.
//
// Renders only what the report says. The text is the article as read, given beside the report
// (the report holds offsets, not the text); a quote is marked where its offsets are, after
// checking that they slice the text to the quote. The evidence sentence of a claim is found
// where it stands in the text (the report gives it verbatim, with runs of white space made one).
import type { Claim, ReportArticle, ReportQuote } from '../../model/types.js';
import { SPEAKER_COLOURS } from './css.js';
import { esc } from './escape.js';
import { type Mark, renderMarked } from './markup.js';

export interface ArticleView {
  /** 1-based position in the report: ids in the page are a<n>, a<n>-q<i>, a<n>-e<j>, a<n>-c<k> */
  n: number;
  article: ReportArticle;
  /** the article as read; undefined when it is not available (the quotes are listed instead) */
  text: string | undefined;
}

interface SpeakerStyle {
  key: string;
  cls: string;
  label: string;
  type: string;
  role: string | undefined;
  quotes: number[];
}

/** The name shown for a quote's speaker. */
export function speakerLabel(q: ReportQuote): string {
  if (q.speaker.name) return q.speaker.name;
  if (q.speaker.type !== 'unknown' && q.speaker.mention) return q.speaker.mention;
  return 'speaker not found';
}

const speakerKey = (q: ReportQuote): string =>
  q.speaker.type === 'unknown' && !q.speaker.name ? '' : `${q.speaker.type}\u0000${speakerLabel(q)}`;

/** Colour classes by speaker, in the order each is first quoted; the unknown speaker is grey. */
export function speakerStyles(quotes: readonly ReportQuote[]): Map<string, SpeakerStyle> {
  const out = new Map<string, SpeakerStyle>();
  let next = 0;
  quotes.forEach((q, i) => {
    const key = speakerKey(q);
    let s = out.get(key);
    if (!s) {
      const cls = key === '' ? 'sp-unknown' : `sp${next++ % SPEAKER_COLOURS}`;
      s = { key, cls, label: speakerLabel(q), type: q.speaker.type, role: undefined, quotes: [] };
      out.set(key, s);
    }
    s.role ??= q.speaker.role || undefined;
    s.quotes.push(i);
  });
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a sentence given with its white space collapsed stands in the text. */
export function locate(text: string, sentence: string): { start: number; end: number } | undefined {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const m = new RegExp(words.map(escapeRe).join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const score = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : String(n));

function describe(q: ReportQuote): string {
  const who = `${speakerLabel(q)} (${[q.speaker.type, ...(q.speaker.role ? [q.speaker.role] : [])].join(', ')})`;
  const parts = [who, `${q.type} quote`, `strength ${q.strength.label} ${score(q.strength.score)}`, `stance ${q.stance}`];
  if (q.cue) parts.push(`cue “${q.cue}”`);
  if (q.strength.reasons.length) parts.push(q.strength.reasons.join(', '));
  return parts.join(' · ');
}

function badges(q: ReportQuote): string {
  const reasons = q.strength.reasons.length ? `: ${q.strength.reasons.join(', ')}` : '';
  return (
    `<span class="badge ${esc(q.strength.label)}" title="${esc(`attribution strength ${score(q.strength.score)}${reasons}`)}">${esc(q.strength.label)}</span> ` +
    `<span class="badge ${esc(q.stance)}" title="stance">${esc(q.stance)}</span>`
  );
}

export function renderArticle(view: ArticleView): string {
  const { n, article, text } = view;
  const a = `a${n}`;
  const styles = speakerStyles(article.quotes);
  const styleOf = (q: ReportQuote) => styles.get(speakerKey(q))!;

  const quoteMark = (q: ReportQuote, i: number): Mark => {
    const st = styleOf(q);
    const id = `${a}-q${i}`;
    return {
      start: q.start,
      end: q.end,
      open: (first) =>
        first
          ? `<mark class="q ${st.cls}" data-quote="${i}" id="${id}" tabindex="0" title="${esc(describe(q))}" aria-describedby="${id}-who">`
          : `<mark class="q ${st.cls}" data-quote-part="${i}">`,
      close: '</mark>',
    };
  };
  const label = (q: ReportQuote, i: number): string =>
    `<span class="who ${styleOf(q).cls}" id="${a}-q${i}-who"><span class="name">${esc(styleOf(q).label)}</span> ${badges(q)}</span>`;
  // the label goes beside the quote, after its closing quotation mark when one follows
  const labelMark = (q: ReportQuote, i: number): Mark => {
    const at = q.end + (/^[\u201d\u2019"'\u00bb\u203a]*/.exec(text!.slice(q.end, q.end + 3))?.[0].length ?? 0);
    return { start: at, end: at, open: () => label(q, i), close: '' };
  };

  const located: number[] = [];
  const unlocated: number[] = [];
  article.quotes.forEach((q, i) =>
    (text !== undefined && q.start < q.end && text.slice(q.start, q.end) === q.text ? located : unlocated).push(i),
  );

  // evidence sentences: one anchor per place, shared by the claims that cite it
  const evidence: Array<{ start: number; end: number }> = [];
  const evidenceOf = article.contested.map((c) => {
    const at = text === undefined ? undefined : locate(text, c.evidence);
    if (!at) return -1;
    const j = evidence.findIndex((e) => e.start === at.start && e.end === at.end);
    return j >= 0 ? j : evidence.push(at) - 1;
  });

  const marks: Mark[] = [
    ...evidence.map((e, j): Mark => ({
      start: e.start,
      end: e.end,
      open: (first) => (first ? `<span class="ev" id="${a}-e${j}" tabindex="-1">` : '<span class="ev">'),
      close: '</span>',
    })),
    ...located.map((i) => quoteMark(article.quotes[i]!, i)),
    ...located.map((i) => labelMark(article.quotes[i]!, i)),
  ];

  const title = article.title || article.id;
  const speakers = [...styles.values()];
  const named = speakers.filter((s) => s.key !== '').length;
  const meta = [
    `<span>${esc(article.file)}</span>`,
    article.date ? `<time>${esc(article.date)}</time>` : '<span>no date</span>',
    `<span>${plural(article.quotes.length, 'quote')}</span>`,
    `<span>${plural(named, 'speaker')}</span>`,
    `<span>${plural(article.contested.length, 'contested claim')}</span>`,
  ].join(' · ');

  let body = '';
  if (text !== undefined) {
    body += `<h3 class="visually-hidden">Article text, quotes marked</h3>\n${renderMarked(text, marks)}`;
  }
  if (unlocated.length) {
    const why =
      text === undefined
        ? 'The article text was not available, so its quotes are listed here.'
        : 'These quotes could not be placed in the text: their offsets do not match it.';
    body +=
      `<section class="unlocated" aria-labelledby="${a}-unlocated-h"><h3 id="${a}-unlocated-h">Quotes</h3><p class="muted">${why}</p><ol>` +
      unlocated
        .map((i) => {
          const m = quoteMark(article.quotes[i]!, i);
          return `<li>${m.open(true)}${esc(article.quotes[i]!.text)}${m.close}${label(article.quotes[i]!, i)}</li>`;
        })
        .join('\n') +
      '</ol></section>';
  }

  return `<article class="doc" id="${a}" aria-labelledby="${a}-h">
<h2 id="${a}-h">${esc(title)}</h2>
<p class="meta">${meta}</p>
<div class="doc-body">
<div class="text">
${body}
</div>
<aside class="side" aria-label="Contested claims and speakers">
${renderClaims(a, article, evidenceOf)}
${renderSpeakers(a, speakers)}
</aside>
</div>
</article>`;
}

function renderClaims(a: string, article: ReportArticle, evidenceOf: number[]): string {
  const head = `<h3 id="${a}-contested-h">Contested claims</h3>`;
  if (!article.contested.length) return `${head}\n<p class="muted">None found in this article.</p>`;
  const items = article.contested.map((c, k) => renderClaim(a, article, c, k, evidenceOf[k] ?? -1));
  return `${head}\n<ol class="claims" aria-labelledby="${a}-contested-h">\n${items.join('\n')}\n</ol>`;
}

function renderClaim(a: string, article: ReportArticle, c: Claim, k: number, ev: number): string {
  const names = (list: string[]) => (list.length ? list.map(esc).join('; ') : '<span class="muted">nobody named</span>');
  // each disputing speaker's denials in this article, as links to the quotes
  const disputers = c.disputedBy.length
    ? c.disputedBy
        .map((name) => {
          const denials = article.quotes
            .map((q, i) => ({ q, i }))
            .filter(({ q }) => q.speaker.name === name && q.stance === 'denies');
          const links = denials.map(
            ({ i }, x) => `<a href="#${a}-q${i}">denial${denials.length > 1 ? ` ${x + 1}` : ''}<span class="visually-hidden"> by ${esc(name)}</span></a>`,
          );
          return esc(name) + (links.length ? ` (${links.join(', ')})` : '');
        })
        .join('; ')
    : names([]);
  const evidence =
    ev >= 0
      ? `<p><a href="#${a}-e${ev}">Evidence sentence in the text</a></p>`
      : c.evidence
        ? `<blockquote class="muted">${esc(c.evidence)}</blockquote>`
        : '';
  return `<li id="${a}-c${k}"><p class="claim-text">“${esc(c.claim)}”</p>
<dl class="sides"><dt>Asserted by</dt><dd>${names(c.assertedBy)}</dd><dt>Disputed by</dt><dd>${disputers}</dd></dl>
${evidence}</li>`;
}

function renderSpeakers(a: string, speakers: SpeakerStyle[]): string {
  if (!speakers.length) return `<h3>Speakers</h3>\n<p class="muted">No quotes found.</p>`;
  const items = speakers.map((s) => {
    const details = [s.key === '' ? null : s.type, s.role ?? null, plural(s.quotes.length, 'quote')].filter(Boolean).map((x) => esc(x!));
    return `<li><span class="swatch ${s.cls}" aria-hidden="true"></span><a href="#${a}-q${s.quotes[0]}">${esc(s.label)}</a> <span class="muted">${details.join(' · ')}</span></li>`;
  });
  return `<h3>Speakers</h3>\n<ul class="speakers-list">\n${items.join('\n')}\n</ul>`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
