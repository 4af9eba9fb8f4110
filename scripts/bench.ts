/**
 * npm run bench: the app against a bare MapLibre page with the same basemap (scripts/bench/bare.ts),
 * built and measured in one run, in Debian's Chromium (software WebGL) at 1200×800:
 *   firstMapMs   navigation start → MapLibre's `load` event (the first frame drawn with the style
 *                and every tile loaded), cold cache, median of 3 runs per page;
 *   bytes        bytes requested before that first map (gzip as a compressing server sends them;
 *                MapLibre, its worker and the basemap's tile ranges included), median of the same runs;
 *   fps          frames the map drew (`render` events) per second in the 6 s after one ArrowDown
 *                from the step before `transports` (app: step `transports`; bare: the same 2.2 s flight and the
 *                same 7 s reveal of the three routes), pooled over 2 runs; also rAF callbacks/s
 *                and the longest frame;
 *   heap         main-thread JS heap after a forced GC, after one warm-up round of all steps and after BENCH_CYCLES (default 20) more
 *                (reduced motion: each step jumped to and waited for until fully drawn).
 * Progress goes to stderr; stdout gets one JSON line.
 */
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildAndServe } from './lib/serve.ts';
import { CHROMIUM, CHROMIUM_ARGS, DEBUG_ON, settled } from './lib/browser.ts';
import { resolve, type Bounds } from '../src/map/resolve.ts';
import type { StepSpec } from '../src/story/types.ts';
import type { Bare, Insets } from './bench/bare.ts';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const VIEWPORT = { width: 1200, height: 800 };
const FIRST_MAP_RUNS = 3;
const FPS_WINDOW_MS = 6000;
const FPS_RUNS = 2;
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20);
const t0 = Date.now();
const log = (m: string) => process.stderr.write(`bench [${Math.round((Date.now() - t0) / 1000)} s]: ${m}\n`);

interface Frames {
  seconds: number;
  renders: number;
  rafs: number;
  longestFrameMs: number;
}
/** What the pages expose (the app's window.__storymap, bare.ts's __bare) and what the bench adds. */
interface BenchWindow {
  __bare?: Bare;
  __firstMap?: number;
  __frames?: Promise<Frames>;
}

// --- build and serve ---------------------------------------------------------------------------
// BENCH=1 makes vite.config.ts build to dist-bench/. Vite cannot emit an HTML entry outside `root`
// (src/), so this build alone uses the project as root: the app lands at dist-bench/src/index.html
// and the bare page at dist-bench/scripts/bench/bare.html, sharing one assets/ folder (base './').
process.env.BENCH = '1';
log('building…');
await build({
  configFile: root('vite.config.ts'),
  root: root('.'),
  logLevel: 'warn',
  build: { rolldownOptions: { input: { main: root('src/index.html'), bare: root('scripts/bench/bare.html') } } },
});
const server = await buildAndServe({ build: false }); // BENCH=1: the preview serves dist-bench/
const APP = `${server.url}src/index.html`;
const BARE = `${server.url}scripts/bench/bare.html`;

// Offline without request interception (which would add a Node round trip to every request and so
// to the timings): every non-loopback request goes to a proxy that does not exist. Loopback bypasses
// proxies. Requests are still watched, to report any attempt.
const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS, '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1;localhost;[::1]'],
});
const LOCAL = /^((https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|data:|blob:)/;
const outside: string[] = [];
const pageErrors: string[] = [];

/** A fresh context (so a cold HTTP cache) with the bench's init scripts, navigated to `url`. */
async function session(url: string, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); the functions below
  // run in the page, so it needs that helper too.
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(DEBUG_ON);
  await context.addInitScript(hookFirstMap);
  const page = await context.newPage();
  page.on('request', (r) => void (LOCAL.test(r.url()) || outside.push(r.url())));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && pageErrors.push(m.text())));
  await page.goto(url);
  return { context, page };
}

