/**
 * Free exploration in a real browser (Debian's Chromium), offline: every non-localhost request is
 * blocked and counted, console errors are collected. The slider (keys and drag), play, layer
 * toggles, search, feature details, compare, URL restore, hostile links, phones and axe-core.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, open, settled, shot, type Session } from '../../scripts/lib/browser.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { dayOf, isoOf } from '../../src/time.ts';

const base = () => process.env.E2E_BASE_URL!;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const title = (id: string) => LAYERS.find((l) => l.id === id)!.title;
const known = (ids: string[]) => ids.filter((id) => LAYERS.some((l) => l.id === id));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = { day: number; visible: string[]; highlight: string[]; center: [number, number]; zoom: number; animating: boolean };

/** The explore view has settled: map ready, the last declared state applied, nothing moving. */
async function ready(page: Page, timeout = 60_000) {
  await page.waitForFunction(() => !!window.__storymap?.maps.main?.ready && window.__storymap?.app?.settled === 'explore', undefined, { timeout });
}

/** Wait for the map to finish drawing what it shows now. */
async function idle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = window.__storymap.maps.main!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

async function read(page: Page) {
  return page.evaluate(() => {
    const s = window.__storymap;
    return {
      mode: s.app.mode,
      snap: s.maps.main!.snapshot() as Snapshot,
      ex: { day: s.ex.day, layers: [...s.ex.layers], sel: s.ex.sel, compare: s.ex.compare, playing: s.ex.playing, returnStep: s.ex.returnStep },
      hash: location.hash,
      date: document.querySelector('[data-testid=explore-date]')?.textContent ?? null,
    };
  });
}

async function hashHas(page: Page, part: string) {
  await page.waitForFunction((p) => location.hash.includes(p), part, { timeout: 10_000 });
}

