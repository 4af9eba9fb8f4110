/**
 * Issue 16, the hostile environment: the kiosk's storage full, disabled or damaged; errors thrown
 * from its timers; a WebGL context lost for good; the MapLibre worker served wrongly; the page under
 * a strict Content-Security-Policy; story text with raw HTML (a fixture content folder, built). Each
 * case: the kiosk keeps playing its text, staff are told once, nothing is thrown. One browser for
 * the file; each case its own context.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { launch, open, type Session } from '../../scripts/lib/browser.ts';
import { hostileStory, IMG, TYPED } from '../fixtures/hostile-story.ts';

const base = () => process.env.E2E_BASE_URL!;
const root = fileURLToPath(new URL('../../', import.meta.url));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Stage = 'attract' | 'visitor' | 'prompt' | 'staff';
const waitStage = (page: Page, s: Stage, timeout = 60_000) => page.waitForFunction((want) => window.__storymap?.kiosk?.stage === want, s, { timeout });
const kioskUrl = (q = '') => `${base()}?mode=kiosk&debug${q ? `&${q}` : ''}`;

/** A kiosk page whose context runs `init` (a script text) before the app, in every page load. */
async function openWith(url: string, init: string | null, opts: { serviceWorkers?: 'allow' | 'block'; before?: (s: Session) => Promise<unknown> } = {}): Promise<Session> {
  const s = await open(browser, 'about:blank', { hasTouch: true, reducedMotion: 'reduce', serviceWorkers: opts.serviceWorkers });
  await opts.before?.(s);
  if (init) await s.context.addInitScript(init);
  await s.page.goto(url);
  return s;
}

/** The attract loop moves on by itself `n` times (the kiosk is alive and playing). */
async function loopMoves(page: Page, n = 2, timeout = 90_000) {
  const from = await page.evaluate(() => window.__storymap.kiosk!.transitions as number);
  await page.waitForFunction((f) => ((window.__storymap?.kiosk?.transitions as number | undefined) ?? -1) >= f, from + n, { timeout });
}

function clean(k: Session, allowed: RegExp[] = []) {
  expect(k.blocked, 'requests outside localhost').toEqual([]);
  expect(
    k.errors.filter((e) => !allowed.some((a) => a.test(e))),
    'console errors',
  ).toEqual([]);
}

/** Open the staff screen (five corner taps are tested elsewhere; the debug surface's reset would close it). */
async function staffText(page: Page) {
  await page.evaluate(() => {
    const t = { pointerType: 'touch', clientX: 5, clientY: 5, bubbles: true };
    for (let i = 0; i < 5; i++) window.dispatchEvent(new PointerEvent('pointerup', t));
  });
  await waitStage(page, 'staff');
  return page.locator('[data-testid=kiosk-staff]').innerText();
}

describe('localStorage full, disabled or damaged', () => {
  const quota = `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;
  const disabled = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });`;
  for (const [name, init, notice] of [
    ['full (QuotaExceededError on every write)', quota, /counters cannot be saved.*QuotaExceededError/i],
    ['disabled (SecurityError on access)', disabled, /counters cannot be kept.*SecurityError/i],
  ] as const) {
    it(`keeps playing with storage ${name}; staff are told the counters are not kept`, async () => {
      const k = await openWith(kioskUrl('speed=40'), init);
      await waitStage(k.page, 'attract');
      await loopMoves(k.page);
      const text = await staffText(k.page);
      expect(text).toMatch(notice);
      expect(
        k.warnings.filter((w) => /counters cannot/i.test(w)),
        'warned once, not at every count',
      ).toHaveLength(1);
      clean(k);
      await k.context.close();
    });
  }

  const KEY = 'storymap.kiosk.counters.v1';
  const junk = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`junk-${i}`, i]));
  for (const [name, stored] of [
    ['not JSON', '{"version":1,"sessions":'],
    [
      'huge (200,000 made-up step ids, counts beyond exact integers, a day that does not exist)',
      JSON.stringify({ version: 1, since: '2024-13-45', sessions: 1e300, explores: 2, stepsViewed: junk, languages: {}, reloads: {} }),
    ],
  ] as const) {
    it(`resets counters that are ${name.split(' (')[0]}, with a notice on the staff screen`, async () => {
      const k = await openWith(
        kioskUrl('speed=40'),
        `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(stored)}); }`,
      );
      void name;
      await waitStage(k.page, 'attract');
      await loopMoves(k.page);
      const text = await staffText(k.page);
      expect(text).toMatch(/counters .*damaged.*reset/i);
      const saved = await k.page.evaluate((key) => localStorage.getItem(key)!, KEY);
      expect(saved.length, 'the damaged record is replaced').toBeLessThan(10_000);
      const data = JSON.parse(saved) as { sessions: number; since: string; stepsViewed: Record<string, number> };
      expect(Number.isSafeInteger(data.sessions)).toBe(true);
      expect(data.since).toMatch(/^20\d\d-(0\d|1[0-2])-[0-3]\d$/);
      expect(Object.keys(data.stepsViewed).some((id) => id.startsWith('junk-'))).toBe(false);
      clean(k);
      await k.context.close();
    });
  }
});

