/**
 * npm run bench:soak — weeks of kiosk life, time-lapsed: the built app in Debian's Chromium (software
 * WebGL) as a 1280×720 touch screen at ?mode=kiosk&speed=40, the attract loop running by itself, with
 * random visits (taps, swipes, step buttons, the contents, explore and back, the language switch)
 * that then walk away and let the idle prompt reset the kiosk. It measures, after a forced GC:
 *   heapMiB        main-thread JS heap (Runtime.getHeapUsage)
 *   nodes          DOM nodes, documents and JS event listeners (Memory.getDOMCounters)
 *   listeners      listeners on window, document and the map canvas (DOMDebugger.getEventListeners)
 *   webgl          WebGL contexts created so far, and canvases with a live context
 * at the start (after a warm-up lap, so every layer chunk is loaded and every panel has been built
 * once) and at the end, at least SOAK_STEPS (default 500) step transitions later. Progress goes
 * to stderr; stdout gets one JSON line. Figures, not pass/fail; targets: heap growth under 10 %,
 * node count flat, one WebGL context.
 * Options (environment): SOAK_STEPS=500  SOAK_SEED=1941  SOAK_SPEED=40  SOAK_NO_BUILD=1 (reuse dist/).
 */
import os from 'node:os';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildAndServe } from './lib/serve.ts';
import { CHROMIUM, CHROMIUM_ARGS, DEBUG_ON } from './lib/browser.ts';

const STEPS = Number(process.env.SOAK_STEPS ?? 500);
const WARMUP = 50;
const SPEED = Number(process.env.SOAK_SPEED ?? 40);
let seed = Number(process.env.SOAK_SEED ?? 1941);
const VIEWPORT = { width: 1280, height: 720 };
const t0 = Date.now();
const log = (m: string) => process.stderr.write(`soak [${Math.round((Date.now() - t0) / 1000)} s]: ${m}\n`);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** mulberry32: reproducible randomness. */
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface KioskWindow {
  __gl: { created: number; canvases: WeakSet<HTMLCanvasElement> };
}

/** Runs in the page before its scripts: count WebGL contexts as they are created. */
function countContexts() {
  const w = window as unknown as KioskWindow;
  w.__gl = { created: 0, canvases: new WeakSet() };
  const get = HTMLCanvasElement.prototype.getContext;
  const seen = new WeakSet<object>();
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const ctx = (get as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (ctx && /webgl/.test(type) && !seen.has(ctx)) {
      seen.add(ctx);
      w.__gl.created++;
      w.__gl.canvases.add(this);
    }
    return ctx;
  } as typeof get;
}

async function listenersOn(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) return 0;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

async function measure(page: Page, cdp: CDPSession) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const gl = await page.evaluate(() => {
    const w = window as unknown as KioskWindow;
    const live = [...document.querySelectorAll('canvas')].filter((c) => w.__gl.canvases.has(c));
    return { created: w.__gl.created, live: live.length };
  });
  const k = await page.evaluate(() => {
    const k = window.__storymap.kiosk!;
    return { stepChanges: k.stepChanges, attractSteps: k.transitions, counters: k.counters.data };
  });
  return {
    heapMiB: round(usedSize / 1024 / 1024),
    nodes: dom.nodes,
    documents: dom.documents,
    jsEventListeners: dom.jsEventListeners,
    listeners: {
      window: await listenersOn(cdp, 'window'),
      document: await listenersOn(cdp, 'document'),
      mapCanvas: await listenersOn(cdp, "document.querySelector('canvas.maplibregl-canvas')"),
    },
    webglContextsCreated: gl.created,
    webglContextsLive: gl.live,
    stepChanges: k.stepChanges,
    attractSteps: k.attractSteps,
    visits: k.counters.sessions as number,
    idleResets: k.counters.idleResets as number,
    recoveries: k.counters.recoveries as number,
  };
}

