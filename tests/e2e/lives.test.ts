/**
 * Lives in a real browser, offline: every life plays station by station with Next; each station's
 * map, read back from MapLibre, equals the station's declared state; reaching a station by Next,
 * by Back or by a link lands on the same map; a story step that a life crosses opens it at the right
 * station; the panel speaks the language chosen; the path is drawn out with the date counter.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, settled, shot } from '../../scripts/lib/browser.ts';
import { loadContent } from '../../scripts/content/vite-plugin.ts';

const { index } = loadContent().lives;

const base = () => process.env.E2E_BASE_URL!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = { day: number; visible: string[]; highlight: string[]; bounds: number[]; animating: boolean };
type Declared = { day: number; visible: string[]; highlight: string[]; camera: { kind: 'bounds'; bounds: number[] }; animation?: unknown };

async function read(page: Page) {
  return page.evaluate(() => {
    const m = window.__storymap.maps.main!;
    const panel = document.querySelector('[data-testid=life-panel]');
    const state = JSON.parse(JSON.stringify(m.state));
    const source = m.map.getSource('life-path') as unknown as { serialize(): { data: { features: { properties: { kind: string } }[] } } } | undefined;
    return {
      snap: m.snapshot(),
      declared: state,
      // The state the map ends in: the transition into it (run only when travelling with Next) aside.
      end: { ...state, animation: undefined },
      title: panel?.querySelector('h3')?.textContent ?? '',
      meta: panel?.querySelector('.meta')?.textContent ?? '',
      hash: location.hash,
      path: (source?.serialize().data.features ?? []).map((f) => f.properties.kind),
    };
  }) as Promise<{ snap: Snapshot; declared: Declared; end: Declared; title: string; meta: string; hash: string; path: string[] }>;
}

function expectMatches(r: Awaited<ReturnType<typeof read>>, what: string) {
  expect(r.snap.day, `${what}: day`).toBe(r.declared.day);
  expect(r.snap.visible, `${what}: layers`).toEqual(r.declared.visible);
  expect(r.snap.highlight, `${what}: highlight`).toEqual(r.declared.highlight);
  expect(r.snap.animating, `${what}: animating`).toBe(false);
  const [w, s, e, n] = r.declared.camera.bounds;
  const [bw, bs, be, bn] = r.snap.bounds;
  expect(bw, `${what}: west`).toBeLessThanOrEqual(w);
  expect(bs, `${what}: south`).toBeLessThanOrEqual(s);
  expect(be, `${what}: east`).toBeGreaterThanOrEqual(e);
  expect(bn, `${what}: north`).toBeGreaterThanOrEqual(n);
}

describe('lives', () => {
  it('every life plays with Next, each station on its declared map, and a link to a station lands on the same map', async () => {
    const s = await open(browser, `${base()}/#life=${index[0].id}&station=1`, { width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      for (const life of index) {
        await s.page.evaluate((id: string) => (location.hash = `#life=${id}&station=1`), life.id);
        await settled(s.page, `life:${life.id}/0`);
        const byNext: Declared[] = [];
        const ends: Declared[] = [];
        for (let n = 0; n < life.stations; n++) {
          if (n > 0) {
            await s.page.click('[data-testid=life-next]');
            await settled(s.page, `life:${life.id}/${n}`);
          }
          const r = await read(s.page);
          expectMatches(r, `${life.id} station ${n + 1}`);
          expect(r.hash).toBe(`#life=${life.id}&station=${n + 1}`);
          expect(r.path).toContain('station');
          byNext.push(r.declared);
          ends.push(r.end);
        }
        expect(await s.page.isDisabled('[data-testid=life-next]')).toBe(true);
        // Back one station, then jump by link to each station: the same declared map each time.
        await s.page.click('[data-testid=life-back]');
        await settled(s.page, `life:${life.id}/${life.stations - 2}`);
        expect((await read(s.page)).end).toEqual(ends[life.stations - 2]);
        for (let n = life.stations - 1; n >= 0; n -= 2) {
          await s.page.evaluate(([id, k]: string[]) => (location.hash = `#life=${id}&station=${k}`), [life.id, String(n + 1)]);
          await settled(s.page, `life:${life.id}/${n}`);
          const r = await read(s.page);
          expectMatches(r, `${life.id} link to station ${n + 1}`);
          expect(r.end, `${life.id} station ${n + 1}: link vs Next`).toEqual(ends[n]);
          expect(r.declared.animation ?? null, 'a jump has no transition').toBeNull();
        }
      }
      await s.page.evaluate(() => (location.hash = '#life=swianiewicz&station=3'));
      await settled(s.page, 'life:swianiewicz/2');
      await shot(s.page, 'life-swianiewicz-3-en');
      expect(s.blocked).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, 900_000);

  it('a fresh load of a deep link lands on the same map as Next, and a bad link tells the visitor', async () => {
    const s = await open(browser, `${base()}/#life=buber-neumann&station=5`, { width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      await settled(s.page, 'life:buber-neumann/4');
      const r = await read(s.page);
      expectMatches(r, 'buber-neumann station 5 (fresh)');
      expect(r.title).toBe('Bug bridge, Brest-Litovsk');
      expect(r.meta).toContain('February 1940');
      // The counter shows the month only: the exact day of the handover is not confirmed.
      expect(await s.page.locator('[data-testid=life-date]').textContent()).toBe('February 1940');
      expect(r.declared.day).toBe(Math.round((Date.UTC(1940, 1, 1) - Date.UTC(1938, 0, 1)) / 86_400_000));
      await shot(s.page, 'life-buber-neumann-5-en');
      await s.page.evaluate(() => (location.hash = '#life=nobody&station=2'));
      await s.page.waitForSelector('text=does not have');
    } finally {
      await s.context.close();
    }
  });

  it('a story step that a life crosses offers to follow it from there, in the language chosen', async () => {
    const s = await open(browser, `${base()}/?lang=pl#step=transports`, { width: 1280, height: 800, reducedMotion: 'reduce' });
    try {
      await settled(s.page, 'transports');
      const follow = s.page.locator('#step-transports [data-follow=swianiewicz]');
      expect(await follow.textContent()).toContain('Stanisław Swianiewicz');
      await follow.click();
      await settled(s.page, 'life:swianiewicz/2');
      const r = await read(s.page);
      expectMatches(r, 'follow from the story');
      expect(r.title).toBe('Stacja Gniezdowo pod Smoleńskiem');
      expect(r.meta).toContain('1940');
      await shot(s.page, 'life-swianiewicz-3-pl');
      // Back to the story returns to the step's map.
      await s.page.click('[data-testid=back-to-story]');
      await settled(s.page);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('with motion, the date counter runs and the path is drawn out between two stations', async () => {
    const s = await open(browser, `${base()}/#life=anders&station=3`, { width: 1280, height: 800, reducedMotion: 'no-preference' });
    try {
      await settled(s.page, 'life:anders/2');
      await s.page.click('[data-testid=life-next]');
      // Mid-way: the map's date is between the two stations, the counter shows an earlier month and
      // the path has a moving head — all seen at one moment.
      await s.page.waitForFunction(
        () => {
          const m = window.__storymap.maps.main!;
          const snap = m.snapshot();
          const date = document.querySelector('[data-testid=life-date]')?.textContent ?? '';
          const src = m.map.getSource('life-path') as unknown as { serialize(): { data: { features: { properties: { kind: string } }[] } } } | undefined;
          const head = (src?.serialize().data.features ?? []).some((f) => f.properties.kind === 'head');
          return snap.animating && snap.day > 789 && snap.day < 1339 && head && date !== 'September 1941' && /19(40|41)/.test(date);
        },
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      await shot(s.page, 'life-anders-mid-animation');
      await settled(s.page, 'life:anders/3');
      // Anders reached Buzuluk in September 1941: the counter ends at the month the record gives.
      expect(await s.page.locator('[data-testid=life-date]').textContent()).toBe('September 1941');
      expect((await read(s.page)).path).not.toContain('head');
      expectMatches(await read(s.page), 'anders station 4 after the animation');
    } finally {
      await s.context.close();
    }
  });
  it('explore: search finds a person, the path is a layer, a click on a station opens its details and follows it', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1940-03-01&at=30,55,4&layers=places`, { reducedMotion: 'reduce' });
    try {
      const ready = () =>
        s.page.waitForFunction(() => !!window.__storymap?.maps.main?.ready && window.__storymap?.app?.settled === 'explore' && !window.__storymap.maps.main!.moving, undefined, { timeout: 60_000 });
      await ready();
      const box = s.page.getByRole('combobox', { name: 'Search places and events' });
      await box.fill('swianiewicz');
      const opt = s.page.locator('#explore-search-list [role=option]', { hasText: 'Life' }).first();
      await opt.waitFor({ timeout: 10_000 });
      expect(await opt.textContent()).toContain('Swianiewicz');
      await opt.click();
      // The path is declared in the map state, every station at once, and the camera frames it.
      await s.page.waitForFunction(
        () => {
          const m = window.__storymap.maps.main!;
          return m.state?.path?.id === 'swianiewicz' && m.state.path.whole === true && !m.moving;
        },
        undefined,
        { timeout: 30_000 },
      );
      await ready();
      expect(await s.page.getByTestId('life-layer').inputValue()).toBe('swianiewicz');
      const n = await s.page.evaluate(() => window.__storymap.maps.main!.state!.path!.points.length);
      expect(n).toBe(index.find((l) => l.id === 'swianiewicz')!.stations);
      await shot(s.page, 'life-explore-swianiewicz-path');
      // A click on the second station (where the map draws it, in the free part of the map) opens its details.
      const pt = await s.page.evaluate(() => {
        const m = window.__storymap.maps.main!;
        const xy = m.map.project(m.state!.path!.points[1]);
        const r = m.map.getCanvas().getBoundingClientRect();
        return { x: r.left + xy.x, y: r.top + xy.y, w: r.width, h: r.height };
      });
      expect(pt.x > 0 && pt.x < pt.w && pt.y > 0 && pt.y < pt.h, 'the station is on screen').toBe(true);
      await s.page.mouse.click(pt.x, pt.y);
      const details = s.page.getByTestId('life-station-details');
      await details.waitFor({ timeout: 10_000 });
      expect(await details.locator('.meta').first().textContent()).toMatch(/Swianiewicz · Station 2 of \d+/);
      // The details are wholly on screen (they once opened off its left edge).
      const r = await details.boundingBox();
      expect(r!.x, 'details left edge').toBeGreaterThanOrEqual(0);
      expect(r!.x + r!.width, 'details right edge').toBeLessThanOrEqual(1200);
      expect(await s.page.evaluate(() => window.__storymap.maps.main!.state!.path!.current)).toBe(1);
      await shot(s.page, 'life-explore-station-details');
      // "Follow" opens Lives mode at that station.
      await s.page.getByTestId('life-open').click();
      await settled(s.page, 'life:swianiewicz/1');
      expect(await s.page.evaluate(() => location.hash)).toBe('#life=swianiewicz&station=2');
      expect(s.errors).toEqual([]);
      expect(s.blocked).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('the kiosk attract loop shows a life between chapters when kiosk.json names one (attractLives)', async () => {
    const s = await open(browser, `${base()}?mode=kiosk&speed=40&idle=15&prompt=20`, { hasTouch: true, reducedMotion: 'reduce' });
    try {
      await s.page.route('**/kiosk.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ chapters: ['prologue', 'katyn'], attractLives: ['swianiewicz'] }) }),
      );
      await s.page.reload();
      await s.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract' && !!window.__storymap?.maps.main?.ready, null, { timeout: 90_000 });
      // Played by itself, the loop reaches the life at the end of a chapter, walks its stations, then goes on with the story.
      await s.page.waitForFunction(() => window.__storymap.app.mode === 'life' && window.__storymap.lives?.life?.id === 'swianiewicz', null, { timeout: 180_000, polling: 100 });
      expect(await s.page.evaluate(() => window.__storymap.kiosk!.stage)).toBe('attract');
      await s.page.waitForFunction(() => window.__storymap.lives!.station >= 1, null, { timeout: 120_000, polling: 100 });
      await shot(s.page, 'kiosk-attract-life');
      await s.page.waitForFunction(() => window.__storymap.app.mode === 'story', null, { timeout: 240_000, polling: 100 });
      expect(await s.page.evaluate(() => window.__storymap.kiosk!.stage)).toBe('attract');
      expect(s.errors).toEqual([]);
      expect(s.blocked).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});