/**
 * Runs in the page before its scripts. Both pages expose their map synchronously after
 * constructing it, before it can have loaded (the app as its debug surface's `maps.main`), so a
 * setter there can time `load` on either map.
 */
function hookFirstMap() {
  const w = window as unknown as BenchWindow;
  const onMap = (map: { once(e: string, f: () => void): void }) => map.once('load', () => (w.__firstMap = performance.now()));
  const settle = (obj: object, key: string, v: unknown) => Object.defineProperty(obj, key, { value: v, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(window, '__bare', {
    configurable: true,
    set(v: Bare) {
      settle(window, '__bare', v);
      onMap(v.map);
    },
  });
  Object.defineProperty(window, '__storymap', {
    configurable: true,
    set(v: { maps: Record<string, unknown> }) {
      settle(window, '__storymap', v);
      Object.defineProperty(v.maps, 'main', {
        configurable: true,
        enumerable: true,
        set(m: { map: { once(e: string, f: () => void): void } }) {
          settle(v.maps, 'main', m);
          onMap(m.map);
        },
      });
    },
  });
}

/**
 * Bytes requested before the first complete map, from the page's Resource Timing (same origin, so
 * sizes are exposed): every document, script, style, font, worker, data chunk and basemap range
 * that finished loading before MapLibre's `load`. Counted as gzip would send them (each file gzipped
 * here at level 6, as a compressing server does; the basemap's byte ranges as they are, their tiles
 * being gzipped already), and as served by the bench's preview server.
 */
async function bytesBeforeFirstMap(page: Page): Promise<{ gzipKB: number; servedKB: number; requests: number }> {
  const entries = await page.evaluate(() => {
    const t = (window as unknown as BenchWindow).__firstMap!;
    const nav = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.responseEnd <= t);
    return [...nav, ...res].map((e) => ({ name: e.name, encoded: e.encodedBodySize, transfer: e.transferSize }));
  });
  let gz = 0;
  let served = 0;
  for (const e of entries) {
    served += e.encoded;
    if (/\.pmtiles(\?|$)/.test(e.name)) gz += e.encoded;
    else if (e.encoded > 0) gz += gzipSync(Buffer.from(await (await fetch(e.name)).arrayBuffer()), { level: 6 }).length;
  }
  return { gzipKB: round(gz / 1024), servedKB: round(served / 1024), requests: entries.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const MiB = 1024 * 1024;

/** Main-thread JS heap after a full GC (MapLibre's worker heaps are not included). */
async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / MiB, 2);
}

/**
 * Counts frames for FPS_WINDOW_MS from the next ArrowDown keydown (capture phase, so before the
 * page's own handler), then presses the key. Identical in both pages.
 */
async function framesAfterArrowDown(page: Page): Promise<Frames> {
  await page.evaluate((ms) => {
    const w = window as unknown as BenchWindow;
    const map = window.__storymap?.maps.main ? window.__storymap.maps.main.map : w.__bare!.map;
    w.__frames = new Promise((done) =>
      window.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          let renders = 0,
            rafs = 0,
            last = t0,
            longest = 0;
          const onRender = () => renders++;
          map.on('render', onRender);
          const tick = (t: number) => {
            rafs++;
            longest = Math.max(longest, t - last);
            last = t;
            if (t - t0 < ms) return void requestAnimationFrame(tick);
            map.off('render', onRender);
            done({ seconds: (t - t0) / 1000, renders, rafs, longestFrameMs: longest });
          };
          requestAnimationFrame(tick);
        },
        { once: true, capture: true },
      ),
    );
  }, FPS_WINDOW_MS);
  await page.keyboard.press('ArrowDown');
  return page.evaluate(() => (window as unknown as BenchWindow).__frames!);
}

