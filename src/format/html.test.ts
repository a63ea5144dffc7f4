import { describe, expect, it } from 'vitest';
import { SAMPLE_RAW, SAMPLE_REPORT } from '../../test/fixtures/sample-report.js';
import { articleEl, attr, byId, parsePage, quoteText, text, textWithoutLabels, within } from '../../test/support/html.js';
import type { Report } from '../model/types.js';
import { analyze } from '../pipeline.js';
import { buildReport, toReportArticle } from '../report/build.js';
import { batchSpeakers } from '../report/speakers.js';
import { CSP, formatHtml } from './html.js';
import { stylesheet } from './html/css.js';
import { HOSTILE, HOSTILE_ARTICLE, hostileReport, injected } from '../../test/fixtures/hostile.js';

const ARTICLE = `Ministry rejects report on grain deal

The agriculture ministry said on Monday that the grain deal with Ukraine "was never signed and never will be".

"We have seen no evidence of any deal," ministry spokeswoman Anna Weber told reporters. She said the report was "pure invention".

But two officials familiar with the talks said the deal had been signed in March, according to the Daily Courier.

"The paperwork exists," said Mark Olsen, a trade lawyer. "I have read it myself, and so has the minister."
`;

function reportOf(raws: Array<[string, string]>): { report: Report; texts: Map<string, string> } {
  const articles = raws.map(([file, raw]) => toReportArticle(analyze({ file, id: file.replace(/\.txt$/, ''), raw })));
  return { report: buildReport(articles, []), texts: new Map(raws) };
}

describe('formatHtml on an analysed article', () => {
  const { report, texts } = reportOf([['grain.txt', ARTICLE]]);
  const html = formatHtml(report, { texts, speakers: batchSpeakers(report) });
  const page = parsePage(html);
  const article = report.articles[0]!;

  it('is a valid page (no parse errors), in English, with a title and the stylesheet inline', () => {
    expect(page.errors).toEqual([]);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(attr(page.all.find((e) => e.tagName === 'html')!, 'lang')).toBe('en');
    expect(text(page.all.find((e) => e.tagName === 'title')!)).toContain('Ministry rejects report on grain deal');
    expect(page.all.filter((e) => e.tagName === 'style').map(text)).toEqual([`\n${stylesheet()}\n`]);
  });

  it('marks every quote once, on exactly its words', () => {
    expect(article.quotes.length).toBeGreaterThanOrEqual(5);
    const scope = articleEl(page, 1);
    const firsts = within(scope).filter((e) => attr(e, 'data-quote') !== undefined);
    expect(firsts.map((e) => Number(attr(e, 'data-quote')))).toEqual(expect.arrayContaining(article.quotes.map((_, i) => i)));
    expect(firsts).toHaveLength(article.quotes.length);
    article.quotes.forEach((q, i) => expect(quoteText(scope, i), `quote ${i}`).toBe(q.text));
  });

  it('makes each quote focusable and describes it: speaker, strength and stance beside it and on hover', () => {
    article.quotes.forEach((q, i) => {
      const mark = byId(page, `a1-q${i}`)!;
      expect(attr(mark, 'tabindex')).toBe('0');
      expect(attr(mark, 'title')).toContain(`strength ${q.strength.label}`);
      expect(attr(mark, 'title')).toContain(`stance ${q.stance}`);
      const who = byId(page, attr(mark, 'aria-describedby')!)!;
      const label = text(who);
      expect(label).toContain(q.speaker.name || q.speaker.mention || 'speaker not found');
      expect(label).toContain(q.strength.label);
      expect(label).toContain(q.stance);
    });
  });

  it('colours a speaker the same on all of their quotes and different speakers differently', () => {
    const colour = (i: number) => attr(byId(page, `a1-q${i}`)!, 'class')!.split(' ').find((c) => c.startsWith('sp'));
    const bySpeaker = new Map<string, Set<string | undefined>>();
    article.quotes.forEach((q, i) => {
      const k = q.speaker.name || q.speaker.mention;
      (bySpeaker.get(k) ?? bySpeaker.set(k, new Set()).get(k)!).add(colour(i));
    });
    for (const [who, colours] of bySpeaker) expect(colours.size, who).toBe(1);
    const distinct = new Set([...bySpeaker.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(bySpeaker.size);
  });

  it('shows the paragraphs as read', () => {
    const textDiv = within(articleEl(page, 1)).find((e) => attr(e, 'class') === 'text')!;
    const paras = within(textDiv).filter((e) => e.tagName === 'p');
    expect(paras.map(textWithoutLabels)).toEqual(ARTICLE.trim().split('\n\n'));
  });

  it('lists the speakers of the batch with their articles', () => {
    const section = page.all.find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'speakers-h')!;
    const t = text(section);
    expect(t).toContain('Anna Weber');
    expect(t).toContain('Mark Olsen');
    const links = within(section).filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['#a1']));
  });
});

