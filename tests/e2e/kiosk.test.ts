/**
 * The museum kiosk (?mode=kiosk) in Debian's Chromium, offline, as a touch screen: the attract loop,
 * a visitor taking control, the two-stage idle reset (compared field by field with a fresh start),
 * the lock-down, self-healing (WebGL context loss, thrown errors), the service worker serving the
 * app with the server stopped, and screenshots in both orientations. (The seeded input storm is in
 * soak.test.ts, shared with `npm run bench:soak`.)
 * Timers run time-lapsed through the kiosk's `speed` parameter; the settings themselves stay valid.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, open, shot, type Session } from '../../scripts/lib/browser.ts';
import { buildAndServe } from '../../scripts/lib/serve.ts';

const base = () => process.env.E2E_BASE_URL!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Kiosk = Session;

/** browser.ts's open() as a touch screen with reduced motion unless asked otherwise. */
function openKiosk(url: string, opts: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Kiosk> {
  return open(browser, url, { ...opts, reducedMotion: opts.reducedMotion ?? 'reduce', hasTouch: true });
}

const kioskUrl = (query = '', root = base()) => `${root}?mode=kiosk${query ? `&${query}` : ''}`;

type Stage = 'attract' | 'visitor' | 'prompt' | 'staff';
const waitStage = (page: Page, s: Stage, timeout = 30_000) => page.waitForFunction((want) => window.__storymap?.kiosk?.stage === want, s, { timeout });
const stepId = (page: Page) => page.evaluate(() => window.__storymap.app.step.id);

/** The kiosk at rest on its first step: what a fresh start, and every reset, must give. */
async function restingState(page: Page, timeout = 60_000) {
  const handle = await page.waitForFunction(
    () => {
      const s = window.__storymap;
      const k = s?.kiosk;
      if (!k || !s.maps.main?.ready || k.stage !== 'attract') return null;
      if (s.app.index !== k.baseline().app.index || s.app.settled !== s.app.step.id) return null;
      // Read all at once, before the loop moves on.
      return JSON.stringify({
        state: k.snapshot(),
        // The camera's key counts resets (each reset asks for the camera anew): not part of what is shown.
        declared: s.maps.main!.state && { ...s.maps.main!.state, camera: { ...s.maps.main!.state.camera, key: undefined } },
        read: s.maps.main!.snapshot(),
        dialogs: document.querySelectorAll('dialog[open]').length,
        explore: !!document.querySelector('.explore'),
        langOpen: !!document.querySelector('.kiosk-lang-list'),
        hash: location.hash,
      });
    },
    null,
    { timeout, polling: 50 },
  );
  return JSON.parse((await handle.jsonValue()) as string) as {
    state: { app: Record<string, unknown>; ex: Record<string, unknown> };
    declared: unknown;
    read: { day: number; visible: string[]; highlight: string[]; center: [number, number]; zoom: number; animating: boolean };
    dialogs: number;
    explore: boolean;
    langOpen: boolean;
    hash: string;
  };
}

/** Share of distinct colours in a region of a screenshot (a blank or black canvas has few). */
function colours(path: string, clip: { x: number; y: number; w: number; h: number }) {
  const png = PNG.sync.read(readFileSync(path));
  const set = new Set<number>();
  for (let y = clip.y; y < clip.y + clip.h; y += 3) {
    for (let x = clip.x; x < clip.x + clip.w; x += 3) {
      const i = (y * png.width + x) * 4;
      set.add((png.data[i] >> 3) * 1024 + (png.data[i + 1] >> 3) * 32 + (png.data[i + 2] >> 3));
    }
  }
  return set.size;
}

/** Mean absolute difference of two screenshots' RGB in a region (0–255). */
function difference(a: string, b: string, clip: { x: number; y: number; w: number; h: number }) {
  const pa = PNG.sync.read(readFileSync(a));
  const pb = PNG.sync.read(readFileSync(b));
  let sum = 0;
  let n = 0;
  for (let y = clip.y; y < clip.y + clip.h; y += 2) {
    for (let x = clip.x; x < clip.x + clip.w; x += 2) {
      const i = (y * pa.width + x) * 4;
      for (let c = 0; c < 3; c++) sum += Math.abs(pa.data[i + c] - pb.data[i + c]);
      n += 3;
    }
  }
  return sum / n;
}

/**
 * A one-finger swipe through the browser's input pipeline. It comes to rest before lifting: a finger
 * that lifts while moving starts a fling, and Chromium spends the next tap on stopping the fling.
 */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, steps = 6) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }] });
  }
  await new Promise((ok) => setTimeout(ok, 120));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to.x, y: to.y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function clean(k: Kiosk, allowed: RegExp[] = []) {
  expect(k.blocked, 'requests outside localhost').toEqual([]);
  expect(
    k.errors.filter((e) => !allowed.some((a) => a.test(e))),
    'console errors',
  ).toEqual([]);
}

