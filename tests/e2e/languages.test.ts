/**
 * The seven languages in a real browser, offline: the start language from ?lang= and the browser's
 * language, the switch in story, explore and kiosk modes (story text, interface, map labels and the
 * address change together; the step stays), the kiosk's reset to its configured language, and the same
 * steps screenshotted in every language, checked for overflowing panels and for the bundled font
 * subsets that the scripts need.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEBUG_ON, launch, open, settled, shot, type Session } from '../../scripts/lib/browser.ts';

const base = () => process.env.E2E_BASE_URL!;
const LANGS = ['en', 'pl', 'lt', 'lv', 'et', 'fi', 'uk'] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function clean(s: Session) {
  expect(s.blocked, 'requests outside localhost').toEqual([]);
  expect(s.errors, 'console errors').toEqual([]);
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__storymap;
    return { lang: document.documentElement.lang, app: s.app.lang, story: s.app.story.lang, step: s.app.step.id, title: s.app.step.title, labels: s.maps.main!.labels('places-label') };
  });

const langIs = (page: Page, lang: string) => page.waitForFunction((l) => document.documentElement.lang === l && window.__storymap?.app.story.lang === l, lang, { timeout: 20_000 });

/** Elements of the visible panels that are wider than their box (text that does not fit). */
const overflowing = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll<HTMLElement>(sel)) {
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const r = el.getBoundingClientRect();
        // Clipped on purpose: scrolling boxes and text for screen readers only.
        // Also skipped: controls drawn transparent over an icon (the phone's language picker over its globe).
        const cs = getComputedStyle(el);
        if (!r.width || el.closest('.sr-only') || cs.clipPath !== 'none' || cs.overflowX === 'auto' || cs.overflowX === 'scroll' || cs.opacity === '0') continue;
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return out;
  }, selector);

/** The font files the page fetched (all from its own origin): the browser fetches a subset only when
 *  the page shows characters of its range, so a script's subset must be among them. */
const fontFiles = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.woff2'));
  });