describe('formatHtml on the sample report', () => {
  const html = formatHtml(SAMPLE_REPORT, { texts: new Map([['fixtures/sample.txt', SAMPLE_RAW]]) });
  const page = parsePage(html);

  it('lists each contested claim in the side panel with both sides and a link to its evidence sentence', () => {
    expect(page.errors).toEqual([]);
    const claim = SAMPLE_REPORT.articles[0]!.contested[0]!;
    const item = byId(page, 'a1-c0')!;
    expect(text(item)).toContain(claim.claim);
    for (const name of [...claim.assertedBy, ...claim.disputedBy]) expect(text(item)).toContain(name);
    const hrefs = within(item).filter((e) => e.tagName === 'a').map((e) => attr(e, 'href')!);
    const evidence = hrefs.map((h) => byId(page, h.slice(1))!).find((e) => (attr(e, 'class') ?? '').includes('ev'));
    expect(evidence && textWithoutLabels(evidence)).toBe(claim.evidence);
    // the denials by the disputing speakers link to their quotes
    expect(hrefs).toEqual(expect.arrayContaining(['#a1-q0', '#a1-q2']));
  });

  it('counts quotes by kind of speaker in the overview', () => {
    const row = page.all.find((e) => e.tagName === 'tr' && within(e).some((x) => attr(x, 'href') === '#a1' && x.tagName === 'a'))!;
    const cells = within(row).filter((e) => e.tagName === 'td').map((e) => text(e).trim());
    // date, quotes, named, anonymous, not found, contested
    expect(cells).toEqual(['2020-06-29', '4', '2 (50%)', '1 (25%)', '1 (25%)', '1']);
  });

  it('draws one bar group per article with a text alternative', () => {
    const svg = page.all.find((e) => e.tagName === 'svg')!;
    expect(attr(svg, 'role')).toBe('img');
    expect(within(svg).filter((e) => e.tagName === 'rect').map((e) => attr(e, 'class'))).toEqual([
      'bar-strong', 'bar-moderate', 'bar-weak', 'bar-unattributed',
    ]);
    expect(text(byId(page, 'chart-desc')!)).toContain('1 strong, 1 moderate, 1 weak, 1 unattributed');
  });

  it('names the inputs that failed', () => {
    expect(text(page.root)).toContain('broken.txt');
    expect(text(page.root)).toContain('E_BINARY');
  });

  it('says the batch speakers were not computed when none are given', () => {
    expect(text(page.root)).toContain('Not computed for this report.');
  });

  it('lists the quotes when the article text is not given, still one element per quote', () => {
    const p = parsePage(formatHtml(SAMPLE_REPORT));
    expect(p.errors).toEqual([]);
    const marks = p.all.filter((e) => attr(e, 'data-quote') !== undefined);
    expect(marks.map(text)).toEqual(SAMPLE_REPORT.articles[0]!.quotes.map((q) => q.text));
    expect(text(p.root)).toContain('The article text was not available');
  });

  it('lists a quote whose offsets do not fit the text instead of marking the wrong words', () => {
    const shifted = SAMPLE_RAW.replace('Russia denies', 'Russia firmly denies');
    const p = parsePage(formatHtml(SAMPLE_REPORT, { texts: new Map([['fixtures/sample.txt', shifted]]) }));
    const unlocated = p.all.find((e) => attr(e, 'class') === 'unlocated')!;
    expect(within(unlocated).filter((e) => attr(e, 'data-quote') !== undefined).length).toBe(4);
    expect(text(unlocated)).toContain('could not be placed');
  });
});

// ------------------------------------------------------------------ escaping

describe('escaping: nothing from an article gets into the page as markup', () => {
  it('a hand-made report with hostile text in every field', () => {
    const { report, texts, speakers } = hostileReport();
    const html = formatHtml(report, { texts, speakers });
    const page = parsePage(html);
    expect(page.errors).toEqual([]);
    expect(injected(page)).toEqual([]);
    // the hostile strings are shown as text, each quote still marked on its words
    const scope = articleEl(page, 1);
    report.articles[0]!.quotes.forEach((q, i) => expect(quoteText(scope, i)).toBe(q.text));
    for (const s of HOSTILE) expect(text(page.root)).toContain(s);
    expect(text(page.all.find((e) => e.tagName === 'title')!)).toBe('</title><script>alert(12)</script> – claims');
  });

  it('an article with markup in its text, through the pipeline', () => {
    const { report, texts } = reportOf([['hostile.txt', HOSTILE_ARTICLE]]);
    expect(report.articles[0]!.quotes.length).toBeGreaterThanOrEqual(3);
    const page = parsePage(formatHtml(report, { texts, speakers: batchSpeakers(report) }));
    expect(page.errors).toEqual([]);
    expect(injected(page)).toEqual([]);
    expect(text(articleEl(page, 1))).toContain('<script>alert(1)</script> is not a threat');
  });

  it('the checks find an injection when there is one', () => {
    const bad = formatHtml(SAMPLE_REPORT).replace('<main id="main" tabindex="-1">', '<main id="main"><img src=x onerror=alert(1)><a href="http://x">x</a>');
    expect(injected(parsePage(bad))).toEqual(['<img>', 'img[src]', 'img[onerror]', 'a[href=http://x]']);
  });

  it('forbids scripts and fetching in the page itself', () => {
    expect(formatHtml(SAMPLE_REPORT)).toContain(CSP);
    expect(CSP).toContain("default-src 'none'");
  });
});
