/**
 * Smoke versions of `npm run bench:soak` (scripts/soak.ts): a short soak (step transitions of the
 * time-lapsed attract loop, measured back at the start after a warm-up) and a short seeded storm
 * (scripts/lib/storm.ts) ending with no error and the map on the step the panel shows.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, open } from '../../scripts/lib/browser.ts';
import '../../scripts/lib/surface.ts';
import { storm, mapMatchesPanel, total } from '../../scripts/lib/storm.ts';

const base = () => process.env.E2E_BASE_URL!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const changes = (page: Page) => page.evaluate(() => window.__storymap.kiosk!.stepChanges);

async function atStartMeasure(page: Page, cdp: CDPSession) {
  await page.evaluate(() => window.__storymap.kiosk!.reset());
  await page.waitForFunction(
    () => {
      const s = window.__storymap;
      return s?.kiosk?.stage === 'attract' && s.app.index === s.kiosk.baseline().app.index && s.app.settled === s.app.step.id;
    },
    null,
    { timeout: 60_000, polling: 20 },
  );
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, canvases: await page.evaluate(() => document.querySelectorAll('canvas').length) };
}

describe('soak and storm (smoke)', () => {
  it('a short soak: heap and DOM back where they were after a warm-up, one map canvas', { timeout: 300_000 }, async () => {
    // One chapter (7 steps): two laps to warm up, three to measure, so the same steps repeat.
    const k = await open(browser, `${base()}?mode=kiosk&speed=40&idle=15&prompt=20&chapters=katyn`, { hasTouch: true, reducedMotion: 'reduce' });
    const { page } = k;
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => !!window.__storymap?.maps.main?.ready && window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 90_000 });
    await page.waitForFunction(() => window.__storymap.kiosk!.stepChanges >= 14, null, { timeout: 120_000 });
    const start = await atStartMeasure(page, cdp);
    const from = await changes(page);
    await page.waitForFunction((n) => window.__storymap.kiosk!.stepChanges >= n, from + 21, { timeout: 180_000 });
    const end = await atStartMeasure(page, cdp);
    const growth = (end.heap - start.heap) / start.heap;
    console.log(`soak smoke: heap ${(start.heap / 2 ** 20).toFixed(1)} → ${(end.heap / 2 ** 20).toFixed(1)} MiB (${(growth * 100).toFixed(1)} %), nodes ${start.nodes} → ${end.nodes}`);
    // Loose bounds for a short run; the benchmark's targets are 5 % and flat over 1,000 transitions.
    expect(growth).toBeLessThan(0.15);
    expect(Math.abs(end.nodes - start.nodes) / start.nodes).toBeLessThan(0.05);
    expect(end.canvases).toBe(1);
    expect(k.errors).toEqual([]);
    expect(k.blocked).toEqual([]);
    await k.context.close();
  });

  it('a short seeded storm (taps, swipes, pinches, keys, resizes): no error, the map on the panel’s step', { timeout: 300_000 }, async () => {
    const k = await open(browser, `${base()}?mode=kiosk&speed=5&idle=20&prompt=20`, { hasTouch: true, reducedMotion: 'no-preference' });
    const { page } = k;
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => !!window.__storymap?.maps.main?.ready && window.__storymap?.kiosk?.stage === 'attract', null, { timeout: 90_000 });
    const t0 = Date.now();
    const counts = await storm(page, cdp, { inputs: 600, seed: 1940, onRound: (n) => console.log(`storm smoke: ${n} inputs, ${Math.round((Date.now() - t0) / 1000)} s`) });
    console.log(`storm smoke: ${total(counts)} inputs`, counts);
    expect(total(counts)).toBe(600);
    expect(counts.multi).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.waitForTimeout(500);
    expect(await mapMatchesPanel(page)).toEqual([]);
    expect(k.errors, 'no uncaught error, no console error').toEqual([]);
    expect(
      k.warnings.filter((w) => w.includes('[kiosk] recovered')),
      'no error needed recovering',
    ).toEqual([]);
    expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data.recoveries)).toBe(0);
    expect(page.url(), 'still the kiosk: no input led off the page').toContain('mode=kiosk');
    // And the map still works: back at the start, settled, one map.
    await page.evaluate(() => window.__storymap.kiosk!.reset());
    await page.waitForFunction(
      () => {
        const s = window.__storymap;
        return s.kiosk?.stage === 'attract' && s.app.index === s.kiosk.baseline().app.index && s.app.settled === s.app.step.id && !s.maps.main!.moving;
      },
      null,
      { timeout: 60_000 },
    );
    expect(await page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length)).toBe(1);
    expect(k.blocked).toEqual([]);
    await k.context.close();
  });
});
