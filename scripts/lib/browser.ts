/**
 * Debian's Chromium driven by playwright-core, offline by construction: every request that is not
 * to localhost is aborted and recorded, and console errors are collected, so each test can assert
 * that the app needed nothing from outside and logged no error. Every page gets the app's debug
 * surface (window.__storymap, src/map/debug.ts), which the tests and benches read and wait on.
 * Shared by the e2e tests (tests/e2e), the benchmarks and the soak (scripts/).
 */
import './surface.ts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = fileURLToPath(new URL('../../tests/e2e/screenshots/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (npm test does this when run as root).`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Non-localhost URLs the page tried to fetch (all were blocked). */
  blocked: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Console warnings (the kiosk logs its recoveries as warnings). */
  warnings: string[];
}

const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

export async function open(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference'; hasTouch?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1200, height: opts.height ?? 800 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    hasTouch: opts.hasTouch ?? false,
    serviceWorkers: opts.serviceWorkers ?? 'allow',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (LOCAL.test(u) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    blocked.push(u);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(DEBUG_ON);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { context, page, blocked, errors, warnings };
}

/** Turns the debug surface on before the app starts (an init script: it runs in every page of a context). */
export const DEBUG_ON = "try { localStorage.setItem('storymap-debug', '1'); } catch {}";

/** Wait until the map has loaded and the current step's state has settled (`explore` in explore mode). */
export async function settled(page: Page, stepId?: string, timeout = 60_000) {
  await page.waitForFunction(
    (id) => {
      const s = window.__storymap;
      return !!s?.maps.main?.ready && !!s.app && (id ? s.app.settled === id : !!s.app.settled);
    },
    stepId,
    { timeout },
  );
}

/** Wait until the map has loaded (its style; layers may still come). */
export async function mapReady(page: Page, timeout = 60_000) {
  await page.waitForFunction(() => !!window.__storymap?.maps.main?.ready, undefined, { timeout });
}

/** The current step's id. */
export const stepId = (page: Page) => page.evaluate(() => window.__storymap.app.step.id);

export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}${name}.png`;
  await page.screenshot({ path });
  return path;
}
