/**
 * A seeded storm of kiosk input — taps, swipes, two-finger pinches, keys and resizes — shared by
 * `npm run bench:soak` (10,000 inputs) and its smoke version in the e2e suite (tests/e2e/soak.test.ts).
 * The storm is seeded (./random.ts): the same seed gives the same storm.
 * Most input is dispatched in the page (pointer, touch, click and key events as a touch screen fires
 * them): real input waits for frames under software WebGL. Every round also sends a few touches,
 * one of them a two-finger pinch, through the browser's own input pipeline (CDP), and may resize.
 */
import type { CDPSession, Page } from 'playwright-core';
import './surface.ts';
import { draw, seeded } from './random.ts';

export interface StormCounts {
  tap: number;
  swipe: number;
  multi: number;
  key: number;
  resize: number;
  trusted: number;
}
export const total = (c: StormCounts) => c.tap + c.swipe + c.multi + c.key + c.resize + c.trusted;

/** Random numbers an input in the page takes at most. */
const PER_INPUT = 6;

/** In the page: `n` inputs from the seeded numbers given, one task boundary every 25. */
function inPage({ randoms, n }: { randoms: number[]; n: number }) {
  let next = 0;
  const r = () => randoms[next++ % randoms.length];
  const out = { tap: 0, swipe: 0, multi: 0, key: 0 };
  const keys = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageUp', 'PageDown', 'Home', 'End', 'Escape', 'Enter', ' ', 'Tab', 'a', '+', 'F5'];
  let id = 1000;
  const pointer = (type: string, x: number, y: number, pid: number, primary = true) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: x,
        clientY: y,
        pointerId: pid,
        pointerType: 'touch',
        isPrimary: primary,
        buttons: type === 'pointerup' ? 0 : 1,
      }),
    );
    return target;
  };
  const touches = (type: string, pts: { x: number; y: number; id: number }[], target: Element) => {
    const list = pts.map((p) => new Touch({ identifier: p.id, target, clientX: p.x, clientY: p.y }));
    const live = type === 'touchend' ? [] : list;
    target.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, touches: live, targetTouches: live, changedTouches: list }));
  };
  return (async () => {
    for (let i = 0; i < n; i++) {
      const w = innerWidth;
      const h = innerHeight;
      const x = Math.floor(r() * w);
      // Half the taps land along the bottom, where the controls are.
      const y = r() < 0.5 ? h - 1 - Math.floor(r() * 110) : Math.floor(r() * h);
      const kind = r();
      if (kind < 0.5) {
        const pid = id++;
        const target = pointer('pointerdown', x, y, pid);
        touches('touchstart', [{ x, y, id: pid }], target);
        pointer('pointerup', x, y, pid);
        touches('touchend', [{ x, y, id: pid }], target);
        (document.elementFromPoint(x, y) as HTMLElement | null)?.click?.();
        out.tap++;
      } else if (kind < 0.72) {
        const pid = id++;
        const dx = (r() - 0.5) * 500;
        const dy = (r() - 0.5) * 300;
        const target = pointer('pointerdown', x, y, pid);
        touches('touchstart', [{ x, y, id: pid }], target);
        for (let j = 1; j <= 4; j++) {
          pointer('pointermove', x + (dx * j) / 4, y + (dy * j) / 4, pid);
          touches('touchmove', [{ x: x + (dx * j) / 4, y: y + (dy * j) / 4, id: pid }], target);
        }
        pointer('pointerup', x + dx, y + dy, pid);
        touches('touchend', [{ x: x + dx, y: y + dy, id: pid }], target);
        out.swipe++;
      } else if (kind < 0.84) {
        // Two fingers: a pinch (apart or together), lifted one after the other.
        const a = id++;
        const b = id++;
        const spread = (r() < 0.5 ? 1 : -1) * (40 + r() * 120);
        const target = pointer('pointerdown', x, y, a);
        pointer('pointerdown', x + 60, y + 20, b, false);
        touches(
          'touchstart',
          [
            { x, y, id: a },
            { x: x + 60, y: y + 20, id: b },
          ],
          target,
        );
        for (let j = 1; j <= 3; j++) {
          const d = (spread * j) / 3;
          pointer('pointermove', x - d / 2, y, a);
          pointer('pointermove', x + 60 + d / 2, y + 20, b, false);
          touches(
            'touchmove',
            [
              { x: x - d / 2, y, id: a },
              { x: x + 60 + d / 2, y: y + 20, id: b },
            ],
            target,
          );
        }
        pointer('pointerup', x - spread / 2, y, a);
        touches('touchend', [{ x: x - spread / 2, y, id: a }], target);
        pointer('pointerup', x + 60 + spread / 2, y + 20, b, false);
        touches('touchend', [{ x: x + 60 + spread / 2, y: y + 20, id: b }], target);
        out.multi++;
      } else {
        const key = keys[Math.floor(r() * keys.length)];
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ctrlKey: key === '+' }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
        out.key++;
      }
      await Promise.resolve();
      if (i % 25 === 24) await new Promise((ok) => setTimeout(ok, 0));
    }
    return out;
  })();
}

