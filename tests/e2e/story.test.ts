/**
 * The scroll story in a real browser (Debian's Chromium), offline: every non-localhost request is
 * blocked and counted, console errors are collected, and every step's map is read back from
 * MapLibre and compared with the step's declaration.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { launch, open, settled, shot, type Session } from '../../scripts/lib/browser.ts';

const base = () => process.env.E2E_BASE_URL!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = { day: number; visible: string[]; highlight: string[]; center: [number, number]; zoom: number; bounds: number[]; animating: boolean };
type Declared = { day: number; visible: string[]; highlight: string[]; camera: { kind: 'view'; center: [number, number]; zoom: number } | { kind: 'bounds'; bounds: number[] } };

async function read(page: Page) {
  return page.evaluate(() => {
    const s = window.__storymap;
    return {
      step: s.app.step.id,
      count: s.app.count,
      snap: s.maps.main!.snapshot() as Snapshot,
      declared: s.maps.main!.state as Declared,
      date: document.querySelector('[data-testid=map-date]')?.textContent,
    };
  });
}

/** The map read back from MapLibre equals what the step declares. */
function expectMatches(snap: Snapshot, declared: Declared, step = '') {
  expect(snap.day, `${step}: day`).toBe(declared.day);
  expect(snap.visible, `${step}: layers`).toEqual(declared.visible);
  expect(snap.highlight, `${step}: highlight`).toEqual(declared.highlight);
  expect(snap.animating, `${step}: animating`).toBe(false);
  if (declared.camera.kind === 'view') {
    expect(snap.center[0], `${step}: centre`).toBeCloseTo(declared.camera.center[0], 1);
    expect(snap.center[1], `${step}: centre`).toBeCloseTo(declared.camera.center[1], 1);
    expect(snap.zoom, `${step}: zoom`).toBeCloseTo(declared.camera.zoom, 1);
  } else {
    // The features to fit are inside the visible map.
    const [w, s, e, n] = declared.camera.bounds;
    const [bw, bs, be, bn] = snap.bounds;
    expect(bw).toBeLessThanOrEqual(w);
    expect(bs).toBeLessThanOrEqual(s);
    expect(be).toBeGreaterThanOrEqual(e);
    expect(bn).toBeGreaterThanOrEqual(n);
  }
}

/** Share of distinct colours and of "paper/land" pixels in the map area of a screenshot. */
function pixels(path: string, clip: { x: number; y: number; w: number; h: number }) {
  const png = PNG.sync.read(readFileSync(path));
  const colours = new Set<number>();
  let land = 0;
  let n = 0;
  for (let y = clip.y; y < clip.y + clip.h; y += 3) {
    for (let x = clip.x; x < clip.x + clip.w; x += 3) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add((r >> 3) * 1024 + (g >> 3) * 32 + (b >> 3));
      if (r > 215 && g > 205 && b > 180 && r - b > 15) land++; // the atlas paper colour of land
      n++;
    }
  }
  return { colours: colours.size, land: land / n };
}

/** The id of the step the story shows before `id`. */
async function previous(page: Page, id: string) {
  const ids = await page.evaluate(() => [...document.querySelectorAll('article[data-step]')].map((a) => a.getAttribute('data-step')!));
  const i = ids.indexOf(id);
  expect(i, `${id} has a step before it`).toBeGreaterThan(0);
  return ids[i - 1];
}

function clean(s: Session) {
  expect(s.blocked, 'requests outside localhost').toEqual([]);
  expect(s.errors, 'console errors').toEqual([]);
}

