/**
 * Issue 16: scripts/kiosk.mjs as a supervisor sees a hung page. It serves the build (dist/, built by
 * the e2e setup) and runs Chromium itself (headless here, with a DevTools port so the test can reach
 * the page); the page beats every few seconds; the test blocks the page's main thread for good, and
 * the supervisor — with no heartbeat for watchdogSeconds — restarts Chromium, logs why, and the
 * kiosk comes back.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/browser.ts';

const script = fileURLToPath(new URL('../../scripts/kiosk.mjs', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => ok(p));
    });
  });
}

/** The kiosk page in the Chromium the supervisor started (connecting over its DevTools port). */
async function kioskPage(devtools: number, timeout = 90_000): Promise<{ browser: Browser; page: Page }> {
  const t0 = Date.now();
  for (;;) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${devtools}`, { timeout: 5000 });
      const page = browser
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().includes('mode=kiosk'));
      if (page) return { browser, page };
      await browser.close();
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > timeout) throw new Error('the kiosk page did not come up');
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

describe('the kiosk supervisor', () => {
  it('restarts Chromium when the page stops its heartbeat (main thread blocked), logs why, and the kiosk comes back', async () => {
    const [port, devtools] = [await freePort(), await freePort()];
    const profile = mkdtempSync(path.join(os.tmpdir(), 'kiosk-profile-'));
    const flags = [...CHROMIUM_ARGS, `--remote-debugging-port=${devtools}`, '--window-size=1280,800'].join(' ');
    const child = spawn(process.execPath, [script, '--port', String(port), '--profile', profile, '--chromium', CHROMIUM, '--watchdog', '10', '--query', 'debug', '--chromium-args', flags], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const waiters: { re: RegExp; n: number; ok: () => void }[] = [];
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log.push(line);
        for (const w of [...waiters]) {
          if (log.filter((l) => w.re.test(l)).length < w.n) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.ok();
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    const logged = (re: RegExp, n = 1, timeout = 90_000) =>
      new Promise<void>((ok, fail) => {
        if (log.filter((l) => re.test(l)).length >= n) return ok();
        const t = setTimeout(() => fail(new Error(`not logged: ${re} ×${n}\n${log.join('\n')}`)), timeout);
        waiters.push({ re, n, ok: () => (clearTimeout(t), ok()) });
      });
    try {
      await logged(/first heartbeat from the page/);
      const first = await kioskPage(devtools);
      await first.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract' && !!window.__storymap?.maps.main?.ready, null, { timeout: 90_000 });
      // Hang the page: a busy loop on its main thread (the in-page watchdog cannot run either).
      const hungAt = Date.now();
      await first.page.evaluate(
        () =>
          void setTimeout(() => {
            for (;;);
          }, 0),
      );
      await first.browser.close().catch(() => {}); // drops the DevTools connection only
      await logged(/kiosk: restart 1 at .*: no heartbeat from the page for \d+ s \(watchdogSeconds 10\): the page hangs; starting Chromium again/, 1, 60_000);
      const restartedAfter = (Date.now() - hungAt) / 1000;
      expect(restartedAfter, 'restarted after about watchdogSeconds').toBeGreaterThanOrEqual(9);
      expect(restartedAfter).toBeLessThan(40);
      // The kiosk comes back: a new Chromium, a page that beats, plays its attract loop and draws its map.
      await logged(/first heartbeat from the page/, 2);
      const again = await kioskPage(devtools);
      await again.page.waitForFunction(() => window.__storymap?.kiosk?.stage === 'attract' && !!window.__storymap?.maps.main?.ready, null, { timeout: 90_000 });
      expect(await again.page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length)).toBe(1);
      await again.browser.close().catch(() => {});
      console.log(`supervisor: restarted ${restartedAfter.toFixed(1)} s after the hang\n${log.join('\n')}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
