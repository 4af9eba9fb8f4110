/** Issue 16: errors thrown from the kiosk's timers — one failing tick never stops a loop, and is logged once. */
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { after, clearFaults, every, faults } from '../../src/kiosk/timers.ts';
import { frameWatchdog, guardErrors } from '../../src/kiosk/heal.ts';
import { mayReload } from '../../src/kiosk/reload.ts';
import { startHeartbeat } from '../../src/kiosk/heartbeat.ts';

const win = () => ({ setInterval, clearInterval, setTimeout, clearTimeout }) as unknown as Window;
let warned: string[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  clearFaults();
  warned = [];
  vi.spyOn(console, 'warn').mockImplementation((m: string) => void warned.push(m));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('guarded kiosk timers', () => {
  it('an interval whose tick throws keeps ticking; the fault is logged once and counted', () => {
    let ticks = 0;
    const stop = every(win(), 'idle', 200, () => {
      ticks++;
      if (ticks <= 5) throw new Error('tick failed');
    });
    expect(() => vi.advanceTimersByTime(2000)).not.toThrow();
    expect(ticks).toBe(10);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/idle timer threw.*tick failed/);
    expect(faults()).toEqual([{ kind: 'timer', timer: 'idle', message: 'Error: tick failed', count: 5 }]);
    stop();
    vi.advanceTimersByTime(2000);
    expect(ticks).toBe(10);
  });

  it('a timeout chain whose link throws is armed again by its onFault', () => {
    let links = 0;
    const link = () =>
      after(
        win(),
        'attract loop',
        1000,
        () => {
          links++;
          if (links === 2) throw new TypeError('step gone');
          link();
        },
        link,
      );
    link();
    vi.advanceTimersByTime(5000);
    expect(links).toBe(5);
    expect(faults()).toEqual([{ kind: 'timer', timer: 'attract loop', message: 'TypeError: step gone', count: 1 }]);
  });

  it('caps the kinds of faults it keeps (a message with a counter in it is not a new entry for ever)', () => {
    let n = 0;
    every(win(), 'idle', 10, () => {
      throw new Error(`failure ${n++}`);
    });
    vi.advanceTimersByTime(10_000);
    expect(faults().length).toBeLessThanOrEqual(20);
    expect(warned.length).toBeLessThanOrEqual(20);
    expect(faults().reduce((t, f) => t + f.count, 0)).toBe(1000);
  });

  it('the heartbeat survives a throwing tick; the frame watchdog takes a throwing frame request for a stall, once', () => {
    let frames = 0;
    const w = {
      ...win(),
      document: { visibilityState: 'visible' },
      requestAnimationFrame: () => {
        frames++;
        throw new Error('no frames');
      },
    } as unknown as Window;
    let stalls = 0;
    const stopWatch = frameWatchdog(w, 3000, () => stalls++);
    let sends = 0;
    const stopBeat = startHeartbeat(win(), 1, () => {
      sends++;
      throw new Error('no fetch');
    });
    expect(() => vi.advanceTimersByTime(5000)).not.toThrow();
    expect(frames, 'no frame comes: it asks once').toBe(1);
    expect(stalls, 'and calls it a stall, once').toBe(1);
    expect(sends).toBe(6);
    expect(warned.map((w) => w.replace(/:.*/, ''))).toEqual(['[kiosk] the heartbeat timer threw (it goes on; logged once)', '[kiosk] the watchdog timer threw (it goes on; logged once)']);
    stopWatch();
    stopBeat();
  });
});

describe('the reload budget and an error storm (issue 16)', () => {
  const session = () => {
    const m = new Map<string, string>();
    return { sessionStorage: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }, performance: { now: () => 0 } } as unknown as Window;
  };
  it('allows one reload for a reason per hour, kept across reloads; without storage, only from a page five minutes old', () => {
    const w = session();
    expect(mayReload(w, 'error-storm', { now: 1_000_000 })).toBe(true);
    expect(mayReload(w, 'error-storm', { now: 1_000_000 + 59 * 60_000 })).toBe(false);
    expect(mayReload(w, 'unrestored-context', { now: 1_000_000 + 60_000 }), 'another reason').toBe(true);
    expect(mayReload(w, 'error-storm', { now: 1_000_000 + 61 * 60_000 })).toBe(true);
    const none = {
      get sessionStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Window;
    expect(mayReload(none, 'error-storm', { pageAge: 10_000 })).toBe(false);
    expect(mayReload(none, 'error-storm', { pageAge: 6 * 60_000 })).toBe(true);
  });

  it('an error storm is logged once per message and listed; the storm handler is called, the visit is not reset at each error', () => {
    const target = new EventTarget() as unknown as Window;
    let resets = 0;
    let storms = 0;
    let t = 0;
    const off = guardErrors(target, { onError: () => resets++, onStorm: () => storms++, now: () => t });
    for (let i = 0; i < 100; i++) {
      t += 100;
      const e = new Event('error', { cancelable: true }) as ErrorEvent;
      Object.defineProperty(e, 'message', { value: 'Uncaught Error: hostile storm' });
      target.dispatchEvent(e);
    }
    off();
    expect(resets).toBe(5);
    expect(storms).toBe(95);
    expect(warned).toHaveLength(1);
    expect(faults()).toEqual([{ kind: 'uncaught', timer: 'page', message: 'Uncaught Error: hostile storm', count: 100 }]);
  });
});