/** Name the resource behind a "Failed to load resource" console error. */
function watch(s: Session) {
  s.page.on('response', (r) => {
    if (r.status() >= 400) s.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return s;
}

function clean(s: Session) {
  expect(s.blocked, 'requests outside localhost').toEqual([]);
  expect(s.errors, 'console errors').toEqual([]);
}

async function axe(page: Page, label: string) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${label}: serious or critical axe violations`).toEqual([]);
  return violations;
}

describe('explore mode', () => {
  it('opens from any story step and goes back to the step it came from', async () => {
    const s = watch(await open(browser, `${base()}#step=camps`, { reducedMotion: 'reduce' }));
    await settled(s.page, 'camps');
    const step = await s.page.evaluate(() => window.__storymap.app.story.steps.find((x) => x.id === 'camps')!);
    await s.page.locator('article[data-step=camps]').getByRole('button', { name: 'Explore this moment' }).click();
    await ready(s.page);
    const r = await read(s.page);
    expect(r.mode).toBe('explore');
    expect(r.ex.returnStep).toBe('camps');
    expect(r.snap.day).toBe(dayOf(step.date));
    expect(r.snap.visible).toEqual([...new Set(step.layers)].sort());
    await hashHas(s.page, `#mode=explore&step=camps&date=${step.date}`);
    expect(await s.page.evaluate(() => location.hash)).toContain(`layers=${[...new Set(step.layers)].sort().join(',')}`);
    // The story's panels are gone; the explore controls are there.
    expect(await s.page.locator('article[data-step]').count()).toBe(0);
    expect(await s.page.getByRole('slider', { name: 'Date shown on the map' }).count()).toBe(1);
    // The map takes the plain wheel here (no cooperative gestures).
    const z0 = r.snap.zoom;
    await s.page.mouse.move(760, 380);
    await s.page.mouse.wheel(0, -400);
    await s.page.waitForFunction((z) => window.__storymap.maps.main!.snapshot().zoom > z + 0.1, z0);
    await shot(s.page, 'explore-01-entered-from-camps');

    await s.page.getByRole('button', { name: 'Back to the story' }).click();
    await settled(s.page, 'camps');
    expect(await s.page.evaluate(() => location.hash)).toBe('#step=camps');
    expect(await s.page.locator('article[data-step=camps]').getAttribute('aria-current')).toBe('step');
    const back = await read(s.page);
    expect(back.mode).toBe('story');
    expect(back.snap.day).toBe(dayOf(step.date));
    // The story keeps its cooperative gestures: the wheel scrolls the page, not the map.
    const zb = back.snap.zoom;
    const y0 = await s.page.evaluate(() => window.scrollY);
    await s.page.mouse.move(900, 400);
    await s.page.mouse.wheel(0, 500);
    await s.page.waitForFunction((y) => window.scrollY > y, y0);
    expect((await read(s.page)).snap.zoom).toBeCloseTo(zb, 5);

    // The masthead button explores the current step.
    const here = await s.page.evaluate(() => window.__storymap.app.step.id);
    await settled(s.page, here);
    await s.page.getByTestId('explore-masthead').click();
    await ready(s.page);
    expect((await read(s.page)).ex.returnStep).toBe(here);
    clean(s);
    await s.context.close();
  });

  it('moves through time with the slider (keys and drag: filters only), event steps and play', async () => {
    const layers = known(['places', 'lines', 'camps', 'routes']);
    const s = await open(browser, `${base()}#mode=explore&date=1939-09-01&at=30,53.5,4.6&layers=${layers.join(',')}`, { reducedMotion: 'reduce' });
    await ready(s.page);
    const slider = s.page.getByRole('slider', { name: 'Date shown on the map' });
    expect(await slider.getAttribute('min')).toBe(String(dayOf('1938-08-01')));
    expect(await slider.getAttribute('max')).toBe(String(dayOf('1949-12-31')));

    // Keyboard: a day per arrow key.
    await slider.focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowRight');
    let r = await read(s.page);
    expect(r.ex.day).toBe(dayOf('1939-09-04'));
    expect(r.snap.day).toBe(dayOf('1939-09-04'));
    expect(r.date).toBe('4 September 1939');
    expect(await slider.getAttribute('aria-valuetext')).toBe('4 September 1939');
    await hashHas(s.page, 'date=1939-09-04');
    await s.page.keyboard.press('ArrowLeft');
    expect((await read(s.page)).snap.day).toBe(dayOf('1939-09-03'));
    await s.page.keyboard.press('Home');
    expect((await read(s.page)).date).toBe('1 August 1938');
    await s.page.keyboard.press('End');
    expect((await read(s.page)).date).toBe('31 December 1949');

    // Drag: many input events, the map follows by filters; no thematic source is rebuilt.
    await s.page.evaluate(() => {
      const w = window as unknown as { __setData: Record<string, number>; __days: number[] };
      const { map } = window.__storymap.maps.main!;
      w.__setData = {};
      w.__days = [];
      for (const id of Object.keys(map.getStyle().sources)) {
        const src = map.getSource(id) as { setData?: (d: unknown) => unknown } | undefined;
        if (!src?.setData) continue;
        const orig = src.setData.bind(src);
        src.setData = (d: unknown) => {
          w.__setData[id] = (w.__setData[id] ?? 0) + 1;
          return orig(d);
        };
      }
      document.querySelector('[data-testid=slider]')!.addEventListener('input', (e) => w.__days.push(Number((e.target as HTMLInputElement).value)));
    });
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(box.x + box.width * 0.1, y);
    await s.page.mouse.down();
    for (let i = 1; i <= 24; i++) await s.page.mouse.move(box.x + box.width * (0.1 + (0.5 * i) / 24), y);
    await s.page.mouse.up();
    const drag = await s.page.evaluate(() => {
      const w = window as unknown as { __setData: Record<string, number>; __days: number[] };
      return { setData: w.__setData, days: w.__days };
    });
    expect(drag.days.length, 'input events while dragging').toBeGreaterThan(10);
    expect(drag.days[drag.days.length - 1]).toBeGreaterThan(drag.days[0]);
    const thematic = LAYERS.map((l) => l.id).filter((id) => id !== 'fronts'); // fronts move with the date by design
    for (const id of thematic) expect(drag.setData[id] ?? 0, `setData on "${id}" while dragging`).toBe(0);
    r = await read(s.page);
    const expected = dayOf('1938-08-01') + (dayOf('1949-12-31') - dayOf('1938-08-01')) * 0.6;
    expect(Math.abs(r.snap.day - expected)).toBeLessThan(80);
    expect(r.snap.day).toBe(r.ex.day);
    await hashHas(s.page, `date=${isoOf(r.ex.day)}`);

    // Previous / next event.
    await slider.focus();
    await s.page.keyboard.press('Home');
    const next = s.page.getByTestId('next-event');
    expect(await next.getAttribute('aria-label')).toMatch(/^Next event: \d+ \w+ \d{4}: /);
    await next.click();
    const first = (await read(s.page)).ex.day;
    expect(first).toBeGreaterThan(dayOf('1938-08-01'));
    await next.click();
    const second = (await read(s.page)).ex.day;
    expect(second).toBeGreaterThan(first);
    await s.page.getByTestId('prev-event').click();
    expect((await read(s.page)).ex.day).toBe(first);
    clean(s);
    await s.context.close();
  });

  it('plays through time: the date runs, routes are drawn out on their dates, pause writes the URL', async () => {
    const layers = known(['places', 'camps', 'routes', 'sites']);
    const s = await open(browser, `${base()}#mode=explore&date=1940-04-01&at=34,53.5,4.8&layers=${layers.join(',')}`);
    await ready(s.page);
    await s.page.getByRole('combobox', { name: 'Playing speed' }).selectOption('7');
    await s.page.getByTestId('play').click();
    expect(await s.page.getByTestId('play').textContent()).toBe('Pause');
    // Mid-way through the Katyn transports (3 Apr – 12 May 1940): partial routes with moving heads.
    await s.page.waitForFunction(
      () => {
        const controller = window.__storymap.maps.main!;
        return controller.snapshot().day >= 832 && controller.map.querySourceFeatures('route-reveal').some((f) => f.geometry.type === 'Point');
      },
      undefined,
      { timeout: 30_000 },
    );
    const mid = await read(s.page);
    expect(mid.ex.playing).toBe(true);
    expect(mid.snap.day).toBeGreaterThan(dayOf('1940-04-01'));
    await shot(s.page, 'explore-02-playing-transports');
    await s.page.getByTestId('play').click();
    const paused = await read(s.page);
    expect(paused.ex.playing).toBe(false);
    await hashHas(s.page, `date=${isoOf(paused.ex.day)}`);
    // Paused, the map is the declared state of that date: whole routes, no overlay.
    await s.page.waitForFunction(() => window.__storymap.maps.main!.map.querySourceFeatures('route-reveal').length === 0);
    clean(s);
    await s.context.close();
  });

  it('toggles layers by group, with a legend of what is visible', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1940-03-01&at=30,53,4.6&layers=places,lines`, { reducedMotion: 'reduce' });
    await ready(s.page);
    const legend = async () => (await s.page.locator('.explore-layers [data-testid=legend] li').allTextContents()).join('|');
    expect(await legend()).toContain('City or town');
    expect(await legend()).not.toContain('NKVD special camp');
    // Every registry layer has a labelled checkbox, in its group.
    expect(await s.page.locator('.layers input[type=checkbox]').count()).toBe(LAYERS.length);
    expect(await s.page.locator('.layer-group legend').allTextContents()).toEqual(expect.arrayContaining(['Camps and sites', 'Places']));

    await s.page.getByRole('checkbox', { name: title('camps') }).check();
    await ready(s.page);
    let r = await read(s.page);
    expect(r.snap.visible).toContain('camps');
    await s.page.waitForFunction(() => [...document.querySelectorAll('.explore-layers [data-testid=legend] li')].some((li) => li.textContent?.includes('NKVD special camp')));
    await hashHas(s.page, 'layers=camps,lines,places');
    // The legend lists what is in view: dragged west, away from the three camps, it drops them (the layer stays on).
    await s.page.mouse.move(400, 400);
    await s.page.mouse.down();
    await s.page.mouse.move(1100, 420, { steps: 8 });
    await s.page.mouse.up();
    await s.page.waitForFunction(() => ![...document.querySelectorAll('.explore-layers [data-testid=legend] li')].some((li) => li.textContent?.includes('NKVD special camp')));
    expect((await read(s.page)).snap.visible).toContain('camps');
    expect(await legend()).toContain('City or town');

    await s.page.getByRole('checkbox', { name: title('places') }).uncheck();
    await ready(s.page);
    r = await read(s.page);
    expect(r.snap.visible).toEqual(['camps', 'lines']);
    await s.page.waitForFunction(() => ![...document.querySelectorAll('.explore-layers [data-testid=legend] li')].some((li) => li.textContent?.includes('City or town')));
    await idle(s.page);
    await shot(s.page, 'explore-03-layers-camps-lines');

    await s.page.getByRole('button', { name: 'Hide all' }).click();
    await ready(s.page);
    expect((await read(s.page)).snap.visible).toEqual([]);
    await s.page.getByRole('button', { name: 'Show all' }).click();
    await ready(s.page);
    expect((await read(s.page)).snap.visible).toEqual(LAYERS.map((l) => l.id).sort());
    clean(s);
    await s.context.close();
  });

  it('finds Lwów by Lviv, Lemberg and Львів (keyboard combobox) and flies there on a date it is shown', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1940-03-01&at=34,55,5&layers=camps`, { reducedMotion: 'reduce' });
    await ready(s.page);
    const box = s.page.getByRole('combobox', { name: 'Search places and events' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    for (const q of ['Lviv', 'Lemberg', 'Львів', 'lwow']) {
      await box.fill(q);
      await s.page.waitForFunction(() => document.querySelector('#explore-search-list li')?.getAttribute('data-id') === 'lwow', undefined, { timeout: 10_000 });
      expect(await box.getAttribute('aria-expanded'), q).toBe('true');
      expect(await s.page.locator('#explore-search-list [role=option]').first().textContent(), q).toContain('Lwów');
    }
    await shot(s.page, 'explore-04-search-list');
    // Escape closes the list, a second Escape clears the field.
    await s.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await s.page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');

    // Arrow keys and Enter pick; the map shows its layer, the feature is highlighted, the details open.
    await box.fill('Lemberg');
    await s.page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('explore-search-opt-0');
    expect(await s.page.locator('#explore-search-opt-0').getAttribute('aria-selected')).toBe('true');
    await s.page.keyboard.press('Enter');
    await ready(s.page);
    const r = await read(s.page);
    expect(r.ex.sel).toBe('lwow');
    expect(r.snap.visible).toContain('places');
    expect(r.snap.highlight).toEqual(['lwow']);
    expect(r.snap.center[0]).toBeGreaterThan(21);
    expect(r.snap.center[0]).toBeLessThan(27);
    expect(r.snap.center[1]).toBeGreaterThan(48);
    expect(r.snap.center[1]).toBeLessThan(52);
    await hashHas(s.page, 'sel=lwow');
    const details = s.page.getByTestId('details');
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Lwów');
    const text = await details.textContent();
    for (const n of ['Lemberg', 'Львів', 'Lviv', 'Names by date']) expect(text).toContain(n);
    await idle(s.page);
    await shot(s.page, 'explore-05-search-picked-lwow');

    // A feature that is not on the map today: the date moves to one on which it is.
    await box.fill('Piatykhatky');
    await s.page.waitForSelector('#explore-search-list [role=option]');
    await s.page.locator('#explore-search-list [role=option]').first().click();
    await ready(s.page);
    const p = await read(s.page);
    expect(p.ex.sel).toBe('piatykhatky');
    expect(p.snap.visible).toContain('sites');
    expect(p.snap.day).toBeGreaterThanOrEqual(dayOf('1940-04-01'));
    clean(s);
    await s.context.close();
  });

  it('shows the details of a feature clicked on the canvas, with links back into the story', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1940-05-21&at=31.8,54.8,7&layers=places,sites`, { reducedMotion: 'reduce' });
    await ready(s.page);
    await idle(s.page);
    const pt = await s.page.evaluate(() => {
      const [x, y] = window.__storymap.index['katyn-forest'].bbox;
      return window.__storymap.maps.main!.map.project([x, y]);
    });
    await s.page.mouse.click(pt.x, pt.y);
    await s.page.waitForFunction(() => document.querySelector('#details-title')?.textContent?.includes('Katyn'));
    await ready(s.page);
    const r = await read(s.page);
    expect(r.ex.sel).toBe('katyn-forest');
    expect(r.snap.highlight).toEqual(['katyn-forest']);
    const d = s.page.getByTestId('details');
    const text = (await d.textContent())!;
    expect(text).toMatch(/On the map: from 3 April 1940/);
    expect(text).toContain('Катынский лес');
    expect(text).toMatch(/4,421/);
    expect(text).toMatch(/Source: [^:]*Shelepin/);
    // A popular account beside the record, in the same words as the story's claim element.
    expect(text).toMatch(/A popular account says: "4,145 bodies were found in eight mass graves"[^—]+— the record: 4,143/);
    expect(text).not.toMatch(/seed/i);
    expect(text).toMatch(/Documented/);
    expect(await d.locator('a[href="#step=sites"]').count()).toBe(1);
    // Focus moved to the panel's heading, for keyboard and screen-reader users.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await hashHas(s.page, 'sel=katyn-forest');
    await idle(s.page);
    await shot(s.page, 'explore-06-details-katyn');

    // The close button ends the selection.
    await d.getByRole('button', { name: 'Close the details' }).click();
    expect(await s.page.getByTestId('details').count()).toBe(0);
    expect((await read(s.page)).ex.sel).toBeNull();

    // A story link from the details returns to the story at that step.
    await s.page.mouse.click(pt.x, pt.y);
    await s.page.waitForSelector('[data-testid=details] a[href="#step=sites"]');
    await s.page.locator('[data-testid=details] a[href="#step=sites"]').click();
    await settled(s.page, 'sites');
    expect((await read(s.page)).mode).toBe('story');
    expect(await s.page.evaluate(() => location.hash)).toBe('#step=sites');
    clean(s);
    await s.context.close();
  });

  it('compares two dates with a swipe (a second, temporary map)', async () => {
    const layers = known(['places', 'lines', 'territories', 'borders-1938']);
    const s = await open(browser, `${base()}#mode=explore&date=1941-06-21&at=25,53,4.6&layers=${layers.join(',')}`, { reducedMotion: 'reduce' });
    await ready(s.page);
    expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    await s.page.getByTestId('compare').click();
    await s.page.waitForFunction(
      () => {
        const c = window.__storymap.maps.compare;
        return !!c?.state && !c.moving && c.map.loaded();
      },
      undefined,
      { timeout: 60_000 },
    );
    const cmp = () => s.page.evaluate(() => window.__storymap.maps.compare!.snapshot());
    let c = await cmp();
    const r = await read(s.page);
    expect(c.day).toBe(dayOf('1939-08-31'));
    expect(r.snap.day).toBe(dayOf('1941-06-21'));
    expect(c.visible).toEqual(r.snap.visible);
    expect(c.center[0]).toBeCloseTo(r.snap.center[0], 4);
    expect(c.zoom).toBeCloseTo(r.snap.zoom, 4);
    expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(2);
    await hashHas(s.page, 'cmp=1939-08-31');
    await s.page.waitForTimeout(1500);
    await shot(s.page, 'explore-07-compare-aug1939-jun1941');

    // The divider by keyboard.
    const split = s.page.getByRole('slider', { name: /Divider between the maps/ });
    await split.focus();
    for (let i = 0; i < 20; i++) await s.page.keyboard.press('ArrowLeft');
    expect(await s.page.getByTestId('compare-map').evaluate((e) => (e as HTMLElement).style.clipPath)).toBe('inset(0px 70% 0px 0px)');
    // Another "before" date.
    await s.page.getByTestId('compare-before').fill('1939-09-28');
    await s.page.waitForFunction((d) => window.__storymap.maps.compare!.snapshot().day === d, dayOf('1939-09-28'));
    await hashHas(s.page, 'cmp=1939-09-28');
    // The comparison map follows the main map's camera.
    await s.page.mouse.move(900, 400);
    await s.page.mouse.down();
    await s.page.mouse.move(800, 330, { steps: 8 });
    await s.page.mouse.up();
    await s.page.waitForTimeout(300);
    c = await cmp();
    const moved = await read(s.page);
    expect(moved.snap.center[0]).not.toBeCloseTo(r.snap.center[0], 2);
    expect(c.center[0]).toBeCloseTo(moved.snap.center[0], 4);
    expect(c.center[1]).toBeCloseTo(moved.snap.center[1], 4);
    await s.page.waitForTimeout(800);
    await shot(s.page, 'explore-08-compare-swiped');

    await s.page.getByRole('button', { name: 'Close the comparison' }).click();
    expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(await s.page.evaluate(() => 'compare' in window.__storymap.maps)).toBe(false);
    await s.page.waitForFunction(() => !location.hash.includes('cmp='));
    clean(s);
    await s.context.close();
  });

  it('restores the same view from the URL after a reload', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1939-10-15&at=23.5,52.1,5.2&layers=places,camps&sel=lwow`, { reducedMotion: 'reduce' });
    await ready(s.page);
    let r = await read(s.page);
    expect(r.snap.day).toBe(dayOf('1939-10-15'));
    expect(r.snap.center[0]).toBeCloseTo(23.5, 3);
    expect(r.snap.center[1]).toBeCloseTo(52.1, 3);
    expect(r.snap.zoom).toBeCloseTo(5.2, 3);
    expect(r.snap.visible).toEqual(['camps', 'places']);
    expect(r.snap.highlight).toEqual(['lwow']);
    expect(await s.page.locator('#details-title').textContent()).toBe('Lwów');

    // Change everything: pan, zoom, date, layers, compare.
    await s.page.mouse.move(700, 350);
    await s.page.mouse.down();
    await s.page.mouse.move(600, 300, { steps: 6 });
    await s.page.mouse.up();
    await s.page.mouse.wheel(0, -200);
    await s.page.getByRole('slider', { name: 'Date shown on the map' }).focus();
    await s.page.keyboard.press('ArrowRight');
    await s.page.getByRole('checkbox', { name: title('lines') }).check();
    await ready(s.page);
    await s.page.getByTestId('compare').click();
    await hashHas(s.page, 'cmp=');
    await s.page.waitForFunction(() => !window.__storymap.maps.main!.moving);
    await s.page.waitForTimeout(400);
    r = await read(s.page);
    expect(r.hash).toContain('date=1939-10-16');
    expect(r.hash).toContain('layers=camps,lines,places');
    expect(r.hash).not.toContain('at=23.5,52.1,5.2');

    await s.page.reload();
    await ready(s.page);
    await s.page.waitForFunction(() => !!window.__storymap.maps.compare?.state, undefined, { timeout: 60_000 });
    const after = await read(s.page);
    expect(after.hash).toBe(r.hash);
    expect(after.snap.day).toBe(r.snap.day);
    expect(after.snap.visible).toEqual(r.snap.visible);
    expect(after.snap.highlight).toEqual(['lwow']);
    expect(after.ex.compare).toBe(r.ex.compare);
    // The URL keeps 4 decimals of degrees and 2 of zoom.
    expect(after.snap.center[0]).toBeCloseTo(r.snap.center[0], 3);
    expect(after.snap.center[1]).toBeCloseTo(r.snap.center[1], 3);
    expect(after.snap.zoom).toBeCloseTo(r.snap.zoom, 1);
    await idle(s.page);
    await shot(s.page, 'explore-09-restored-after-reload');
    clean(s);
    await s.context.close();
  });

  it('ignores bad and hostile URL parameters with notices, never injecting them', async () => {
    const evil = [
      'mode=explore',
      'date=1940-02-30',
      'at=NaN,52,5',
      `layers=places,${encodeURIComponent('<script>window.__pwned=1</script>')},nope`,
      `sel=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}`,
      'cmp=2099-01-01',
      `${encodeURIComponent('"><svg onload=window.__pwned=1>')}=1`,
    ].join('&');
    const s = await open(browser, `${base()}#${evil}`, { reducedMotion: 'reduce' });
    let dialog = false;
    s.page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await ready(s.page);
    const notices = (await s.page.locator('.notice span').allTextContents()).join('\n');
    expect(notices).toMatch(/date "1940-02-30" is not a date/);
    expect(notices).toMatch(/map position "NaN,52,5"/);
    expect(notices).toMatch(/layers that do not exist \(<script>window.__pwned=1<\/script>, nope\)/);
    expect(notices).toMatch(/selects a feature "<img src=x onerror=window.__pwned=1>"/);
    expect(notices).toMatch(/comparison date "2099-01-01"/);
    expect(notices).toMatch(/setting ""><svg onload=window.__pwned=1>" is not known/);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await s.page.locator('.notices img, .notices svg, .notices script, body script:not([src])').count()).toBe(0);
    expect(dialog).toBe(false);
    const r = await read(s.page);
    expect(r.mode).toBe('explore');
    expect(r.snap.visible).toEqual(['places']);
    expect(r.ex.sel).toBeNull();
    expect(r.ex.compare).toBeNull();
    // The address is rewritten to the clean view.
    await s.page.waitForFunction(() => location.hash.startsWith('#mode=explore&step='));
    expect(await s.page.evaluate(() => location.hash)).not.toMatch(/[<>%]/);
    await shot(s.page, 'explore-10-hostile-link');
    clean(s);
    await s.context.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1940-05-21&at=33,54.5,5.5&layers=places,camps,sites&sel=katyn-forest`, { reducedMotion: 'reduce' });
    await ready(s.page);
    await s.page.waitForSelector('#details-title');
    const all = [...(await axe(s.page, 'details open'))];
    await s.page.getByRole('combobox', { name: 'Search places and events' }).fill('Kharkiv');
    await s.page.waitForSelector('#explore-search-list [role=option]');
    await s.page.keyboard.press('ArrowDown');
    all.push(...(await axe(s.page, 'search list open')));
    await s.page.keyboard.press('Escape');
    await s.page.getByTestId('compare').click();
    await s.page.waitForFunction(() => !!window.__storymap.maps.compare?.state, undefined, { timeout: 60_000 });
    all.push(...(await axe(s.page, 'comparing')));
    clean(s);
    await s.context.close();

    const p = await open(browser, `${base()}#mode=explore&date=1940-05-21&at=33,54.5,5.5&layers=places,camps,sites&sel=katyn-forest`, { width: 375, height: 740, reducedMotion: 'reduce' });
    await ready(p.page);
    await p.page.getByTestId('layers-toggle').click();
    all.push(...(await axe(p.page, 'phone')));
    // Minor and moderate findings are listed for the record, not failed.
    console.info('axe (minor/moderate):', JSON.stringify([...new Set(all.map((v) => `${v.id} (${v.impact})`))]));
    clean(p);
    await p.context.close();
  });

  it('works on a 375 px phone: sheets, no sideways scrolling, touch targets of 44 px', async () => {
    const s = await open(browser, `${base()}#mode=explore&date=1939-10-15&at=24,50.5,5.5&layers=places,lines,camps&sel=lwow`, { width: 375, height: 740, reducedMotion: 'reduce' });
    await ready(s.page);
    await s.page.waitForSelector('#details-title');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const sheet = (await s.page.getByTestId('details').boundingBox())!;
    expect(sheet.y).toBeGreaterThan(740 * 0.5); // a sheet over the lower part, the map above
    expect(sheet.width).toBeGreaterThan(360);
    await idle(s.page);
    await shot(s.page, 'explore-11-phone-details');
    await s.page.getByRole('button', { name: 'Close the details' }).click();
    await s.page.getByTestId('layers-toggle').click();
    await s.page.getByRole('checkbox', { name: title('sites') }).check();
    await ready(s.page);
    expect((await read(s.page)).snap.visible).toContain('sites');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(s.page, 'explore-12-phone-layers');
    // Every control a finger uses is at least 44 × 44 px (checkboxes: their whole labelled row).
    const small = await s.page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>('.explore button, .explore select, .explore input[type=range], .explore input[type=text], .layer-toggle, .masthead button, .masthead label'),
      ];
      return targets
        .filter((e) => e.offsetParent !== null)
        .map((e) => ({ what: (e.getAttribute('aria-label') ?? e.textContent ?? e.tagName).trim().slice(0, 30), r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ what, r }) => `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    expect(small).toEqual([]);
    await s.page.getByTestId('layers-toggle').click();
    await s.page.getByTestId('compare').click();
    await s.page.waitForFunction(() => !!window.__storymap.maps.compare?.state, undefined, { timeout: 60_000 });
    await s.page.waitForTimeout(1200);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(s.page, 'explore-13-phone-compare');
    clean(s);
    await s.context.close();
  });
});