describe('scroll story', () => {
  it('renders an offline atlas map with labels in bundled fonts', async () => {
    const s = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    const path = await shot(s.page, 'story-01-start');
    const px = pixels(path, { x: 480, y: 120, w: 680, h: 600 });
    expect(px.colours, 'the map canvas is not blank').toBeGreaterThan(40);
    expect(px.land, 'land is drawn in the paper colour').toBeGreaterThan(0.2);
    const labels = await s.page.evaluate(() => {
      const { map } = window.__storymap.maps.main!;
      return map.queryRenderedFeatures({ layers: ['places-label'] }).map((f) => [f.properties.label, f.properties.label_local]);
    });
    const text = labels.flat().join(' ');
    expect(text).toContain('Kraków'); // latin-ext
    expect(text).toContain('Lwów');
    expect(text).toMatch(/Москва|Мінск|Київ/); // cyrillic
    // The label fonts are the bundled files, loaded through MapLibre's font-faces.
    const faces = await s.page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    expect(faces).toBeGreaterThanOrEqual(2);
    clean(s);
    await s.context.close();
  });

  it('steps through the whole story by keyboard, each map matching its declaration', async () => {
    const s = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    const first = await read(s.page);
    const seen: string[] = [first.step];
    expectMatches(first.snap, first.declared);
    const days = new Set([first.snap.day]);
    for (let i = 1; i < first.count; i++) {
      await s.page.keyboard.press(i % 2 ? 'ArrowDown' : 'PageDown');
      await s.page.waitForFunction((prev) => window.__storymap?.app?.step.id !== prev, seen[seen.length - 1]);
      const id = await s.page.evaluate(() => window.__storymap.app.step.id);
      await settled(s.page, id);
      const r = await read(s.page);
      expectMatches(r.snap, r.declared, r.step);
      expect(await s.page.evaluate(() => location.hash)).toBe(`#step=${r.step}`);
      await shot(s.page, `story-step-${String(i + 1).padStart(2, '0')}-${r.step}`);
      seen.push(r.step);
      days.add(r.snap.day);
    }
    expect(new Set(seen).size).toBe(first.count); // every step reached once
    expect(days.size).toBeGreaterThan(4); // the map's date really changes
    await s.page.keyboard.press('PageUp');
    await settled(s.page, seen[seen.length - 2]);
    clean(s);
    await s.context.close();
  }, 400_000);

  it('scrolling the narrative drives the map', async () => {
    const s = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    await s.page.evaluate(() => document.querySelector('article[data-step=decision]')!.scrollIntoView({ block: 'center' }));
    await settled(s.page, 'decision');
    const r = await read(s.page);
    expect(r.step).toBe('decision');
    expectMatches(r.snap, r.declared);
    clean(s);
    await s.context.close();
  });

  it('fast scrolling lands on the declared state of the step at the reading line', async () => {
    const s = await open(browser, base()); // full motion: flights and reveals get interrupted
    await settled(s.page, 'pact');
    // A burst of wheel turns down and part of the way back, faster than any transition.
    for (let i = 0; i < 12; i++) await s.page.mouse.wheel(0, 900);
    for (let i = 0; i < 3; i++) await s.page.mouse.wheel(0, -700);
    await s.page.waitForTimeout(400);
    const id = await s.page.evaluate(() => {
      // The step whose panel crosses the reading line (55% of the viewport height).
      const line = innerHeight * 0.55;
      const hit = [...document.querySelectorAll('article[data-step]')].find((a) => {
        const r = a.getBoundingClientRect();
        return r.top <= line && r.bottom >= line;
      });
      return hit?.getAttribute('data-step') ?? window.__storymap.app.step.id;
    });
    await settled(s.page, await s.page.evaluate(() => window.__storymap.app.step.id), 60_000);
    const r = await read(s.page);
    expect(r.step).toBe(id);
    expectMatches(r.snap, r.declared);
    clean(s);
    await s.context.close();
  });

  it('a deep link opens the same map as arriving in order', async () => {
    // In order (keys), then directly (link): the map read back must be the same.
    const a = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(a.page, 'pact');
    // Read in order, step by step, until the reader reaches "sites".
    for (let guard = 0; guard < 100; guard++) {
      const here = await a.page.evaluate(() => window.__storymap?.app?.step.id);
      if (here === 'sites') break;
      await a.page.keyboard.press('ArrowDown');
      await a.page.waitForFunction((prev) => window.__storymap?.app?.step.id !== prev, here);
      await settled(a.page, await a.page.evaluate(() => window.__storymap.app.step.id));
    }
    await settled(a.page, 'sites');
    const inOrder = await read(a.page);
    clean(a);
    await a.context.close();

    const b = await open(browser, `${base()}#step=sites`, { reducedMotion: 'reduce' });
    await settled(b.page, 'sites');
    const direct = await read(b.page);
    await shot(b.page, 'story-deeplink-sites');
    expect(direct.step).toBe('sites');
    expect(direct.declared).toEqual(inOrder.declared);
    expect(direct.snap.visible).toEqual(inOrder.snap.visible);
    expect(direct.snap.day).toBe(inOrder.snap.day);
    expect(direct.snap.highlight).toEqual(inOrder.snap.highlight);
    expect(direct.snap.zoom).toBeCloseTo(inOrder.snap.zoom, 1);
    expect(await b.page.locator('article[data-step=sites]').getAttribute('aria-current')).toBe('step');
    clean(b);
    await b.context.close();
  });

  it('a bad or hostile link shows a notice and the beginning, and injects nothing', async () => {
    const s = await open(browser, `${base()}#step=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}&zoom=NaN`, { reducedMotion: 'reduce' });
    let dialog = false;
    s.page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await settled(s.page, 'pact');
    const notices = await s.page.locator('.notice span').allTextContents();
    expect(notices.join('\n')).toMatch(/does not exist/);
    expect(notices.join('\n')).toMatch(/"zoom" is not known/);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await s.page.locator('.notices img').count()).toBe(0);
    expect(dialog).toBe(false);
    await shot(s.page, 'story-bad-link');
    await s.page.locator('.notice button').first().click();
    expect(await s.page.locator('.notice').count()).toBe(1);
    clean(s);
    await s.context.close();
  });

  it('reveals the transport routes with a moving date counter', async () => {
    // Start one step before `transports`, whichever step the story places there.
    const s = await open(browser, `${base()}#step=transports`);
    await settled(s.page, 'transports');
    const before = await previous(s.page, 'transports');
    await s.page.evaluate((id) => (location.hash = `#step=${id}`), before);
    await settled(s.page, before);
    await s.page.keyboard.press('ArrowDown');
    // Mid-animation: the reveal overlay has partial lines and heads, the counter is between the dates.
    await s.page.waitForFunction(
      () => {
        const controller = window.__storymap.maps.main!;
        const snap = controller.snapshot();
        return snap.animating && snap.day >= 833 && snap.day <= 861; // 13 Apr … 11 May 1940 (days since 1 Jan 1938)
      },
      undefined,
      { timeout: 20_000 },
    );
    const mid = await read(s.page);
    expect(mid.date).toMatch(/(April|May) 1940/);
    expect(mid.date).not.toBe('12 May 1940');
    const heads = await s.page.evaluate(() => {
      const { map } = window.__storymap.maps.main!;
      return map.querySourceFeatures('route-reveal').map((f) => f.geometry.type);
    });
    expect(heads).toContain('Point');
    await shot(s.page, 'story-transports-mid-animation');
    await settled(s.page, 'transports', 60_000);
    const end = await read(s.page);
    expect(end.date).toBe('12 May 1940');
    expectMatches(end.snap, end.declared);
    await shot(s.page, 'story-transports-end');
    clean(s);
    await s.context.close();
  });

  it('under reduced motion jumps straight to the final state', async () => {
    const s = await open(browser, `${base()}#step=transports`, { reducedMotion: 'reduce' });
    await settled(s.page, 'transports');
    const before = await previous(s.page, 'transports');
    await s.page.evaluate((id) => (location.hash = `#step=${id}`), before);
    await settled(s.page, before);
    await s.page.keyboard.press('ArrowDown');
    // As soon as the controller has taken the new state, the map shows its end: no reveal runs.
    await s.page.waitForFunction(() => {
      const controller = window.__storymap.maps.main!;
      return controller.state?.day === 862; // 12 May 1940
    });
    const r = await read(s.page);
    expect(r.snap.animating).toBe(false);
    expect(r.date).toBe('12 May 1940');
    await settled(s.page, 'transports');
    clean(s);
    await s.context.close();
  });

  it('works on a 375 px phone without sideways scrolling', async () => {
    const s = await open(browser, `${base()}#step=camps`, { width: 375, height: 740, reducedMotion: 'reduce' });
    await settled(s.page, 'camps');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(s.page, 'story-phone-camps');
    clean(s);
    await s.context.close();
  });

  it('shows a legend of only what is on the map, and a timeline of where the step sits', async () => {
    const s = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    const legend = () => s.page.locator('[data-testid=legend] li').allTextContents();
    expect((await legend()).join('|')).toContain('Secret protocol');
    expect((await legend()).join('|')).not.toContain('NKVD special camp');
    // A link followed inside the page (hashchange) moves the story, the timeline and the legend.
    await s.page.evaluate(() => (location.hash = '#step=camps'));
    await settled(s.page, 'camps');
    const n = await s.page.evaluate(() => [...document.querySelectorAll('article[data-step]')].findIndex((a) => a.getAttribute('data-step') === 'camps') + 1);
    expect(await s.page.getByRole('img', { name: new RegExp(`^Timeline 1939–1991: step ${n} of \\d+, 1 March 1940$`) }).count()).toBe(1);
    const after = (await legend()).join('|');
    expect(after).toContain('NKVD special camp');
    expect(after).not.toContain('Secret protocol'); // the protocol line ended on 28 Sep 1939
    expect(await s.page.evaluate(() => location.hash)).toBe('#step=camps');
    await shot(s.page, 'story-legend-timeline-camps');
    clean(s);
    await s.context.close();
  });

  it('gestures switched off right after a blocked gesture, while a long task holds timers back, throw nothing', async () => {
    const s = await open(browser, `${base()}#step=pact`, { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    const r = await s.page.evaluate(async () => {
      const c = window.__storymap.maps.main!;
      const canvas = c.map.getCanvas();
      const box = canvas.getBoundingClientRect();
      let blocked = 0;
      c.map.on('cooperativegestureprevented', () => blocked++);
      // A plain wheel over a cooperative map: blocked, MapLibre shows its hint and hides it 100 ms later.
      canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -120, clientX: box.left + box.width * 0.7, clientY: box.top + box.height / 2 }));
      // 200 ms of work in the same task (no timer can run), then the map is told to take free gestures.
      const t = performance.now();
      while (performance.now() - t < 200);
      void c.apply({ ...c.state!, gestures: 'free' });
      await new Promise((ok) => setTimeout(ok, 600));
      return { blocked, cooperative: c.map.cooperativeGestures.isEnabled() };
    });
    expect(r.blocked, 'the wheel was blocked').toBe(1);
    expect(r.cooperative, 'gestures are free in the end').toBe(false);
    clean(s);
    await s.context.close();
  });

  it('the contents list jumps to any step; the wheel over the map scrolls the story, not the map', async () => {
    const s = await open(browser, base(), { reducedMotion: 'reduce' });
    await settled(s.page, 'pact');
    await s.page.getByRole('button', { name: 'Contents' }).click();
    await s.page.getByRole('link', { name: /the transports/ }).click();
    await settled(s.page, 'transports');
    expect(await s.page.locator('dialog.contents').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    const before = await read(s.page);
    const y0 = await s.page.evaluate(() => window.scrollY);
    await s.page.mouse.move(900, 400); // over the map, right of the narrative column
    await s.page.mouse.wheel(0, 600);
    await s.page.waitForFunction((y) => window.scrollY > y, y0);
    const after = await read(s.page);
    expect(after.snap.zoom).toBeCloseTo(before.snap.zoom, 5); // the map did not zoom
    clean(s);
    await s.context.close();
  });

  it('works on a 4K screen: readable type, the map still framed beside the text', async () => {
    const s = await open(browser, `${base()}#step=camps`, { width: 3840, height: 2160, reducedMotion: 'reduce' });
    await settled(s.page, 'camps');
    const m = await s.page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth > innerWidth,
      font: parseFloat(getComputedStyle(document.querySelector('article[data-step=camps] .body p')!).fontSize),
      panel: document.querySelector('article[data-step=camps]')!.getBoundingClientRect().width,
    }));
    expect(m.overflow).toBe(false);
    expect(m.font).toBeGreaterThanOrEqual(24); // readable from a distance on a large screen
    expect(m.panel).toBeLessThan(1000); // a readable column, not a 3,000 px line
    const r = await read(s.page);
    expectMatches(r.snap, r.declared, 'camps at 4K');
    await shot(s.page, 'story-4k-camps');
    clean(s);
    await s.context.close();
  });

  it('lists every data source in the credits', async () => {
    const s = await open(browser, `${base()}#step=totals`, { reducedMotion: 'reduce' });
    await settled(s.page, 'totals');
    const credits = await s.page.locator('#credits').textContent();
    for (const name of ['Natural Earth', 'historical-basemaps', 'GeoNames', 'GSHHG', 'Shelepin', 'MapLibre']) expect(credits).toContain(name);
    await s.page.locator('#credits').scrollIntoViewIfNeeded();
    await shot(s.page, 'story-credits');
    clean(s);
    await s.context.close();
  });
});
