// The HTML report in a real browser: headless Chromium (Debian's package, driven by
// playwright-core) opens the seeds' report offline and the escaping test page. It fails when
// Chromium is missing; CLAIMS_SKIP_BROWSER=1 skips it on purpose. Screenshots and the pages go
// to test/artifacts/ (git-ignored); CLAIMS_DOCS_SCREENSHOT=1 also updates docs/report.png.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, formatHtml } from '../src/format/html.js';
import { DARK, LIGHT } from '../src/format/html/palette.js';
import type { Report } from '../src/model/types.js';
import { analyze } from '../src/pipeline.js';
import { buildReport, toReportArticle } from '../src/report/build.js';
import { batchSpeakers } from '../src/report/speakers.js';
import { HOSTILE_ARTICLE, hostileReport, injected } from './fixtures/hostile.js';
import { launch, SKIP_BROWSER } from './support/browser.js';
import { claims } from './support/cli.js';
import { parsePage } from './support/html.js';

const ARTIFACTS = resolve('test/artifacts');

interface Opened {
  page: Page;
  /** every request the page made besides loading itself */
  requests: string[];
  dialogs: string[];
  errors: string[];
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

(SKIP_BROWSER ? describe.skip : describe)('the HTML report in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let report: Report;

  async function open(html: string, name: string): Promise<Opened> {
    const file = join(ARTIFACTS, `${name}.html`);
    await writeFile(file, html);
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const opened: Opened = { page, requests: [], dialogs: [], errors: [] };
    page.on('request', (r) => {
      if (r.url() !== url) opened.requests.push(r.url());
    });
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => opened.errors.push(e.message));
    // a blocked fetch shows up as a console error (CSP violation, failed load)
    page.on('console', (m) => {
      if (m.type() === 'error') opened.errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300); // time for an injected onerror/onload to fire
    return opened;
  }

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' });
    // nothing may leave the machine: every request but the page's own file is refused (and recorded above)
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    report = JSON.parse((await claims(['extract', 'seeds/', '--format', 'json'])).stdout) as Report;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe('the seeds’ report', () => {
    let o: Opened;
    beforeAll(async () => {
      const r = await claims(['report', 'seeds/']);
      expect(r.code).toBe(0);
      o = await open(r.stdout, 'report');
    }, 60_000);

    it('loads offline: no request beyond the file itself, no error', () => {
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      expect(o.dialogs).toEqual([]);
    });

    it('highlights every quote of every article, on its words, visibly', async () => {
      const seen = await o.page.evaluate((n) => {
        const out: Array<Array<{ text: string; bg: string; w: number }>> = [];
        for (let k = 1; k <= n; k++) {
          const scope = document.getElementById(`a${k}`)!;
          out.push(
            [...scope.querySelectorAll<HTMLElement>('[data-quote]')].map((el) => {
              const i = el.dataset.quote!;
              const parts = [el, ...scope.querySelectorAll<HTMLElement>(`[data-quote-part="${i}"]`)];
              return {
                text: parts.map((p) => p.textContent).join(''),
                bg: getComputedStyle(el).backgroundColor,
                w: el.getBoundingClientRect().width,
              };
            }),
          );
        }
        return out;
      }, report.articles.length);
      expect(seen).toHaveLength(5);
      report.articles.forEach((a, k) => {
        expect(seen[k]!.map((s) => s.text), a.file).toEqual(a.quotes.map((q) => q.text));
        for (const s of seen[k]!) {
          expect(s.bg).not.toBe('rgba(0, 0, 0, 0)');
          expect(s.w).toBeGreaterThan(0);
        }
      });
    });

    it('lists each article’s contested claims in its side panel, the bounty claim among them, linked to its evidence', async () => {
      const panels = await o.page.$$eval('article.doc aside', (els) => els.map((e) => e.textContent ?? ''));
      report.articles.forEach((a, k) => {
        for (const c of a.contested) expect(panels[k], a.file).toContain(c.claim);
      });
      // the seeds' bounty story: Russian money offered for attacks, disputed by someone
      const bounty = report.articles.flatMap((a, k) =>
        a.contested.map((c, i) => ({ c, k: k + 1, i })).filter(({ c }) => /bount|reward|money|cash/i.test(c.claim) && c.disputedBy.length > 0),
      );
      expect(bounty.length).toBeGreaterThan(0);
      for (const { c, k, i } of bounty) {
        await o.page.click(`#a${k}-c${i} a[href^="#a${k}-e"]`);
        const target = await o.page.evaluate(() => {
          const t = document.querySelector(':target');
          if (!t) return null;
          const copy = t.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.who').forEach((w) => w.remove());
          return { text: copy.textContent?.replace(/\s+/g, ' ').trim(), outline: getComputedStyle(t).outlineStyle };
        });
        expect(target).toEqual({ text: c.evidence, outline: 'solid' });
        for (const name of c.disputedBy) expect(panels[k - 1]).toContain(name);
      }
    });

    it('reaches the quotes with the keyboard and shows where the focus is', async () => {
      await o.page.evaluate(() => {
        const h = document.getElementById('a2-h')!;
        h.tabIndex = -1;
        h.focus();
      });
      await o.page.keyboard.press('Tab');
      const focused = await o.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          quote: el.dataset.quote,
          article: el.closest('article')?.id,
          outline: getComputedStyle(el).outlineStyle,
          described: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        };
      });
      expect(focused).toMatchObject({ quote: '0', article: 'a2', outline: 'solid' });
      const q = report.articles[1]!.quotes[0]!;
      expect(focused.described).toContain(q.speaker.name || q.speaker.mention);
    });