describe('languages', () => {
  it('starts in the language of ?lang=, else of the browser; a bad ?lang= gets a notice', async () => {
    const s = await open(browser, `${base()}?lang=pl#step=soviet-invasion`, { reducedMotion: 'reduce' });
    await settled(s.page, 'soviet-invasion');
    await langIs(s.page, 'pl');
    const st = await state(s.page);
    expect(st.title).toMatch(/^17 września 1939/);
    expect(await s.page.locator('article[data-step=soviet-invasion]').textContent()).toMatch(/466\s516/);
    expect(st.labels.lang).toBe('pl');
    expect(st.labels.texts.join('|')).toMatch(/Lwów|Wilno|Grodno/);
    await s.context.close();

    const ctx = await browser.newContext({ locale: 'uk-UA', viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
    await ctx.route('**/*', (r) => (/^https?:\/\/(127\.0\.0\.1|localhost)/.test(r.request().url()) ? r.continue() : r.abort()));
    await ctx.addInitScript(DEBUG_ON); // the debug surface `settled` reads
    const page = await ctx.newPage();
    await page.goto(`${base()}#step=pact`);
    await settled(page, 'pact');
    await langIs(page, 'uk');
    expect((await state(page)).title).toMatch(/^23 серпня 1939/);
    await ctx.close();

    const b = await open(browser, `${base()}?lang=xx%3Cb%3E#step=pact`, { reducedMotion: 'reduce' });
    await settled(b.page, 'pact');
    const notice = await b.page.locator('.notices').textContent();
    expect(notice).toContain('xx<b>');
    expect(await b.page.locator('.notices b').count()).toBe(0);
    clean(b);
    await b.context.close();
  });

  it('switches language in the story: text, interface, labels and address together; the step stays', async () => {
    const s = await open(browser, `${base()}#step=camps`, { reducedMotion: 'reduce' });
    await settled(s.page, 'camps');
    const before = await state(s.page);
    expect(before.lang).toBe('en');
    await s.page.getByTestId('language').selectOption('lt');
    await langIs(s.page, 'lt');
    const after = await state(s.page);
    expect(after.step).toBe('camps');
    expect(after.title).not.toBe(before.title);
    expect(await s.page.locator('article[data-step=camps] h2, article[data-step=camps] h3').first().textContent()).toBe(after.title);
    await s.page.waitForFunction(() => window.__storymap.maps.main!.labels('places-label').lang === 'lt');
    expect(await s.page.evaluate(() => location.search)).toBe('?lang=lt');
    expect(await s.page.evaluate(() => location.hash)).toBe('#step=camps');
    // The choice survives a reload through the address.
    await s.page.reload();
    await settled(s.page, 'camps');
    await langIs(s.page, 'lt');
    await s.page.getByTestId('language').selectOption('en');
    await langIs(s.page, 'en');
    expect(await s.page.evaluate(() => location.search)).toBe('');
    clean(s);
    await s.context.close();
  });

  it('switches language in explore mode', async () => {
    const s = await open(browser, `${base()}#mode=explore&step=camps&date=1940-04-20&layers=camps,places,sites`, { reducedMotion: 'reduce' });
    await s.page.waitForFunction(() => !!window.__storymap?.maps.main?.ready);
    const layersBefore = await s.page.getByTestId('layers').textContent();
    await s.page.getByTestId('language').selectOption('fi');
    await langIs(s.page, 'fi');
    const layersAfter = await s.page.getByTestId('layers').textContent();
    expect(layersAfter).not.toBe(layersBefore);
    expect(await s.page.evaluate(() => window.__storymap.app.mode)).toBe('explore');
    expect(await s.page.evaluate(() => location.hash)).toContain('mode=explore');
    await shot(s.page, 'lang-explore-fi');
    clean(s);
    await s.context.close();
  });

  it('switches language in the kiosk, and a reset returns to the configured start language', async () => {
    const s = await open(browser, `${base()}?mode=kiosk&speed=5&idle=20&prompt=20&lang=lv`, { reducedMotion: 'reduce', hasTouch: true });
    await s.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract' && !!window.__storymap?.maps.main?.ready, null, { timeout: 60_000 });
    await langIs(s.page, 'lv');
    await s.page.touchscreen.tap(900, 300);
    await s.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'visitor');
    await s.page.getByTestId('kiosk-language').tap();
    await s.page.locator('.kiosk-lang-list button[lang=et]').tap();
    await langIs(s.page, 'et');
    await shot(s.page, 'lang-kiosk-et');
    // Idle: prompt, then reset to the configured language.
    await s.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'prompt', null, { timeout: 30_000 });
    await s.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 30_000 });
    await langIs(s.page, 'lv');
    expect(s.blocked).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  for (const [w, h, steps] of [
    [1200, 800, ['pact', 'camps', 'baltic-annexation', 'june-deportation']],
    [375, 740, ['soviet-invasion']],
  ] as const) {
    it(`shows the same steps in every language at ${w}×${h}: nothing overflows, the script's font subset is loaded`, async () => {
      const s = await open(browser, `${base()}#step=${steps[0]}`, { width: w, height: h, reducedMotion: 'reduce' });
      for (const lang of LANGS) {
        await s.page.goto(`${base()}?lang=${lang}#step=${steps[0]}`);
        await langIs(s.page, lang);
        for (const step of steps) {
          await s.page.evaluate((id) => (location.hash = `#step=${id}`), step);
          await settled(s.page, step);
          await s.page.locator(`article[data-step=${step}]`).scrollIntoViewIfNeeded();
          await settled(s.page, step);
          expect(await overflowing(s.page, `article[data-step=${step}], header.masthead, .legend`), `${lang} ${step}`).toEqual([]);
          await shot(s.page, `lang-${w}-${step}-${lang}`);
        }
        const files = await fontFiles(s.page);
        expect(
          files.every((f) => f.startsWith(base())),
          'fonts from the app itself',
        ).toBe(true);
        if (lang === 'uk') expect(files.join('\n'), 'Cyrillic subset').toMatch(/noto-serif-cyrillic-400-normal[^/]*\.woff2/);
        if (lang === 'pl' || lang === 'lt' || lang === 'lv') expect(files.join('\n'), 'Latin Extended subset').toMatch(/noto-serif-latin-ext-400-normal[^/]*\.woff2/);
      }
      clean(s);
      await s.context.close();
    });
  }
});