describe('museum kiosk', () => {
  it('plays the story by itself, and a touch hands control to the visitor', async () => {
    const k = await openKiosk(kioskUrl('speed=20&idle=1200'));
    const { page } = k;
    await restingState(page);
    const first = await stepId(page);
    expect(await page.locator('[data-testid=kiosk-attract]').count()).toBe(1);
    expect(await page.locator('.kiosk-invite-touch').textContent()).toContain('Touch to explore');
    // The loop moves on by itself, step after step.
    await page.waitForFunction(() => window.__storymap.kiosk!.transitions >= 3, null, { timeout: 60_000 });
    const later = await stepId(page);
    expect(later).not.toBe(first);
    expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data.attractSteps)).toBeGreaterThanOrEqual(3);

    // A touch: the visitor has the controls, the loop stops.
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    const held = await stepId(page);
    await page.waitForTimeout(1500);
    expect(await stepId(page), 'no auto-advance while a visitor is there').toBe(held);
    // Targets are large and in the lower part of the screen.
    for (const id of ['kiosk-prev', 'kiosk-next', 'kiosk-explore', 'kiosk-language']) {
      const box = (await page.locator(`[data-testid=${id}]`).boundingBox())!;
      expect(box.height, id).toBeGreaterThanOrEqual(60);
      expect(box.width, id).toBeGreaterThanOrEqual(60);
      expect(box.y, id).toBeGreaterThan(800 * 0.75);
    }
    // Step buttons, then a swipe on the text, then keys.
    const before = await page.evaluate(() => window.__storymap.app.index);
    await page.locator('[data-testid=kiosk-next]').tap();
    await page.waitForFunction((b) => window.__storymap.app.index === b + 1, before);
    const cdp = await page.context().newCDPSession(page);
    // On the text, measured before each swipe: the next step's text may be shorter, its panel smaller.
    const onText = async () => {
      const panel = (await page.locator('.kiosk-panel').boundingBox())!;
      return { x: panel.x + panel.width / 2, y: panel.y + Math.min(panel.height / 2, 120) };
    };
    let mid = await onText();
    await swipe(cdp, { x: mid.x + 150, y: mid.y }, { x: mid.x - 150, y: mid.y });
    await page.waitForFunction((b) => window.__storymap.app.index === b + 2, before);
    mid = await onText();
    await swipe(cdp, { x: mid.x - 150, y: mid.y }, { x: mid.x + 150, y: mid.y });
    await page.waitForFunction((b) => window.__storymap.app.index === b + 1, before);
    // The contents dialog jumps to a chapter's step.
    await page.locator('.kiosk-bar .contents-button').tap();
    const link = page.locator('dialog.contents a').nth(5);
    const target = await link.textContent();
    await link.tap();
    await page.waitForFunction((t) => document.querySelector('.kiosk-panel h2')?.textContent === t, target);
    // The language switch lists the configured languages (public/kiosk.json: all seven shipped), each choosable.
    await page.locator('[data-testid=kiosk-language]').tap();
    const langs = page.locator('.kiosk-lang-list button');
    expect(await langs.count()).toBe(7);
    expect(await page.locator('.kiosk-lang-list button:not([disabled])').count()).toBe(7);
    await page.locator('.kiosk-lang-list button[lang=en]').tap();
    expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data)).toMatchObject({ sessions: 1, languages: { en: 1 } });
    // One finger moves the map (no "use two fingers" overlay in a kiosk).
    const centre = await page.evaluate(() => window.__storymap.maps.main!.snapshot().center);
    await swipe(cdp, { x: 900, y: 300 }, { x: 1000, y: 380 }, 10);
    await page.waitForTimeout(300);
    const moved = await page.evaluate(() => window.__storymap.maps.main!.snapshot().center);
    expect(Math.hypot(moved[0] - centre[0], moved[1] - centre[1]), 'the map pans with one finger').toBeGreaterThan(0.2);
    clean(k);
    await k.context.close();
  });

  it('asks "Are you still there?", then resets everything to exactly the fresh start', async () => {
    // Time-lapse ×5: idle 30 s → 6 s, prompt 20 s → 4 s.
    const k = await openKiosk(kioskUrl('speed=5&idle=30&prompt=20'), { reducedMotion: 'no-preference' });
    const { page } = k;
    const fresh = await restingState(page);
    expect(fresh.dialogs).toBe(0);

    // A visitor does a bit of everything.
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    await page.locator('[data-testid=kiosk-next]').tap();
    await page.locator('[data-testid=kiosk-next]').tap();
    await page.locator('[data-testid=kiosk-explore]').tap();
    await page.waitForSelector('.explore-side');
    await page.locator('.layer-toggle input').first().tap();
    await page.evaluate(() => {
      const ex = window.__storymap.ex;
      ex.sel = 'katyn-forest';
    });
    await page.locator('[data-testid=kiosk-language]').tap();
    const busy = await page.evaluate(() => window.__storymap.kiosk!.snapshot());
    expect(busy).not.toEqual(fresh.state);

    // Then leaves. First the prompt with its countdown, then the reset.
    await waitStage(page, 'prompt', 20_000);
    expect(await page.locator('[data-testid=kiosk-prompt] h2').textContent()).toBe('Are you still there?');
    const count = Number(await page.locator('[data-testid=kiosk-countdown]').textContent());
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(20);
    const after = await restingState(page, 30_000);
    expect(after.state, 'story and explore state').toEqual(fresh.state);
    expect(after.declared, "the controller's declared map state").toEqual(fresh.declared);
    expect(after.read.visible).toEqual(fresh.read.visible);
    expect(after.read.highlight).toEqual(fresh.read.highlight);
    expect(after.read.day).toBe(fresh.read.day);
    expect(after.read.zoom).toBeCloseTo(fresh.read.zoom, 2);
    expect(after.read.center[0]).toBeCloseTo(fresh.read.center[0], 2);
    expect(after.read.center[1]).toBeCloseTo(fresh.read.center[1], 2);
    expect(after).toMatchObject({ dialogs: 0, explore: false, langOpen: false, hash: fresh.hash });
    expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data.idleResets)).toBe(1);

    // A touch during the prompt continues the visit instead.
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    await waitStage(page, 'prompt', 20_000);
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    clean(k);
    await k.context.close();
  });

  it('locks the page down: no context menu, no selection, no zoom, no way off the page', async () => {
    const k = await openKiosk(kioskUrl());
    const { page } = k;
    await restingState(page);
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    const r = await page.evaluate(() => {
      const fire = (target: EventTarget, e: Event) => (target.dispatchEvent(e), e.defaultPrevented);
      const panel = document.querySelector('.kiosk-panel h2')!;
      const a = document.createElement('a');
      a.href = 'https://example.org/elsewhere';
      a.textContent = 'out';
      document.querySelector('.kiosk-body')!.append(a);
      const result = {
        contextmenu: fire(panel, new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
        selectstart: fire(panel, new Event('selectstart', { bubbles: true, cancelable: true })),
        ctrlWheel: fire(panel, new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
        ctrlPlus: fire(document.body, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: '+', ctrlKey: true })),
        reloadKey: fire(document.body, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'F5' })),
        linkClick: fire(a, new MouseEvent('click', { bubbles: true, cancelable: true })),
        windowOpen: window.open('https://example.org/') === null,
        userSelect: getComputedStyle(panel).userSelect,
        overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
        viewport: document.querySelector('meta[name=viewport]')!.getAttribute('content'),
      };
      a.remove();
      return result;
    });
    expect(r).toMatchObject({ contextmenu: true, selectstart: true, ctrlWheel: true, ctrlPlus: true, reloadKey: true, linkClick: true, windowOpen: true, userSelect: 'none', overscroll: 'none' });
    expect(r.viewport).toContain('user-scalable=no');
    // A real right click and a real triple click select nothing.
    const h2 = page.locator('.kiosk-panel h2');
    await h2.click({ button: 'right' });
    await h2.click({ clickCount: 3 });
    expect(await page.evaluate(() => String(getSelection()))).toBe('');
    expect(page.url()).toContain('mode=kiosk');
    clean(k);
    await k.context.close();
  });

  it('recovers the map after a WebGL context loss, with no console error', async () => {
    const k = await openKiosk(kioskUrl('speed=1'));
    const { page } = k;
    await restingState(page);
    await page.touchscreen.tap(600, 300);
    await waitStage(page, 'visitor');
    // A step with highlights and dated layers, so restoring has something to restore.
    await page.evaluate(() => window.__storymap.app.go('sites'));
    const step = 'sites';
    await page.waitForFunction((id) => window.__storymap?.app?.settled === id, step, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const clip = { x: 620, y: 60, w: 560, h: 560 };
    const beforePath = await shot(page, 'kiosk-context-before');
    const state = await page.evaluate(async () => {
      const s = window.__storymap;
      const canvas = s.maps.main!.map.getCanvas();
      const gl = canvas.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      const lost = new Promise((ok) => canvas.addEventListener('webglcontextlost', ok, { once: true }));
      ext.loseContext();
      await lost;
      const wasLost = gl.isContextLost();
      await new Promise((ok) => setTimeout(ok, 500));
      const restored = new Promise((ok) => canvas.addEventListener('webglcontextrestored', ok, { once: true }));
      ext.restoreContext();
      await restored;
      return { wasLost, canvases: document.querySelectorAll('.map canvas').length };
    });
    expect(state.wasLost).toBe(true);
    expect(state.canvases, 'still one map').toBe(1);
    await page.waitForFunction(() => window.__storymap.maps.main!.map.isStyleLoaded(), null, { timeout: 30_000 });
    await page.waitForTimeout(2500);
    const afterPath = await shot(page, 'kiosk-context-restored');
    expect(colours(afterPath, clip), 'the canvas renders again').toBeGreaterThan(30);
    expect(difference(beforePath, afterPath, clip), 'the same map as before the loss').toBeLessThan(6);
    const counts = await page.evaluate(() => window.__storymap.kiosk!.counters.data);
    expect(counts).toMatchObject({ contextLosses: 1, contextRestores: 1 });
    // The map still follows the story.
    await page.locator('[data-testid=kiosk-next]').tap();
    await page.waitForFunction((prev) => window.__storymap?.app?.step.id !== prev && window.__storymap?.app?.settled === window.__storymap?.app?.step.id, step, { timeout: 30_000 });
    clean(k);
    await k.context.close();
  });

  it('returns to the attract loop after an uncaught error or an unhandled rejection', async () => {
    const k = await openKiosk(kioskUrl('speed=2'));
    const { page } = k;
    const fresh = await restingState(page);
    for (const [i, how] of (['throw', 'reject'] as const).entries()) {
      await page.touchscreen.tap(600, 300);
      await waitStage(page, 'visitor');
      await page.locator('[data-testid=kiosk-next]').tap();
      await page.locator('[data-testid=kiosk-explore]').tap();
      await page.waitForSelector('.explore-side');
      await page.evaluate((h) => {
        setTimeout(() => {
          if (h === 'throw') throw new Error('kiosk-test: a thrown error');
          void Promise.reject(new Error('kiosk-test: a rejected promise'));
        });
      }, how);
      const after = await restingState(page, 30_000);
      expect(after.state).toEqual(fresh.state);
      expect(after.explore).toBe(false);
      expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data.recoveries)).toBe(i + 1);
    }
    expect(k.warnings.filter((w) => w.includes('[kiosk] recovered from an error')).length).toBe(2);
    clean(k, [/kiosk-test: a thrown error/]);
    await k.context.close();
  });

  it('starts from its service worker with the server stopped', async () => {
    const server = await buildAndServe({ build: false });
    let closed = false;
    try {
      const k = await openKiosk(kioskUrl('', server.url));
      const { page } = k;
      await restingState(page);
      // The worker has installed (precached the whole build) and controls the page.
      const installed = () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          return reg?.active?.state === 'activated' && !!navigator.serviceWorker.controller && (await caches.keys()).some((c) => c.startsWith('workbox-precache'));
        });
      const t0 = Date.now();
      while (!(await installed()) && Date.now() - t0 < 60_000) await page.waitForTimeout(250);
      expect(await installed()).toBe(true);
      const cached = await page.evaluate(async () => {
        const name = (await caches.keys()).find((c) => c.startsWith('workbox-precache'))!;
        return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      });
      expect(cached.some((p) => p.endsWith('/index.html'))).toBe(true);
      expect(
        cached.some((p) => /\/assets\/maplibre-gl-worker-.*\.mjs$/.test(p)),
        'the map worker',
      ).toBe(true);
      expect(
        cached.some((p) => /noto-serif-latin-400-normal-.*\.woff2$/.test(p)),
        'fonts',
      ).toBe(true);
      expect(cached.filter((p) => /\/assets\/(camps|places|deportations|fronts|territories)-.*\.js$/.test(p)).length, 'layer chunks').toBe(5);

      await server.close();
      closed = true;
      await expect(fetch(server.url)).rejects.toThrow();
      await page.reload();
      const again = await restingState(page, 60_000);
      expect(again.read.visible.length).toBeGreaterThan(0);
      const path = await shot(page, 'kiosk-offline-restart');
      expect(colours(path, { x: 620, y: 60, w: 560, h: 560 }), 'the map renders with the server gone').toBeGreaterThan(30);
      // Later steps load their layer chunks from the cache too.
      await page.touchscreen.tap(600, 300);
      await waitStage(page, 'visitor');
      await page.evaluate(() => window.__storymap.app.go(30));
      await page.waitForFunction(() => window.__storymap?.app?.settled === window.__storymap?.app?.step.id, null, { timeout: 30_000 });
      expect(k.blocked).toEqual([]);
      // With the server gone, only failed network attempts may be logged (none are expected).
      clean(k, [/ERR_CONNECTION_REFUSED/]);
      await k.context.close();
    } finally {
      if (!closed) await server.close();
    }
  });

  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    it(`looks right at ${width}×${height}: attract loop, visitor, idle prompt, staff screen`, async () => {
      const k = await openKiosk(kioskUrl('speed=3&idle=60&prompt=30'), { width, height, reducedMotion: 'reduce' });
      const { page } = k;
      const name = (s: string) => `kiosk-${width}x${height}-${s}`;
      await restingState(page);
      await page.waitForTimeout(400);
      await shot(page, name('1-attract'));
      await page.touchscreen.tap(width / 2, height / 3);
      await waitStage(page, 'visitor');
      for (let i = 0; i < 3; i++) await page.locator('[data-testid=kiosk-next]').tap();
      await page.waitForFunction(() => window.__storymap?.app?.settled === window.__storymap?.app?.step.id, null, { timeout: 30_000 });
      await page.waitForTimeout(400);
      await shot(page, name('2-visitor'));
      await page.locator('[data-testid=kiosk-explore]').tap();
      await page.waitForSelector('.explore-side');
      await page.waitForTimeout(1500);
      await shot(page, name('3-explore'));
      await waitStage(page, 'prompt', 30_000);
      await shot(page, name('4-prompt'));
      await page.locator('.kiosk-prompt button').tap();
      await waitStage(page, 'visitor');
      // The staff screen: five quick taps in the top-left corner.
      for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
      await waitStage(page, 'staff');
      expect(Number(await page.locator('[data-testid=kiosk-sessions]').textContent())).toBeGreaterThanOrEqual(1);
      await shot(page, name('5-staff'));
      const download = page.waitForEvent('download');
      await page.locator('[data-testid=kiosk-download]').tap();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^kiosk-counters-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
      expect(json).toMatchObject({ version: 1, sessions: 1 });
      await page.locator('[data-testid=kiosk-staff-close]').tap();
      await restingState(page, 30_000);
      clean(k);
      await k.context.close();
    });
  }

  it('opens the staff screen from ?staff=1 and reports settings problems there', async () => {
    const k = await openKiosk(kioskUrl('staff=1&idle=5&chapters=katyn,nowhere'));
    const { page } = k;
    await waitStage(page, 'staff', 60_000);
    const problems = await page.locator('[data-testid=kiosk-problems] li').allTextContents();
    expect(problems.join('\n')).toContain('"idleSeconds" must be a number from 15 to 3600; found "5"');
    expect(problems.join('\n')).toContain('chapters that do not exist ("nowhere")');
    await page.locator('[data-testid=kiosk-staff-close]').tap();
    const rest = await restingState(page);
    // Only the configured chapter plays.
    expect(rest.state.app.index).toBe(await page.evaluate(() => window.__storymap.app.story.steps.findIndex((s) => s.chapter === 'katyn')));
    expect(k.warnings.some((w) => w.includes('[kiosk] the address: "idleSeconds"'))).toBe(true);
    clean(k);
    await k.context.close();
  });
});
