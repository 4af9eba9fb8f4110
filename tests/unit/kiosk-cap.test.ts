/** Issue 16: settings reports stay linear and short whatever kiosk.json or the address holds. */
import { describe, it, expect } from 'vitest';
import { parseKioskConfig, parseKioskParams, KIOSK_DEFAULTS } from '../../src/kiosk/config.ts';
import { capReport, nameSome, pushCapped } from '../../src/kiosk/cap.ts';

const known = { chapters: ['prologue', 'katyn', 'aftermath'], available: ['en'] };
const list = (n: number) => Array.from({ length: n }, (_, i) => `X${i}`);

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

describe('capped settings reports', () => {
  it('reports two equal problems as two problems', () => {
    const r = parseKioskConfig({ languages: ['EN', 'EN', 'en'] }, known);
    expect(r.problems.filter((p) => p.includes('"EN"'))).toHaveLength(2);
    expect(r.config.languages).toEqual(['en']);
  });

  it('names the first few of 1,000,000 bad languages and counts the rest, in linear time', () => {
    parseKioskConfig({ languages: list(10_000) }, known); // warm the JIT
    const [small, tSmall] = timed(() => parseKioskConfig({ languages: list(100_000) }, known));
    const [big, tBig] = timed(() => parseKioskConfig({ languages: list(1_000_000) }, known));
    expect(big.problems.length).toBeLessThanOrEqual(5);
    expect(big.problems.join('\n')).toContain('… and 999,997 more entries that are not language codes');
    expect(small.problems.join('\n')).toContain('… and 99,997 more');
    expect(big.config.languages).toEqual(KIOSK_DEFAULTS.languages);
    // Ten times the entries, at most about ten times the work (quadratic would be a hundred).
    expect(tBig, `${tSmall.toFixed(0)} ms → ${tBig.toFixed(0)} ms`).toBeLessThan(Math.max(30 * tSmall, 1500));
  });

  it('stays linear with a million valid repeats, many unknown settings, chapters and parameters', () => {
    const [r, t] = timed(() => parseKioskConfig({ languages: Array(1_000_000).fill('en'), chapters: [...list(200_000), 'katyn'], ...Object.fromEntries(list(50_000).map((k) => [k, 1])) }, known));
    expect(t).toBeLessThan(3000);
    expect(r.config.languages).toEqual(['en']);
    expect(r.config.chapters).toEqual(['katyn']);
    expect(r.problems.length).toBeLessThanOrEqual(10);
    expect(r.problems.join('\n')).toContain('… and 49,997 more unknown settings');
    expect(r.problems.join('\n')).toContain('… and 199,997 more');
    expect(
      r.problems.every((p) => p.length < 400),
      'every line short',
    ).toBe(true);
    const long = parseKioskParams(
      `?mode=kiosk&${list(20_000)
        .map((k) => `${k}=1`)
        .join('&')}&${'y'.repeat(100_000)}=2`,
      known,
      KIOSK_DEFAULTS,
    );
    expect(long.problems.length).toBeLessThanOrEqual(5);
    expect(long.problems.every((p) => p.length < 400)).toBe(true);
  });

  it('caps a whole report and says how many were left out', () => {
    expect(capReport(['a', 'b'], 3)).toEqual(['a', 'b']);
    expect(capReport(list(100), 20)).toHaveLength(20);
    expect(capReport(list(100), 20).at(-1)).toBe('… and 81 more problems with the settings.');
    const out: string[] = [];
    pushCapped(
      out,
      [1, 2, 3, 4, 5],
      (n) => `n${n}`,
      (n) => `+${n}`,
      2,
    );
    expect(out).toEqual(['n1', 'n2', '+3']);
    expect(nameSome(['a', 'b', 'c', 'd'], (s) => s, 2)).toBe('a, b … and 2 more');
  });
});
