/** scripts/kiosk.mjs's arguments: --dry-run shows the plan or says what is missing; bad arguments stop with a clear message. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beatSeconds, startHeartbeat } from '../../src/kiosk/heartbeat.ts';

const script = fileURLToPath(new URL('../../scripts/kiosk.mjs', import.meta.url));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dist = mkdtempSync(path.join(os.tmpdir(), 'kiosk-dist-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
writeFileSync(path.join(dist, 'kiosk.json'), JSON.stringify({ watchdogSeconds: 45 }));
const ok = ['--dist', dist, '--chromium', process.execPath];

describe('scripts/kiosk.mjs arguments', () => {
  it('--dry-run prints the plan, the watchdog and its source, and starts nothing', () => {
    const r = run('--dry-run', ...ok, '--query', 'idle=120');
    expect(r.code).toBe(0);
    expect(r.out).toContain('?mode=kiosk&idle=120');
    expect(r.out).toContain('after 45 s without a heartbeat (from kiosk.json)');
    expect(run('--dry-run', ...ok, '--watchdog', '12').out).toContain('after 12 s without a heartbeat (from --watchdog)');
    expect(run('--dry-run', ...ok, '--chromium-args', '--headless=new --mute-audio').out).toMatch(/--headless=new \\\n\s+--mute-audio/);
  });

  it('--dry-run fails naming what a start would lack (no build, no Chromium)', () => {
    const r = run('--dry-run', '--dist', path.join(dist, 'nowhere'), '--chromium', '/nonexistent/chromium');
    expect(r.code).toBe(1);
    expect(r.err).toContain('index.html not found: build first with "npm run build"');
    expect(r.err).toContain('Chromium not found at /nonexistent/chromium');
  });

  for (const [args, message] of [
    [['--port', 'abc'], '--port must be a whole number from 1 to 65535; found "abc"'],
    [['--port', '70000'], '--port must be a whole number from 1 to 65535'],
    [['--port'], '--port needs a value'],
    [['--port', '--dry-run'], '--port needs a value'],
    [['--bogus'], 'unknown option "--bogus"'],
    [['stray'], 'unexpected argument "stray"'],
    [['--dry-run=yes'], '--dry-run takes no value'],
    [['--port', '4000', '--port=4001'], '--port is given twice'],
    [['--watchdog', '5'], '--watchdog must be a number of seconds from 10 to 3600; found "5"'],
    [['--watchdog', 'soon'], '--watchdog must be a number of seconds'],
    [['--query', 'mode=story'], '--query must not set "mode"'],
    [['--query', 'idle=1 20'], '--query must be URL parameters'],
    [['--chromium-args', 'headless'], '--chromium-args takes Chromium flags'],
  ] as [string[], string][]) {
    it(`stops on ${JSON.stringify(args)} with exit code 2 and a clear message`, () => {
      const r = run(...args, '--dry-run', ...ok);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`kiosk: ${message}`);
      expect(r.err).toContain('--help');
      expect(r.out).toBe('');
    });
  }
});

describe('the page heartbeat', () => {
  it('beats only when the kiosk server asks, at a sane interval', () => {
    expect(beatSeconds(null)).toBeNull();
    expect(beatSeconds('5')).toBe(5);
    for (const bad of ['0', '61', '-1', 'x', '1e3', '5; evil', '']) expect(beatSeconds(bad), bad).toBeNull();
  });

  it('beats at once and then on a timer, ignoring failures, until stopped', async () => {
    let beats = 0;
    const timers: (() => void)[] = [];
    const win = { setInterval: (f: () => void) => (timers.push(f), 1), clearInterval: () => timers.splice(0) } as unknown as Window;
    const stop = startHeartbeat(win, 5, async () => {
      beats++;
      if (beats === 2) throw new Error('server gone');
    });
    timers[0]();
    timers[0]();
    await Promise.resolve();
    expect(beats).toBe(3);
    stop();
    expect(timers).toHaveLength(0);
  });
});
