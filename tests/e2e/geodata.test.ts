/**
 * Every layer, drawn together on each snapshot date, in the real app (through the one map
 * controller), offline. The screenshots are for looking at: one per date.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, settled, shot } from '../../scripts/lib/browser.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { dayOf } from '../../src/time.ts';

const DATES = ['1939-08-31', '1939-09-17', '1939-10-15', '1939-11-15', '1940-03-20', '1940-07-15', '1940-09-01', '1941-06-21', '1944-08-01', '1945-08-01', '1949-03-25'];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('all geodata per snapshot date', () => {
  it('draws every layer on every snapshot date without errors', async () => {
    const s = await open(browser, process.env.E2E_BASE_URL!, { width: 1400, height: 900, reducedMotion: 'reduce' });
    await settled(s.page);
    // Hide the narrative so the whole map shows.
    await s.page.addStyleTag({ content: '.narrative, .timeline { display: none !important; }' });
    for (const iso of DATES) {
      const visible = LAYERS.map((l) => l.id).sort();
      const counts = await s.page.evaluate(
        async ({ day, visible }) => {
          const controller = window.__storymap.maps.main!;
          const padding = { top: 60, right: 20, bottom: 20, left: 20 };
          await controller.apply({
            day,
            camera: { kind: 'view', center: [32, 56], zoom: 3.1, bearing: 0, pitch: 0 },
            visible,
            highlight: [],
            animation: null,
            revealByDate: false,
            padding,
            lang: 'en',
            gestures: 'cooperative',
            reducedMotion: true,
          });
          const snap = controller.snapshot();
          const drawn = new Set(controller.map.queryRenderedFeatures().map((f) => f.layer.id.split('-')[0]));
          return { day: snap.day, visible: snap.visible, drawn: [...drawn] };
        },
        { day: dayOf(iso), visible },
      );
      expect(counts.day).toBe(dayOf(iso));
      expect(counts.visible).toEqual(visible);
      expect(counts.drawn.length, `${iso}: something is drawn`).toBeGreaterThan(0);
      await shot(s.page, `geodata-${iso}`);
    }
    expect(s.blocked).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