    it('prints: no navigation, one column, a PDF', async () => {
      await o.page.emulateMedia({ media: 'print' });
      const printed = await o.page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('nav.toc')!).display,
        body: getComputedStyle(document.querySelector('.doc-body')!).display,
      }));
      expect(printed).toEqual({ nav: 'none', body: 'block' });
      const pdf = await o.page.pdf({ path: join(ARTIFACTS, 'report.pdf') });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await o.page.emulateMedia({ media: 'screen' });
    });

    it('follows the reader’s colour scheme', async () => {
      const bg = () => o.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await o.page.emulateMedia({ colorScheme: 'dark' });
      expect(await bg()).toBe(rgb(DARK.page));
      await o.page.emulateMedia({ colorScheme: 'light' });
      expect(await bg()).toBe(rgb(LIGHT.page));
    });

    it('saves screenshots', async () => {
      // a fresh load: no focus ring or :target left from the tests above
      await o.page.goto(o.page.url().replace(/#.*$/, ''));
      await o.page.screenshot({ path: join(ARTIFACTS, 'report-overview.png') });
      await o.page.evaluate(() => document.getElementById('a2')!.scrollIntoView());
      await o.page.screenshot({ path: join(ARTIFACTS, 'report-article.png') });
      if (process.env.CLAIMS_DOCS_SCREENSHOT === '1') {
        await o.page.setViewportSize({ width: 1100, height: 720 });
        await o.page.evaluate(() => document.getElementById('a2')!.scrollIntoView());
        await o.page.screenshot({ path: resolve('docs/report.png') });
      }
    });
  });

  describe('the escaping test page', () => {
    for (const [name, make] of [
      ['hostile-fields', () => hostileReport()],
      [
        'hostile-article',
        () => {
          const report = buildReport([toReportArticle(analyze({ file: 'hostile.txt', id: 'hostile', raw: HOSTILE_ARTICLE }))], []);
          return { report, texts: new Map([['hostile.txt', HOSTILE_ARTICLE]]), speakers: batchSpeakers(report) };
        },
      ],
    ] as const) {
      it(`${name}: runs nothing and injects nothing, even without the page's Content-Security-Policy`, async () => {
        const { report: r, texts, speakers } = make();
        const html = formatHtml(r, { texts, speakers });
        const bare = html.replace(CSP, '');
        expect(bare).not.toBe(html);
        const o = await open(bare, name);
        expect(o.dialogs).toEqual([]);
        expect(o.requests).toEqual([]);
        expect(o.errors).toEqual([]);
        const live = await o.page.evaluate(() => ({
          scripts: document.scripts.length,
          handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
          quotes: document.querySelectorAll('[data-quote]').length,
        }));
        expect(live).toEqual({ scripts: 0, handlers: [], quotes: r.articles[0]!.quotes.length });
        expect(injected(parsePage(await o.page.content()), { csp: false })).toEqual([]);
        await o.page.close();
      });
    }
  });
});
