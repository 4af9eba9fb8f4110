import { describe, it, expect } from 'vitest';
import { CounterStore, COUNTERS_KEY, openCounters, readCounters } from '../../src/kiosk/counters.ts';
import { isBlockedKey, leavesPage } from '../../src/kiosk/lockdown.ts';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}
const day = new Date(2024, 4, 2, 15, 0);

describe('kiosk counters', () => {
  it('count, persist and export without personal data', () => {
    const store = memory();
    const c = new CounterStore(store, day);
    c.add('sessions');
    c.add('sessions');
    c.tally('stepsViewed', 'katyn');
    c.tally('stepsViewed', 'katyn');
    c.tally('languages', 'en');
    c.tally('reloads', 'watchdog');
    const again = new CounterStore(store, day);
    expect(again.data).toMatchObject({ since: '2024-05-02', sessions: 2, stepsViewed: { katyn: 2 }, languages: { en: 1 }, reloads: { watchdog: 1 } });
    const json = JSON.parse(again.exportJson(day));
    expect(json.exported).toBe('2024-05-02');
    expect(Object.keys(json).sort()).toEqual([
      'attractSteps',
      'contextLosses',
      'contextRestores',
      'explores',
      'exported',
      'idleResets',
      'languages',
      'recoveries',
      'reloads',
      'sessions',
      'since',
      'stepsViewed',
      'version',
    ]);
  });

  it('survive a damaged or foreign store', () => {
    const store = memory();
    store.setItem(COUNTERS_KEY, '{not json');
    expect(readCounters(store, day).sessions).toBe(0);
    store.setItem(COUNTERS_KEY, JSON.stringify({ version: 1, since: '2024-01-01', sessions: -3, explores: 4, stepsViewed: { a: 'x' }, evil: 1 }));
    const r = readCounters(store, day);
    expect(r).toMatchObject({ since: '2024-01-01', sessions: 0, explores: 4, stepsViewed: {} });
    expect('evil' in r).toBe(false);
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    expect(() => new CounterStore(broken, day).add('sessions')).not.toThrow();
  });

  it('clear', () => {
    const store = memory();
    const c = new CounterStore(store, day);
    c.add('recoveries');
    c.clear(day);
    expect(new CounterStore(store, day).data.recoveries).toBe(0);
  });
});

describe('kiosk lock-down rules', () => {
  const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('swallows browser shortcuts, keeps the story keys', () => {
    for (const e of [
      k('F5'),
      k('r', { ctrlKey: true }),
      k('+', { ctrlKey: true }),
      k('0', { ctrlKey: true }),
      k('p', { metaKey: true }),
      k('ArrowLeft', { altKey: true }),
      k('F11'),
      k('F12'),
      k('Backspace'),
      k('BrowserBack'),
    ]) {
      expect(isBlockedKey(e), JSON.stringify(e)).toBe(true);
    }
    for (const e of [k('ArrowRight'), k('ArrowLeft'), k('PageDown'), k('Home'), k('Enter'), k(' '), k('Escape'), k('Tab'), k('a')]) {
      expect(isBlockedKey(e), JSON.stringify(e)).toBe(false);
    }
    expect(isBlockedKey(k('Backspace'), true), 'editing the search field').toBe(false);
    expect(isBlockedKey(k('a', { ctrlKey: true }), true)).toBe(false);
    expect(isBlockedKey(k('r', { ctrlKey: true }), true)).toBe(true);
  });
  it('lets only same-page links and downloads through', () => {
    const here = 'http://127.0.0.1:4173/?mode=kiosk#step=pact';
    expect(leavesPage('#step=katyn', here)).toBe(false);
    expect(leavesPage('http://127.0.0.1:4173/?mode=kiosk#step=x', here)).toBe(false);
    expect(leavesPage('https://example.org/', here)).toBe(true);
    expect(leavesPage('/other.html', here)).toBe(true);
    expect(leavesPage('?mode=story', here)).toBe(true);
    expect(leavesPage('#x', here, { target: '_blank' })).toBe(true);
    expect(leavesPage('blob:http://127.0.0.1:4173/abc', here, { download: true })).toBe(false);
    expect(leavesPage('javascript:alert(1)', here)).toBe(true);
  });
});

describe('kiosk counters in a hostile store (issue 16)', () => {
  const warn = console.warn;
  const quiet = () => (console.warn = () => {});
  const loud = () => (console.warn = warn);

  it('reset a damaged or huge record, say what was reset, and replace it', () => {
    quiet();
    try {
      for (const [bad, what] of [
        ['{not json', /not JSON/],
        [JSON.stringify({ version: 2 }), /version 1/],
        ['x'.repeat(300_000), /300,000 characters/],
        [
          JSON.stringify({
            version: 1,
            since: '2024-13-45',
            sessions: 1e300,
            explores: 2,
            stepsViewed: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`j${i}`, 1])),
            languages: { ['x'.repeat(500)]: 1 },
          }),
          /since, sessions, stepsViewed, languages/,
        ],
      ] as const) {
        const store = memory();
        store.setItem(COUNTERS_KEY, bad);
        const c = new CounterStore(store, day);
        expect(c.problem, bad.slice(0, 40)).toMatch(/damaged and reset/);
        expect(c.problem).toMatch(what);
        expect(c.data.sessions).toBe(0);
        expect(Object.keys(c.data.stepsViewed)).toEqual([]);
        expect(store.m.get(COUNTERS_KEY)!.length, 'the damaged record is replaced').toBeLessThan(1000);
        expect(new CounterStore(store, day).problem, 'fixed for the next start').toBeNull();
      }
      const store = memory();
      store.setItem(COUNTERS_KEY, JSON.stringify({ version: 1, since: '2024-01-01', explores: 4 }));
      const c = new CounterStore(store, day);
      expect(c.problem, 'missing fields are not damage').toBeNull();
      expect(c.data.explores).toBe(4);
    } finally {
      loud();
    }
  });

  it('stay exact and bounded as they count', () => {
    const store = memory();
    store.setItem(COUNTERS_KEY, JSON.stringify({ version: 1, since: '2024-01-01', sessions: Number.MAX_SAFE_INTEGER }));
    const c = new CounterStore(store, day);
    c.add('sessions');
    expect(c.data.sessions).toBe(Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < 2100; i++) c.tally('stepsViewed', `s${i}`);
    expect(Object.keys(c.data.stepsViewed)).toHaveLength(2000);
    c.tally('stepsViewed', 's1');
    expect(c.data.stepsViewed.s1).toBe(2);
  });

  it('full or disabled storage: nothing thrown, staff told once', () => {
    const warned: string[] = [];
    console.warn = (m: string) => void warned.push(m);
    try {
      const full = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
        removeItem: () => {},
      };
      const c = new CounterStore(full, day);
      for (let i = 0; i < 10; i++) expect(() => c.add('sessions')).not.toThrow();
      expect(c.data.sessions).toBe(10);
      expect(c.problem).toMatch(/cannot be saved.*QuotaExceededError/);
      const win = {
        get localStorage(): Storage {
          throw new DOMException('denied', 'SecurityError');
        },
      } as unknown as Window;
      const d = openCounters(win);
      d.tally('languages', 'pl');
      expect(d.problem).toMatch(/cannot be kept.*SecurityError/);
      expect(warned, 'one warning each, not one per count').toHaveLength(2);
    } finally {
      loud();
    }
  });
});