/** Frame rates pooled over runs (total frames / total seconds); the longest frame of any run. */
function fps(runs: Frames[]) {
  const seconds = runs.reduce((t, f) => t + f.seconds, 0);
  const renders = runs.reduce((t, f) => t + f.renders, 0);
  const rafs = runs.reduce((t, f) => t + f.rafs, 0);
  return { fps: round(renders / seconds), rafFps: round(rafs / seconds), longestFrameMs: round(Math.max(...runs.map((f) => f.longestFrameMs))), frames: renders, seconds: round(seconds, 2) };
}

try {
  // --- 1. time to first rendered map: alternate the pages so drift hits both alike ------------
  const first = { app: [] as number[], bare: [] as number[] };
  const bytes = { app: [] as Awaited<ReturnType<typeof bytesBeforeFirstMap>>[], bare: [] as Awaited<ReturnType<typeof bytesBeforeFirstMap>>[] };
  let story: { steps: StepSpec[]; index: Record<string, { bbox: Bounds }>; insets: Insets } | null = null;
  for (let run = 0; run < FIRST_MAP_RUNS; run++) {
    for (const [name, url] of [
      ['app', APP],
      ['bare', BARE],
    ] as const) {
      const { context, page } = await session(url);
      await page.waitForFunction(() => (window as unknown as BenchWindow).__firstMap !== undefined, null, { timeout: 60_000 });
      first[name].push(round(await page.evaluate(() => (window as unknown as BenchWindow).__firstMap!)));
      bytes[name].push(await bytesBeforeFirstMap(page));
      if (name === 'app' && !story) {
        // The built story's steps and the app's panel insets, so the bare page frames the same views.
        await settled(page);
        story = await page.evaluate(() => {
          const s = window.__storymap;
          return { steps: s.app.story.steps, index: s.index, insets: s.maps.main!.map.getPadding() as Insets };
        });
      }
      await context.close();
    }
    log(`first map, run ${run + 1}: app ${first.app[run]} ms, ${bytes.app[run].gzipKB} KB gzip; bare ${first.bare[run]} ms, ${bytes.bare[run].gzipKB} KB gzip`);
  }
  if (!story) throw new Error('no story read from the app');
  const { steps, index, insets } = story;
  const states = steps.map((s) => resolve(s, index));

  // --- 2. frames during the step transition into `transports` ------------------------------------
  // From whichever step precedes `transports` in the story, so the transition is the real one.
  const target = steps.findIndex((s) => s.id === 'transports');
  const from = steps[target - 1]?.id;
  const to = states[target];
  if (!from || !to?.animation) throw new Error('expected a step "transports", with an animation, after another step');
  const frames = { app: [] as Frames[], bare: [] as Frames[] };
  for (let run = 0; run < FPS_RUNS; run++) {
    const app = await session(`${APP}#step=${from}`);
    await settled(app.page, from);
    await app.page.waitForTimeout(1000);
    frames.app.push(await framesAfterArrowDown(app.page));
    const reached = await app.page.evaluate(() => window.__storymap?.app?.step.id);
    if (reached !== 'transports') throw new Error(`ArrowDown led to step "${reached}", not "transports"`);
    await app.context.close();

    const bare = await session(BARE);
    await bare.page.evaluate(
      async ([a, b, anim, p]) => {
        const bench = (window as unknown as BenchWindow).__bare!;
        await bench.loaded;
        bench.setInsets(p);
        await bench.prepare(a, b, anim);
      },
      [states[target - 1].camera, to.camera, to.animation, insets] as const,
    );
    await bare.page.waitForTimeout(1000);
    frames.bare.push(await framesAfterArrowDown(bare.page));
    await bare.context.close();
    log(`fps, run ${run + 1}: app ${JSON.stringify(fps([frames.app[run]]))}, bare ${JSON.stringify(fps([frames.bare[run]]))}`);
  }

  // --- 3. heap before and after 20 rounds of every step (reduced motion: jumps, each settled) --
  // One warm-up lap first, so every layer chunk is loaded and every step built once: the figure is
  // growth over the laps, not the first loads of the layers.
  const appH = await session(APP, 'reduce');
  await settled(appH.page, steps[0].id);
  const cycle = (rounds: number) =>
    appH.page.evaluate(async (rounds) => {
      const { app } = window.__storymap;
      const ids = app.story.steps.map((s) => s.id);
      const settledOn = (id: string) =>
        new Promise<void>((ok, fail) => {
          const t0 = performance.now();
          const poll = () => {
            if (window.__storymap?.app?.settled === id) ok();
            else if (performance.now() - t0 > 30_000) fail(new Error(`step ${id} did not settle`));
            else setTimeout(poll, 10);
          };
          poll();
        });
      for (let r = 0; r < rounds; r++) {
        for (let k = 1; k <= app.count; k++) {
          app.go(k % app.count);
          await settledOn(ids[k % app.count]);
        }
      }
    }, rounds);
  log('app heap: warm-up lap…');
  await cycle(1);
  const appHeapBefore = await heapMiB(appH.page);
  log(`app heap before (after the warm-up lap): ${appHeapBefore} MiB; cycling ${CYCLES}× ${steps.length} steps…`);
  await cycle(CYCLES);
  const appHeapAfter = await heapMiB(appH.page);
  await appH.context.close();
  log(`app heap after: ${appHeapAfter} MiB`);

  const bareH = await session(BARE, 'reduce');
  const cameras = states.map((s) => s.camera);
  await bareH.page.evaluate(
    async ([p, c]) => {
      const b = (window as unknown as BenchWindow).__bare!;
      await b.loaded;
      b.setInsets(p);
      await b.jump(c[0]);
    },
    [insets, cameras] as const,
  );
  await bareH.page.evaluate((c) => (window as unknown as BenchWindow).__bare!.cycle(c, 1), cameras);
  const bareHeapBefore = await heapMiB(bareH.page);
  await bareH.page.evaluate(([c, rounds]) => (window as unknown as BenchWindow).__bare!.cycle(c, rounds), [cameras, CYCLES] as const);
  const bareHeapAfter = await heapMiB(bareH.page);
  await bareH.context.close();
  log(`bare heap: ${bareHeapBefore} → ${bareHeapAfter} MiB`);

  // --- report -------------------------------------------------------------------------------------
  const figures = (firstMap: number[], f: Frames[], before: number, after: number, by: Awaited<ReturnType<typeof bytesBeforeFirstMap>>[]) => ({
    firstMapMs: median(firstMap),
    firstMapRunsMs: firstMap,
    bytesBeforeFirstMapGzipKB: median(by.map((x) => x.gzipKB)),
    bytesBeforeFirstMapServedKB: median(by.map((x) => x.servedKB)),
    requestsBeforeFirstMap: median(by.map((x) => x.requests)),
    ...fps(f),
    heapBeforeMiB: before,
    heapAfterMiB: after,
    heapGrowthMiB: round(after - before, 2),
  });
  const a = figures(first.app, frames.app, appHeapBefore, appHeapAfter, bytes.app);
  const b = figures(first.bare, frames.bare, bareHeapBefore, bareHeapAfter, bytes.bare);
  const ratio = Object.fromEntries((['firstMapMs', 'bytesBeforeFirstMapGzipKB', 'fps', 'rafFps', 'longestFrameMs', 'heapBeforeMiB', 'heapAfterMiB'] as const).map((k) => [k, round(a[k] / b[k], 2)]));
  if (outside.length) log(`WARNING: ${outside.length} request(s) outside localhost were attempted (all failed): ${outside.slice(0, 5).join(', ')}`);
  if (pageErrors.length) log(`WARNING: ${pageErrors.length} page error(s): ${pageErrors.slice(0, 5).join(' | ')}`);
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memGiB: round(os.totalmem() / 1024 ** 3),
    chromium: browser.version(),
    node: process.version,
    viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
  };
  process.stdout.write(`${JSON.stringify({ app: a, bare: b, ratio, machine, outsideRequests: outside.length, pageErrors: pageErrors.length })}\n`);
} finally {
  await browser.close();
  await server.close();
}
