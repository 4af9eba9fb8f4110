/**
 * Issue 16: the nightly reload under clock jumps and DST days (Europe/Warsaw): exactly one reload a
 * night, never a reload loop. A simulated kiosk runs for days on fake timers: the wall clock (Date)
 * can be set forward or back without the timers noticing, as NTP or a person would; each reload
 * starts a new page (a new nightly(), its page clock from zero).
 */
process.env.TZ = 'Europe/Warsaw';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { FRESH_PAGE_MS, nightly, type NightlyMemo } from '../../src/kiosk/heal.ts';

const H = 3_600_000;
const win = () => ({ setInterval, clearInterval, setTimeout, clearTimeout }) as unknown as Window;

/** A page's window: its timers, all cleared when the page goes (a reload ends every timer of the old page). */
function page() {
  const ids = new Set<ReturnType<typeof setTimeout>>();
  let dead = false;
  const w = {
    setTimeout: (f: () => void, ms: number) => {
      const id = setTimeout(() => (ids.delete(id), dead || f()), ms);
      ids.add(id);
      return id;
    },
    setInterval: (f: () => void, ms: number) => {
      const id = setInterval(() => dead || f(), ms);
      ids.add(id);
      return id;
    },
    clearTimeout: (id: ReturnType<typeof setTimeout>) => (ids.delete(id), clearTimeout(id)),
    clearInterval: (id: ReturnType<typeof setInterval>) => (ids.delete(id), clearInterval(id)),
  };
  return { win: w as unknown as Window, kill: () => ((dead = true), ids.forEach((id) => (clearTimeout(id), clearInterval(id)))) };
}
const local = (s: string) => new Date(s).getTime(); // a local time in Europe/Warsaw, no zone given
const p2 = (n: number) => String(n).padStart(2, '0');
/** A wall-clock instant as Warsaw shows it, with its offset: 2026-10-25 02:00 +01. */
const show = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${p2(d.getHours())}:${p2(d.getMinutes())} +0${-d.getTimezoneOffset() / 60}`;
};

/** A kiosk whose page reloads whenever the nightly reload is due; returns when each reload happened (wall clock). */
function kiosk(hour: number, o: { storage?: boolean } = {}) {
  const reloads: number[] = [];
  // The tab's sessionStorage, which a reload keeps (or none: storage disabled).
  const kept = new Map<string, number>();
  const memo: NightlyMemo = o.storage === false ? { last: () => null, mark: () => {} } : { last: () => kept.get('t') ?? null, mark: (t) => void kept.set('t', t) };
  let pageStart = 0;
  let stop = () => {};
  const load = () => {
    pageStart = performance.now();
    const p = page();
    stop = nightly(
      p.win,
      hour,
      () => {
        reloads.push(Date.now());
        // The reload: the page and its timers go; a new page, its page clock from zero, a few seconds later.
        p.kill();
        setTimeout(load, 3000);
      },
      { mono: () => performance.now() - pageStart, memo },
    );
  };
  load();
  return { reloads, run: (ms: number) => vi.advanceTimersByTime(ms), stop: () => stop() };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('nightly reload', () => {
  it('runs in Europe/Warsaw (the DST cases below need it)', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(-120);
  });

  it('reloads once a night on ordinary days', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4);
    k.run(72 * H);
    expect(k.reloads.map(show)).toEqual(['2026-05-11 04:00 +02', '2026-05-12 04:00 +02', '2026-05-13 04:00 +02']);
  });

  for (const [name, day, hours] of [
    ['a 23 h day (spring forward, 2026-03-29)', '2026-03-29', 23],
    ['a 25 h day (fall back, 2026-10-25)', '2026-10-25', 25],
  ] as const) {
    for (const hour of [2, 3, 4]) {
      it(`reloads exactly once on ${name} at ${hour}:00`, () => {
        const before = new Date(`${day}T12:00:00`);
        before.setDate(before.getDate() - 1);
        vi.setSystemTime(before);
        expect((local(`${day}T23:59:59`) + 1000 - local(`${day}T00:00:00`)) / H, 'the day is as long as said').toBe(hours);
        const k = kiosk(hour);
        k.run(36 * H); // to noon the day after
        const nights = k.reloads.map((t) => show(t).slice(0, 10));
        expect(nights, k.reloads.map(show).join(', ')).toEqual([day]);
        const at = new Date(k.reloads[0]);
        expect(at.getHours(), show(k.reloads[0])).toBe(hour === 2 && hours === 23 ? 3 : hour); // 2:00 does not exist that night
        expect(at.getMinutes()).toBeLessThanOrEqual(1);
      });
    }
  }

  it('a clock set back 90 minutes after the reload does not reload again that night', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4);
    k.run(16 * H + 10 * 60_000); // 04:10, reloaded at 04:00
    expect(k.reloads).toHaveLength(1);
    vi.setSystemTime(Date.now() - 1.5 * H); // 02:40 again
    k.run(8 * H);
    expect(k.reloads.map(show)).toEqual(['2026-05-11 04:00 +02']);
  });

  it('a clock set back and forth across the hour again and again never loops', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4);
    k.run(15 * H + 50 * 60_000); // 03:50
    for (let i = 0; i < 50; i++) {
      k.run(20 * 60_000); // 04:10
      vi.setSystemTime(Date.now() - 20 * 60_000); // 03:50 again
    }
    k.run(25 * H);
    expect(k.reloads.map(show), 'that night and the next').toEqual(['2026-05-11 04:00 +02', '2026-05-12 04:00 +02']);
  });

  it('a clock jumping forward across the hour reloads once, at once; a jump that skips no night does nothing', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4);
    k.run(15 * H + 30 * 60_000); // 03:30
    vi.setSystemTime(local('2026-05-11T06:30:00'));
    k.run(2 * 60_000);
    expect(k.reloads).toHaveLength(1);
    expect(k.reloads[0] - local('2026-05-11T06:30:00')).toBeLessThanOrEqual(60_000);
    vi.setSystemTime(local('2026-05-11T14:00:00'));
    k.run(10 * H); // to 00:00
    expect(k.reloads).toHaveLength(1);
  });

  it('a page loaded just before the hour has just been loaded: that night it is not reloaded, the next night it is', () => {
    vi.setSystemTime(local('2026-05-11T03:59:58'));
    const k = kiosk(4);
    k.run(25 * H);
    expect(k.reloads.map(show)).toEqual(['2026-05-12 04:00 +02']);
  });

  it('with no storage (disabled), a clock flapping across the hour still never loops: at most one reload per fresh-page hour', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4, { storage: false });
    k.run(15 * H + 50 * 60_000); // 03:50
    const flapping = 50 * 20 * 60_000;
    for (let i = 0; i < 50; i++) {
      k.run(20 * 60_000);
      vi.setSystemTime(Date.now() - 20 * 60_000);
    }
    expect(k.reloads.length).toBeGreaterThanOrEqual(1);
    expect(k.reloads.length).toBeLessThanOrEqual(Math.ceil(flapping / FRESH_PAGE_MS));
    for (let i = 1; i < k.reloads.length; i++) expect(k.reloads[i] !== k.reloads[i - 1]).toBe(true);
  });

  it('null: never', () => {
    vi.setSystemTime(local('2026-05-10T12:00:00'));
    const k = kiosk(4);
    k.stop();
    const none: number[] = [];
    nightly(win(), null, () => none.push(Date.now()));
    vi.advanceTimersByTime(72 * H);
    expect(none).toEqual([]);
  });
});
