/** Issue 16: errors thrown from the kiosk's timers — one failing tick never stops a loop, and is logged once. */
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { after, clearFaults, every, faults } from '../../src/kiosk/timers.ts';
import { frameWatchdog } from '../../src/kiosk/heal.ts';
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
    expect(faults()).toEqual([{ timer: 'idle', message: 'Error: tick failed', count: 5 }]);
    stop();
    vi.advanceTimersByTime(2000);
    expect(ticks).toBe(10);
  });

  it('a timeout chain whose link throws is armed again by its onFault', () => {
    let links = 0;
    const link = () =>
      after(win(), 'attract loop', 1000, () => {
        links++;
        if (links === 2) throw new TypeError('step gone');
        link();
      }, link);
    link();
    vi.advanceTimersByTime(5000);
    expect(links).toBe(5);
    expect(faults()).toEqual([{ timer: 'attract loop', message: 'TypeError: step gone', count: 1 }]);
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
    const w = { ...win(), document: { visibilityState: 'visible' }, requestAnimationFrame: () => { frames++; throw new Error('no frames'); } } as unknown as Window;
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