async function cdpSwipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, steps = 3) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function cdpPinch(cdp: CDPSession, x: number, y: number, spread: number) {
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [
      { x, y, id: 1 },
      { x: x + 80, y, id: 2 },
    ],
  });
  for (let i = 1; i <= 3; i++) {
    const d = (spread * i) / 3;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: x - d / 2, y, id: 1 },
        { x: x + 80 + d / 2, y, id: 2 },
      ],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const SIZES: [number, number][] = [
  [1200, 800],
  [800, 1200],
  [1024, 768],
  [1280, 720],
  [1080, 1920],
  [1920, 1080],
];

/** `inputs` seeded inputs in rounds of 100 (plus real touches and resizes); returns what was sent. */
export async function storm(page: Page, cdp: CDPSession, o: { inputs: number; seed: number; onRound?: (done: number) => void }): Promise<StormCounts> {
  const rand = seeded(o.seed);
  const counts: StormCounts = { tap: 0, swipe: 0, multi: 0, key: 0, resize: 0, trusted: 0 };
  while (total(counts) < o.inputs) {
    const n = Math.min(100, o.inputs - total(counts));
    const c = await page.evaluate(inPage, { randoms: draw(rand, n * PER_INPUT), n });
    counts.tap += c.tap;
    counts.swipe += c.swipe;
    counts.multi += c.multi;
    counts.key += c.key;
    if (total(counts) >= o.inputs) break;
    const vp = page.viewportSize() ?? { width: 1200, height: 800 };
    const x = 50 + Math.floor(rand() * (vp.width - 200));
    const y = 50 + Math.floor(rand() * (vp.height - 150));
    const which = rand();
    if (which < 0.4) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else if (which < 0.7) await cdpSwipe(cdp, { x, y }, { x: x + (rand() - 0.5) * 300, y: y + (rand() - 0.5) * 200 });
    else await cdpPinch(cdp, x, y, (rand() < 0.5 ? 1 : -1) * 100);
    counts.trusted++;
    if (rand() < 0.3 && total(counts) < o.inputs) {
      const [w, h] = SIZES[Math.floor(rand() * SIZES.length)];
      await page.setViewportSize({ width: w, height: h });
      counts.resize++;
    }
    o.onRound?.(total(counts));
  }
  return counts;
}

/**
 * After the storm: back in the story (a visitor in explore is brought back by its button), settled,
 * and the map showing the step the panel shows — the declared state of that step, read back from
 * the map. Returns what disagrees (empty: all well).
 */
export async function mapMatchesPanel(page: Page, timeout = 60_000): Promise<string[]> {
  if (await page.locator('[data-testid=kiosk-story]').count())
    await page
      .locator('[data-testid=kiosk-story]')
      .click({ force: true })
      .catch(() => {});
  await page.waitForFunction(
    () => {
      const panel = document.querySelector<HTMLElement>('.kiosk-panel');
      return !!panel && window.__storymap.app.settled === panel.dataset.step;
    },
    null,
    { timeout, polling: 100 },
  );
  return page.evaluate(() => {
    const s = window.__storymap;
    const panel = document.querySelector<HTMLElement>('.kiosk-panel')!.dataset.step;
    const main = s.maps.main!;
    const want = main.state!;
    const read = main.snapshot();
    const out: string[] = [];
    if (s.app.step.id !== panel) out.push(`panel shows ${panel}, the story is at ${s.app.step.id}`);
    if (read.day !== want.day) out.push(`map day ${read.day}, step day ${want.day}`);
    if (JSON.stringify(read.visible) !== JSON.stringify(want.visible)) out.push(`layers ${read.visible} ≠ ${want.visible}`);
    if (JSON.stringify(read.highlight) !== JSON.stringify(want.highlight)) out.push(`highlights ${read.highlight} ≠ ${want.highlight}`);
    if (document.querySelectorAll('canvas.maplibregl-canvas').length !== 1) out.push('not exactly one map canvas');
    return out;
  });
}
