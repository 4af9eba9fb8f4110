import { describe, it, expect } from 'vitest';
import { dayOf, isoOf, isIsoDate, endDayOf, isActive, activeFilter, dayAt, OPEN_END } from '../../src/time.ts';

describe('time model', () => {
  it('round-trips dates through day numbers', () => {
    for (const iso of ['1938-01-01', '1939-08-23', '1940-02-29', '1941-06-22', '1949-03-25', '1991-08-30']) {
      expect(isoOf(dayOf(iso))).toBe(iso);
    }
    expect(dayOf('1938-01-01')).toBe(0);
    expect(dayOf('1939-09-17') - dayOf('1939-09-01')).toBe(16);
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['1940-02-30', '1939-13-01', '1939-9-1', '23.08.1939', '', '1939-08-23T00:00', null, 19390823]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => dayOf('1941-06-31')).toThrow(/not an ISO date/);
  });

  it('treats `to` as exclusive and null as open', () => {
    const p = { fromDay: dayOf('1940-04-03'), toDay: endDayOf('1940-05-13') };
    expect(isActive(p, dayOf('1940-04-02'))).toBe(false);
    expect(isActive(p, dayOf('1940-04-03'))).toBe(true);
    expect(isActive(p, dayOf('1940-05-12'))).toBe(true);
    expect(isActive(p, dayOf('1940-05-13'))).toBe(false);
    expect(endDayOf(null)).toBe(OPEN_END);
  });

  it('builds the MapLibre filter that matches isActive', () => {
    const day = dayOf('1940-04-10');
    expect(activeFilter(day)).toEqual(['all', ['<=', ['get', 'fromDay'], day], ['>', ['get', 'toDay'], day]]);
    const extra = ['==', ['get', 'kind'], 'boundary'];
    expect(activeFilter(day, extra as never)).toEqual(['all', ['<=', ['get', 'fromDay'], day], ['>', ['get', 'toDay'], day], extra]);
  });

  it('interpolates the date counter and clamps it', () => {
    const a = dayOf('1940-04-03');
    const b = dayOf('1940-05-12');
    expect(dayAt(a, b, 0)).toBe(a);
    expect(dayAt(a, b, 1)).toBe(b);
    expect(dayAt(a, b, 0.5)).toBe(Math.floor((a + b) / 2));
    expect(dayAt(a, b, -3)).toBe(a);
    expect(dayAt(a, b, 7)).toBe(b);
  });
});