describe('errors thrown from the kiosk timers', () => {
  it('a throwing attract-loop tick does not stop the loop, and is reported once, not per tick', async () => {
    const k = await openWith(kioskUrl('speed=40'), null);
    const { page } = k;
    await waitStage(page, 'attract');
    await loopMoves(page, 1);
    // The loop's timer calls the story's go(): it throws for the next three ticks.
    await page.evaluate(() => {
      const app = window.__storymap.app as unknown as { go: (i: number) => void };
      const real = app.go.bind(app);
      let left = 3;
      (window as unknown as { __thrown: number }).__thrown = 0;
      app.go = (i: number) => {
        if (left-- > 0) {
          (window as unknown as { __thrown: number }).__thrown++;
          throw new Error('hostile tick');
        }
        real(i);
      };
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.waitForFunction(() => (window as unknown as { __thrown: number }).__thrown === 3, null, { timeout: 90_000 });
    const before = await page.evaluate(() => window.__storymap.app.index);
    await loopMoves(page, 2);
    expect(await page.evaluate(() => window.__storymap.app.index), 'the loop went on').not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'no reload').toBe(true);
    expect(
      k.warnings.filter((w) => w.includes('hostile tick')),
      'logged once',
    ).toHaveLength(1);
    const text = await staffText(page);
    expect(text).toMatch(/attract loop.*hostile tick.*3 times/i);
    expect(await page.evaluate(() => window.__storymap.kiosk!.counters.data.recoveries), 'not an error recovery each tick').toBe(0);
    clean(k);
    await k.context.close();
  });
});

/** Loads of the page's main frame after the first (reloads), counted from now. */
function reloads(k: Session) {
  const seen: string[] = [];
  k.page.on('load', () => seen.push(new Date().toISOString()));
  return seen;
}

describe('the map down for good: the kiosk plays its text and tells staff', () => {
  // Every WebGL context the page makes is lost once the map has loaded, and never given back.
  const loseEveryContext = `(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      const gl = get.call(this, kind, ...rest);
      if (gl && /webgl/.test(kind) && !this.__losing) {
        this.__losing = true;
        const poll = setInterval(() => {
          if (!window.__storymap?.maps?.main?.ready) return;
          clearInterval(poll);
          gl.getExtension('WEBGL_lose_context')?.loseContext();
        }, 100);
      }
      return gl;
    };
  })();`;

  it('a WebGL context lost and never restored, with resizes: the text plays on, one reload at most, staff told', async () => {
    const k = await openWith(kioskUrl('speed=40'), loseEveryContext);
    const { page } = k;
    const loads = reloads(k);
    await waitStage(page, 'attract', 90_000);
    await page.waitForFunction(() => (window.__storymap.kiosk!.counters.data.contextLosses as number) >= 1, null, { timeout: 60_000 });
    await loopMoves(page, 2);
    for (const [width, height] of [
      [900, 1200],
      [1200, 800],
      [640, 480],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
    }
    // Two waits for the context (20 s each) and a reload between them; then the map is down for good.
    await page.waitForFunction(() => window.__storymap?.kiosk?.mapHealth?.().state === 'down', null, { timeout: 70_000 }).catch(() => {});
    await page.waitForTimeout(25_000); // and it stays so: no more reloads
    expect(loads.length, `reloads: ${loads.join(', ')}`).toBeLessThanOrEqual(1);
    await waitStage(page, 'attract', 60_000);
    await loopMoves(page, 2);
    expect(await page.evaluate(() => window.__storymap.kiosk!.mapHealth().state)).toBe('down');
    const text = await staffText(page);
    expect(text).toMatch(/map is down.*graphics.*lost/i);
    clean(k);
    await k.context.close();
  }, 200_000);

  for (const [name, serve] of [
    ['served with a wrong MIME type', (r: import('playwright-core').Route) => r.fulfill({ status: 200, contentType: 'text/plain', body: 'not a script' })],
    ['lost (404)', (r: import('playwright-core').Route) => r.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' })],
  ] as const) {
    it(`the MapLibre worker ${name}: the map never loads, the text plays, staff told`, async () => {
      const k = await openWith(kioskUrl('speed=40'), null, { serviceWorkers: 'block', before: (s) => s.context.route(/maplibre-gl-worker-[^/]*\.m?js/, serve) });
      const { page } = k;
      await waitStage(page, 'attract', 90_000);
      await loopMoves(page, 2);
      expect(await page.evaluate(() => !!window.__storymap.maps.main?.ready)).toBe(false);
      const text = await staffText(page);
      expect(text).toMatch(/map is down.*did not load/i);
      // The browser's own report of the refused script is expected; nothing else.
      clean(k, [/MIME type|Failed to load|404|worker/i]);
      await k.context.close();
    });
  }
});

describe('Content-Security-Policy', () => {
  // Every violation the page sees, recorded from before the app's first script.
  const record = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '')));`;
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  it('the built page carries a strict policy: scripts and requests from its own origin only, no inline script, no eval', async () => {
    const html = await (await fetch(base())).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, 'a CSP <meta> in dist/index.html').toBeTruthy();
    const d = Object.fromEntries(
      csp!
        .split(';')
        .map((x) => x.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'", 'blob:']);
    expect(d['worker-src']).toEqual(["'self'", 'blob:']);
    expect(d['img-src'].filter((v: string) => !["'self'", 'blob:', 'data:'].includes(v))).toEqual([]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'none'"]);
    expect(html, 'no inline script in the page').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  for (const [name, url, act] of [
    [
      'the story',
      `${base()}#step=german-invasion`,
      async (page: Page) => {
        await page.waitForFunction(() => window.__storymap?.maps?.main?.ready && !!window.__storymap.app.settled, null, { timeout: 90_000 });
        for (const id of ['soviet-invasion', 'sites']) {
          await page.evaluate((s) => window.__storymap.app.go(s), id);
          await page.waitForFunction((s) => window.__storymap.app.settled === s, id, { timeout: 60_000 });
        }
      },
    ],
    [
      'explore',
      `${base()}#mode=explore&date=1940-04-15&at=23.5,52.1,5.2&layers=territories,places`,
      async (page: Page) => {
        await page.waitForFunction(() => window.__storymap?.maps?.main?.ready && window.__storymap.app.settled === 'explore', null, { timeout: 90_000 });
      },
    ],
    [
      'the kiosk, with its service worker',
      kioskUrl('speed=40'),
      async (page: Page) => {
        await waitStage(page, 'attract', 90_000);
        await loopMoves(page, 2);
        await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
      },
    ],
  ] as const) {
    it(`${name} runs under it with no violation, and the policy is live (an inline script and an off-origin request are refused)`, async () => {
      const k = await openWith(url, record);
      const { page } = k;
      await act(page);
      await page.waitForTimeout(1000);
      expect(await violations(page), 'CSP violations').toEqual([]);
      // The policy holds: what an injection would try is refused, and reported.
      const tried = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = true';
        document.body.append(s);
        const fetched = await fetch('http://192.0.2.1/x').then(
          () => 'fetched',
          () => 'refused',
        );
        await new Promise((ok) => setTimeout(ok, 200));
        return { inline: (window as unknown as { __inline?: boolean }).__inline === true, fetched };
      });
      expect(tried).toEqual({ inline: false, fetched: 'refused' });
      const after = await violations(page);
      expect(after.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(after.some((v) => v.startsWith('connect-src') && v.includes('192.0.2.1'))).toBe(true);
      expect(k.blocked, 'refused by the policy before any request left the page').toEqual([]);
      clean(k, [/Content Security Policy/]);
      await k.context.close();
    });
  }
});

