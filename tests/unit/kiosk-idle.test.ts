import { describe, it, expect } from 'vitest';
import { IdleMachine } from '../../src/kiosk/idle.ts';
import { dwellSeconds, wordCount, dwellMs } from '../../src/kiosk/pacing.ts';
import { crossedHour, isBenign } from '../../src/kiosk/heal.ts';

describe('kiosk idle timer', () => {
  it('goes attract → visitor → prompt → reset, once each', () => {
    const m = new IdleMachine({ idleMs: 90_000, promptMs: 30_000 });
    expect(m.stage).toBe('attract');
    expect(m.tick(1_000_000), 'no timer runs in the attract loop').toBeNull();
    expect(m.activity(0)).toBe('visitor');
    expect(m.tick(89_999)).toBeNull();
    expect(m.tick(90_000)).toBe('prompt');
    expect(m.tick(90_001)).toBeNull();
    expect(m.remaining(100_000)).toBe(20_000);
    expect(m.tick(119_999)).toBeNull();
    expect(m.tick(120_000)).toBe('reset');
    expect(m.stage).toBe('attract');
    expect(m.tick(500_000)).toBeNull();
  });

  it('a touch during the prompt continues the visit and restarts the idle time', () => {
    const m = new IdleMachine({ idleMs: 1000, promptMs: 500 });
    m.activity(0);
    expect(m.tick(1000)).toBe('prompt');
    expect(m.activity(1200)).toBe('visitor');
    expect(m.tick(2100)).toBeNull();
    expect(m.tick(2200)).toBe('prompt');
  });

  it('activity keeps a visit alive; the staff screen stops the timers', () => {
    const m = new IdleMachine({ idleMs: 1000, promptMs: 500 });
    m.activity(0);
    for (let t = 500; t < 10_000; t += 500) {
      m.activity(t);
      expect(m.tick(t + 400)).toBeNull();
    }
    m.openStaff();
    expect(m.activity(20_000)).toBe('staff');
    expect(m.tick(1e9)).toBeNull();
    m.toAttract();
    expect(m.stage).toBe('attract');
  });
});

describe('kiosk pacing', () => {
  const pacing = { wordsPerMinute: 120, minSeconds: 10, maxSeconds: 40 };
  it('counts words in HTML text', () => {
    expect(wordCount('A title', '<p>One <em>two</em> three.</p><p>23 August 1939 &mdash; four</p>')).toBe(9);
  });
  it('gives reading time by length, within bounds', () => {
    expect(dwellSeconds(0, pacing)).toBe(10);
    expect(dwellSeconds(60, pacing)).toBe(33); // 3 s + 30 s
    expect(dwellSeconds(1000, pacing)).toBe(40);
    expect(dwellSeconds(100, pacing)).toBeGreaterThan(dwellSeconds(50, pacing));
  });
  it('applies the time-lapse', () => {
    const step = { title: 'T', html: '<p>word word</p>' };
    expect(dwellMs(step, pacing, 10)).toBe(1000);
  });
});

describe('kiosk self-healing helpers', () => {
  it('sees when the nightly hour has passed between two looks at the clock', () => {
    const t = (h: number, m = 0, d = 1) => new Date(2024, 0, d, h, m).getTime();
    expect(crossedHour(t(3, 59), t(4, 0), 4)).toBe(true);
    expect(crossedHour(t(4, 0), t(4, 1), 4)).toBe(false);
    expect(crossedHour(t(23, 50), t(4, 10, 2), 4), 'over midnight').toBe(true);
    expect(crossedHour(t(4, 10), t(3, 50), 4), 'a clock set back').toBe(false);
    expect(crossedHour(t(5, 0), t(5, 0, 9), 4), 'a jump of days').toBe(true);
    expect(crossedHour(t(10, 0), t(14, 0), 4)).toBe(false);
  });
  it('ignores harmless browser errors', () => {
    expect(isBenign('ResizeObserver loop completed with undelivered notifications.')).toBe(true);
    expect(isBenign('TypeError: x is undefined')).toBe(false);
  });
});