const server = await buildAndServe({ build: process.env.SOAK_NO_BUILD !== '1' });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const errors: string[] = [];
const outside: string[] = [];
try {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, reducedMotion: 'no-preference' });
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(DEBUG_ON);
  await context.addInitScript(countContexts);
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u)) return route.continue();
    outside.push(u);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  // Idle 15 s and prompt 20 s, time-lapsed: a visitor who walks away is reset within a second or so.
  await page.goto(`${server.url}?mode=kiosk&speed=${SPEED}&idle=15&prompt=20`);
  await page.waitForFunction(() => !!window.__storymap?.maps.main?.ready && window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOMDebugger.enable' as never).catch(() => {});

  const changes = () => page.evaluate(() => window.__storymap.kiosk!.stepChanges);
  const stageOf = () => page.evaluate(() => window.__storymap?.kiosk?.stage);
  const tap = async (x: number, y: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const swipe = async (x: number, y: number, dx: number, dy: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 4; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 4, y: y + (dy * i) / 4 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const tapTestId = async (id: string) => {
    const box = await page.locator(`[data-testid=${id}]`).boundingBox().catch(() => null);
    if (box) await tap(box.x + box.width / 2, box.y + box.height / 2);
  };

  /** A visitor: wakes the kiosk, does a few random things, walks away; the idle reset follows. */
  async function visit() {
    await tap(VIEWPORT.width * (0.3 + rand() * 0.6), VIEWPORT.height * (0.2 + rand() * 0.5));
    const actions = 2 + Math.floor(rand() * 8);
    for (let i = 0; i < actions; i++) {
      const r = rand();
      if (r < 0.35) await tapTestId(rand() < 0.8 ? 'kiosk-next' : 'kiosk-prev');
      else if (r < 0.5) {
        const panel = await page.locator('.kiosk-panel').boundingBox().catch(() => null);
        if (panel) await swipe(panel.x + panel.width / 2, panel.y + panel.height / 2, rand() < 0.5 ? -200 : 200, 10);
      } else if (r < 0.62) {
        const b = await page.locator('.kiosk-bar .contents-button').boundingBox().catch(() => null);
        if (b) {
          await tap(b.x + b.width / 2, b.y + b.height / 2);
          const links = page.locator('dialog.contents a');
          const n = await links.count();
          const l = n ? await links.nth(Math.floor(rand() * n)).boundingBox().catch(() => null) : null;
          if (l && l.y > 0 && l.y < VIEWPORT.height) await tap(l.x + l.width / 2, l.y + l.height / 2);
          else await page.keyboard.press('Escape');
        }
      } else if (r < 0.74) {
        await tapTestId('kiosk-explore');
        await page.waitForTimeout(150);
        await swipe(VIEWPORT.width * 0.6, VIEWPORT.height * 0.4, (rand() - 0.5) * 300, (rand() - 0.5) * 200);
        await tap(VIEWPORT.width * (0.4 + rand() * 0.4), VIEWPORT.height * (0.2 + rand() * 0.4));
        if (rand() < 0.7) await tapTestId('kiosk-story');
      } else if (r < 0.82) {
        await tapTestId('kiosk-language');
        const en = await page.locator('.kiosk-lang-list button[lang=en]').boundingBox().catch(() => null);
        if (en) await tap(en.x + en.width / 2, en.y + en.height / 2);
      } else {
        await swipe(VIEWPORT.width * (0.5 + rand() * 0.3), VIEWPORT.height * (0.2 + rand() * 0.4), (rand() - 0.5) * 400, (rand() - 0.5) * 300);
      }
      await page.waitForTimeout(50 + rand() * 250);
    }
    // Walk away: the prompt appears and the kiosk resets (sometimes someone answers the prompt first).
    if (rand() < 0.2) {
      await page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'prompt', null, { timeout: 30_000 }).catch(() => {});
      await tap(VIEWPORT.width / 2, VIEWPORT.height / 2);
    }
    await page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 60_000 });
  }

  async function run(until: number) {
    while ((await changes()) < until) {
      if (rand() < 0.25 && (await stageOf()) === 'attract') await visit();
      else await page.waitForTimeout(300 + rand() * 700);
    }
  }

  log(`warm-up: ${WARMUP} step transitions…`);
  await run(WARMUP);
  const start = await measure(page, cdp);
  log(`start: ${JSON.stringify(start)}`);
  const target = start.stepChanges + STEPS;
  let last = Date.now();
  while ((await changes()) < target) {
    await run(Math.min(target, (await changes()) + 50));
    if (Date.now() - last > 30_000) {
      last = Date.now();
      log(`${(await changes()) - start.stepChanges}/${STEPS} transitions`);
    }
  }
  // End at rest in the attract loop, like the start.
  await page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 60_000 });
  const end = await measure(page, cdp);
  log(`end: ${JSON.stringify(end)}`);
  const result = {
    transitions: end.stepChanges - start.stepChanges,
    visits: end.visits - start.visits,
    idleResets: end.idleResets - start.idleResets,
    minutes: round((Date.now() - t0) / 60_000, 1),
    start,
    end,
    heapGrowthPct: round(((end.heapMiB - start.heapMiB) / start.heapMiB) * 100, 1),
    nodeGrowth: end.nodes - start.nodes,
    listenerGrowth: end.jsEventListeners - start.jsEventListeners,
    webglContextsLive: end.webglContextsLive,
    pageErrors: errors.length,
    outsideRequests: outside.length,
    machine: { cores: os.cpus().length, chromium: browser.version(), node: process.version, viewport: `${VIEWPORT.width}x${VIEWPORT.height}`, speed: SPEED },
  };
  if (errors.length) log(`WARNING: ${errors.length} page error(s): ${errors.slice(0, 5).join(' | ')}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await browser.close();
  await server.close();
}
