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
 * once) and at the end, at least SOAK_STEPS (default 1000) step transitions later — both times back
 * at the kiosk's start (a reset), so the same screen is compared. Then a seeded storm of SOAK_STORM
 * (default 10,000) inputs (scripts/lib/storm.ts: taps, swipes, two-finger pinches, keys, resizes),
 * after which the page must have logged no error and the map must show the step the panel shows.
 * Progress goes to stderr; stdout gets one JSON line. Targets (exit code 1 if one is missed): heap
 * growth under 5 %, DOM nodes flat (within 2 %), one WebGL context, 0 uncaught errors, the map on
 * the panel's step. The e2e suite runs a smoke version (tests/e2e/soak.test.ts).
 * Options (environment): SOAK_STEPS=1000  SOAK_STORM=10000  SOAK_SEED=1941  SOAK_SPEED=40
 * SOAK_NO_BUILD=1 (reuse dist/).
 */
import os from 'node:os';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildAndServe } from './lib/serve.ts';
import { CHROMIUM, CHROMIUM_ARGS, DEBUG_ON } from './lib/browser.ts';
import { storm, mapMatchesPanel, total } from './lib/storm.ts';
import { seeded } from './lib/random.ts';

const STEPS = Number(process.env.SOAK_STEPS ?? 1000);
const STORM = Number(process.env.SOAK_STORM ?? 10_000);
const WARMUP = 50;
const SPEED = Number(process.env.SOAK_SPEED ?? 40);
const seed = Number(process.env.SOAK_SEED ?? 1941);
const VIEWPORT = { width: 1280, height: 720 };
const t0 = Date.now();
const log = (m: string) => process.stderr.write(`soak [${Math.round((Date.now() - t0) / 1000)} s]: ${m}\n`);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const rand = seeded(seed);

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

/** Back to the kiosk's start (a reset), at rest on its first step: the same screen for every measurement. */
async function atStart(page: Page) {
  await page.evaluate(() => window.__storymap.kiosk!.reset());
  await page.waitForFunction(
    () => {
      const s = window.__storymap;
      return s?.kiosk?.stage === 'attract' && s.app.index === s.kiosk.baseline().app.index && s.app.settled === s.app.step.id;
    },
    null,
    { timeout: 60_000, polling: 20 },
  );
}

async function measure(page: Page, cdp: CDPSession) {
  await atStart(page);
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
    const box = await page
      .locator(`[data-testid=${id}]`)
      .boundingBox()
      .catch(() => null);
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
        const panel = await page
          .locator('.kiosk-panel')
          .boundingBox()
          .catch(() => null);
        if (panel) await swipe(panel.x + panel.width / 2, panel.y + panel.height / 2, rand() < 0.5 ? -200 : 200, 10);
      } else if (r < 0.62) {
        const b = await page
          .locator('.kiosk-bar .contents-button')
          .boundingBox()
          .catch(() => null);
        if (b) {
          await tap(b.x + b.width / 2, b.y + b.height / 2);
          const links = page.locator('dialog.contents a');
          const n = await links.count();
          const l = n
            ? await links
                .nth(Math.floor(rand() * n))
                .boundingBox()
                .catch(() => null)
            : null;
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
        const en = await page
          .locator('.kiosk-lang-list button[lang=en]')
          .boundingBox()
          .catch(() => null);
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

  // The warm-up: a whole lap of the story (at least WARMUP transitions), so every step has been shown.
  const lap = Math.max(WARMUP, await page.evaluate(() => window.__storymap.app.count));
  log(`warm-up: ${lap} step transitions…`);
  await run(lap);
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

  // The storm: a visitor's worst day, seeded. The kiosk must take it without one uncaught error.
  const errorsBefore = errors.length;
  const stormStart = Date.now();
  let lastLog = Date.now();
  const counts = await storm(page, cdp, {
    inputs: STORM,
    seed: seed + 1,
    onRound: (done) => {
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        log(`storm: ${done}/${STORM} inputs`);
      }
    },
  });
  const stormSeconds = round((Date.now() - stormStart) / 1000, 1);
  await page.setViewportSize(VIEWPORT);
  await page.waitForTimeout(1000);
  const mismatch = await mapMatchesPanel(page);
  const recovered = await page.evaluate(() => window.__storymap.kiosk!.counters.data.recoveries);
  const stormResult = {
    inputs: total(counts),
    counts,
    seconds: stormSeconds,
    uncaughtErrors: errors.length - errorsBefore,
    recoveries: recovered - end.recoveries,
    mapOnPanelStep: mismatch.length === 0,
    mismatch,
  };
  log(`storm: ${JSON.stringify(stormResult)}`);
  const result = {
    transitions: end.stepChanges - start.stepChanges,
    visits: end.visits - start.visits,
    idleResets: end.idleResets - start.idleResets,
    minutes: round((Date.now() - t0) / 60_000, 1),
    start,
    end,
    heapGrowthPct: round(((end.heapMiB - start.heapMiB) / start.heapMiB) * 100, 1),
    nodeGrowthPct: round(((end.nodes - start.nodes) / start.nodes) * 100, 1),
    nodeGrowth: end.nodes - start.nodes,
    listenerGrowth: end.jsEventListeners - start.jsEventListeners,
    webglContextsLive: end.webglContextsLive,
    webglContextsCreated: end.webglContextsCreated,
    storm: stormResult,
    pageErrors: errors.length,
    outsideRequests: outside.length,
    machine: { cores: os.cpus().length, chromium: browser.version(), node: process.version, viewport: `${VIEWPORT.width}x${VIEWPORT.height}`, speed: SPEED },
  };
  if (errors.length) log(`WARNING: ${errors.length} page error(s): ${errors.slice(0, 5).join(' | ')}`);
  const missed = [
    result.heapGrowthPct >= 5 && `heap growth ${result.heapGrowthPct} % (target under 5 %)`,
    Math.abs(result.nodeGrowthPct) > 2 && `DOM nodes ${start.nodes} → ${end.nodes} (target flat, within 2 %)`,
    (end.webglContextsLive !== 1 || end.webglContextsCreated !== 1) && `WebGL contexts: ${end.webglContextsCreated} created, ${end.webglContextsLive} live (target one)`,
    errors.length > 0 && `${errors.length} page error(s)`,
    stormResult.recoveries > 0 && `${stormResult.recoveries} error recoveries in the storm`,
    mismatch.length > 0 && `after the storm: ${mismatch.join('; ')}`,
    outside.length > 0 && `${outside.length} requests outside localhost`,
  ].filter(Boolean);
  process.stdout.write(`${JSON.stringify({ ...result, targetsMet: missed.length === 0, missed })}\n`);
  if (missed.length) {
    log(`TARGETS MISSED: ${missed.join(' | ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