describe('story text with raw HTML, built and shown', () => {
  // A build of the fixture content (tests/fixtures/hostile-story.ts) into its own folder, served by itself.
  let fixture: { dir: string } | undefined;
  let server: PreviewServer | undefined;
  let url = '';
  beforeAll(async () => {
    const f = hostileStory();
    fixture = f;
    const out = join(f.dir, 'dist');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, STORYMAP_STORY: f.story, STORYMAP_I18N: f.i18n },
      encoding: 'utf8',
      timeout: 200_000,
    });
    if (r.status !== 0) throw new Error(`the fixture did not build: ${r.stdout}${r.stderr}`);
    server = await preview({ configFile: join(root, 'vite.config.ts'), build: { outDir: out }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
    const a = server.httpServer.address() as { port: number };
    url = `http://127.0.0.1:${a.port}/`;
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    if (fixture) rmSync(fixture.dir, { recursive: true, force: true });
  });

  for (const [name, path, sel] of [
    ['the story (English title and body)', '#step=pact', '.step'],
    ['the story in Polish (month forms)', '?lang=pl#step=lodz-ghetto', '.step'],
    ['the kiosk', '?mode=kiosk&debug', '.kiosk-panel'],
  ] as const) {
    it(`${name}: the markup typed is shown as its characters, and no element comes of it`, async () => {
      const k = await openWith(`${url}${path}`, `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));`);
      const { page } = k;
      const want = path.includes('lang=pl') ? 'lodz-ghetto' : 'pact';
      await page.waitForFunction((id) => window.__storymap?.app?.step.id === id && !!window.__storymap.maps.main?.ready, want, { timeout: 90_000 });
      const seen = await page.evaluate((s) => {
        const text = [...document.querySelectorAll(s)].map((e) => (e as HTMLElement).innerText).join('\n');
        return { text, imgs: document.querySelectorAll('#app img, #app script').length, csp: (window as unknown as { __csp: string[] }).__csp };
      }, sel);
      expect(seen.imgs, 'no <img> or <script> element in the page').toBe(0);
      expect(seen.csp, 'nothing even tried to run (no CSP violation)').toEqual([]);
      if (want === 'lodz-ghetto') expect(seen.text).toMatch(/(sierpniu|wrześniu)<img src=x onerror=alert\(document\.domain\)>/);
      else {
        expect(seen.text).toContain(TYPED);
        expect(seen.text).toContain(`the pact and its secret protocol ${IMG}`);
      }
      clean(k);
      await k.context.close();
    });
  }
});

describe('an error storm on every load', () => {
  it('page code that throws ten times a second, on every load: one reload at most, the loop plays on, logged once', async () => {
    // Not the kiosk's own timers (those are guarded): page code the kiosk cannot fix, from the start of every load.
    const storm = `setTimeout(() => setInterval(() => { throw new Error('hostile storm'); }, 100), 3000);`;
    const k = await openWith(kioskUrl('speed=40'), storm);
    const { page } = k;
    const loads = reloads(k);
    await waitStage(page, 'attract', 90_000);
    await page.waitForTimeout(40_000);
    expect(loads.length, `reloads: ${loads.join(', ')}`).toBeLessThanOrEqual(1);
    await waitStage(page, 'attract', 60_000);
    await loopMoves(page, 3);
    expect(k.warnings.filter((w) => w.includes('hostile storm')).length, 'logged once a page, not per error').toBeLessThanOrEqual(loads.length + 1);
    const text = await staffText(page);
    expect(text).toMatch(/uncaught.*hostile storm/i);
    clean(k, [/hostile storm/]);
    await k.context.close();
  }, 200_000);
});
