/**
 * Issue 16, what a visitor's body and browser meet: every control in every kiosk screen at least
 * 48 CSS px both ways at 1080×1920 (measured, the explore panel's layer toggles included); a long
 * step text scrolls itself in the attract loop; a favicon (no 404); dimmed off-screen steps still
 * pass colour contrast (axe-core).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, open, settled, shot } from '../../scripts/lib/browser.ts';
import '../../scripts/lib/surface.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const base = () => process.env.E2E_BASE_URL!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Stage = 'attract' | 'visitor' | 'prompt' | 'staff';
const waitStage = (page: Page, s: Stage, timeout = 180_000) => page.waitForFunction((want) => window.__storymap?.kiosk?.stage === want, s, { timeout });

/**
 * Every visible control's touch target smaller than `min` CSS px either way. A control's target is
 * the element itself, or for a form field inside a label the label (a touch on it works the field).
 */
function smallTargets(page: Page, min = 48) {
  return page.evaluate((min) => {
    const sel = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=slider], [role=tab], [role=checkbox], [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const target = (el.matches('input, select, textarea') && el.closest('label')) || el;
      if (seen.has(target)) continue;
      seen.add(target);
      const r = target.getBoundingClientRect();
      const cs = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none' || el.closest('[inert], [hidden], .sr-only')) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue; // off screen (a scrolled list)
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (target.getAttribute('aria-label') || target.textContent || target.className || target.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
        out.push(`${target.tagName.toLowerCase()}.${String(target.className).split(' ')[0]} "${name}": ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  }, min);
}

describe('kiosk screens for visitors', () => {
  it('every control in every kiosk screen is at least 48 CSS px at 1080×1920', { timeout: 600_000 }, async () => {
    const k = await open(browser, `${base()}?mode=kiosk&speed=3&idle=60&prompt=30`, { width: 1080, height: 1920, hasTouch: true, reducedMotion: 'reduce' });
    const { page } = k;
    const found: Record<string, string[]> = {};
    const check = async (screen: string) => {
      found[screen] = await smallTargets(page);
      if (found[screen].length) console.log(`${screen}: ${found[screen].join(' | ')}`);
    };
    await waitStage(page, 'attract');
    await settled(page, undefined, 180_000);
    await check('attract');
    await page.touchscreen.tap(540, 600);
    await waitStage(page, 'visitor');
    await check('visitor');
    await page.locator('.kiosk-bar .contents-button').tap();
    await page.waitForSelector('dialog.contents[open]');
    await check('contents');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=kiosk-language]').tap();
    await page.waitForSelector('.kiosk-lang-list');
    await check('language');
    await page.locator('.kiosk-lang-list button[lang=en]').tap();
    await page.locator('[data-testid=kiosk-explore]').tap();
    await page.waitForSelector('.explore-side');
    await page.waitForTimeout(800);
    await check('explore');
    // The layers list in use, a feature's details open.
    await page.locator('.layer-toggle input').first().tap();
    expect(await page.locator('.layer-toggle').count(), 'the layer toggles are measured').toBeGreaterThan(3);
    await page.evaluate(() => (window.__storymap.ex.sel = 'katyn-forest'));
    await page.waitForTimeout(800);
    await check('explore, panels open');
    expect(await page.evaluate(() => window.__storymap.kiosk!.stage)).toBe('visitor');
    await shot(page, 'kiosk-1080x1920-targets-explore');
    await waitStage(page, 'prompt');
    await check('prompt');
    await page.locator('.kiosk-prompt button').tap();
    await waitStage(page, 'visitor');
    for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
    await waitStage(page, 'staff');
    await check('staff');
    const small = Object.entries(found).filter(([, v]) => v.length);
    expect(Object.fromEntries(small), 'controls under 48 CSS px').toEqual({});
    expect(Object.keys(found)).toHaveLength(8);
    await k.context.close();
  });

  it('a long step text scrolls itself in the attract loop, so nothing is cut off unseen', { timeout: 400_000 }, async () => {
    const k = await open(browser, `${base()}?mode=kiosk&speed=1&idle=600`, { width: 1080, height: 1920, hasTouch: true, reducedMotion: 'reduce' });
    const { page } = k;
    await waitStage(page, 'attract');
    await settled(page, undefined, 180_000);
    // The longest step text, shown by the loop (it carries on from there by itself).
    const id = await page.evaluate(() => {
      const s = window.__storymap.app;
      const longest = [...s.story.steps].sort((a, b) => b.html.length - a.html.length)[0];
      s.go(longest.id);
      return longest.id;
    });
    await page.waitForFunction((id) => window.__storymap.app.settled === id, id, { timeout: 180_000 });
    const overflow = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('.kiosk-panel')!;
      return p.scrollHeight - p.clientHeight;
    });
    expect(overflow, 'the longest text is taller than its panel at 1080×1920').toBeGreaterThan(20);
    // Within the step's time on screen, the panel reaches its end, then the loop moves on and starts the next at the top.
    await page.waitForFunction(
      (id) => {
        const p = document.querySelector<HTMLElement>('.kiosk-panel')!;
        return p.dataset.step === id && p.scrollTop >= p.scrollHeight - p.clientHeight - 2;
      },
      id,
      { timeout: 60_000, polling: 100 },
    );
    expect(await page.evaluate(() => window.__storymap.kiosk!.stage)).toBe('attract');
    await shot(page, 'kiosk-1080x1920-long-step-scrolled');
    await page.waitForFunction((id) => document.querySelector<HTMLElement>('.kiosk-panel')!.dataset.step !== id, id, { timeout: 60_000 });
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.kiosk-panel')!.scrollTop)).toBe(0);
    await k.context.close();
  });

  it('has a favicon: no request of the page fails', { timeout: 300_000 }, async () => {
    const k = await open(browser, 'about:blank');
    const failed: string[] = [];
    k.page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    await k.page.goto(`${base()}#step=pact`);
    await settled(k.page, undefined, 180_000);
    const href = await k.page.evaluate(() => (document.querySelector('link[rel~=icon]') as HTMLLinkElement | null)?.href);
    expect(href, 'a <link rel=icon>').toBeTruthy();
    const icon = await k.page.evaluate(async (u) => {
      const r = await fetch(u!);
      return { status: r.status, type: r.headers.get('content-type') };
    }, href);
    expect(icon.status).toBe(200);
    expect(icon.type).toMatch(/^image\//);
    expect(failed).toEqual([]);
    expect(k.errors).toEqual([]);
    await k.context.close();
  });

  it('dimmed steps (not the one being read) still pass colour contrast', { timeout: 300_000 }, async () => {
    const k = await open(browser, `${base()}#step=pact`, { reducedMotion: 'reduce' });
    const { page } = k;
    await settled(page, 'pact', 180_000);
    await page.evaluate(AXE);
    const r = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { nodes: { target: string[]; any: { message: string }[] }[] }[]; passes: { nodes: unknown[] }[] }> } }
      ).axe;
      const dimmed = [...document.querySelectorAll('.step:not(.active)')];
      // Bring each dimmed step into view in turn (axe measures what is on screen) without making it the active one.
      const out: string[] = [];
      let checked = 0;
      for (const el of dimmed.slice(0, 6)) {
        const res = await axe.run({ include: [el] }, { runOnly: ['color-contrast'], resultTypes: ['violations', 'passes'] });
        checked += res.passes.reduce((n, p) => n + p.nodes.length, 0) + res.violations.reduce((n, v) => n + v.nodes.length, 0);
        for (const v of res.violations) for (const n of v.nodes) out.push(`${n.target.join(' ')}: ${n.any[0]?.message}`);
      }
      return { out, checked, dimmed: dimmed.length, opacity: getComputedStyle(dimmed[0]).opacity };
    });
    expect(r.dimmed).toBeGreaterThan(3);
    expect(r.checked, 'text nodes checked').toBeGreaterThan(10);
    expect(r.out).toEqual([]);
    await k.context.close();
  });
});
