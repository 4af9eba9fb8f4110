import { describe, it, expect } from 'vitest';
import { parseHash, stepHash, exploreHash, inExploreRange, readMode, withoutQueryMode } from '../../src/config.ts';

const steps = ['pact', 'camps', 'totals'];

describe('deep links', () => {
  it('opens a known step', () => {
    expect(parseHash('#step=camps', steps)).toEqual({ step: 'camps', notices: [] });
    expect(parseHash(stepHash('totals'), steps).step).toBe('totals');
    expect(parseHash('', steps)).toEqual({ notices: [] });
  });

  it('ignores unknown steps and settings with a notice, never throwing', () => {
    const r = parseHash('#step=atlantis&zoom=NaN', steps);
    expect(r.step).toBeUndefined();
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toMatch(/step "atlantis" that does not exist/);
    expect(r.notices[1]).toMatch(/setting "zoom" is not known/);
  });

  it('treats hostile text as text and shortens it', () => {
    const evil = '#step=' + encodeURIComponent('<img src=x onerror=alert(1)>' + 'x'.repeat(200));
    const r = parseHash(evil, steps);
    expect(r.step).toBeUndefined();
    expect(r.notices[0].length).toBeLessThan(160);
    expect(r.notices[0]).toContain('<img src=x onerror=alert(1)>'); // shown as text by the UI, not parsed
    expect(() => parseHash('#%E0%A4%A', steps)).not.toThrow();
  });
});

describe('explore links', () => {
  const layers = new Set(['places', 'camps', 'lines', 'sites']);
  const features = new Set(['lwow', 'katyn-forest']);
  const known = { layers, feature: (id: string) => features.has(id) };

  it('reads date, camera, layers, selection and comparison', () => {
    const r = parseHash('#mode=explore&step=camps&date=1939-10-15&at=23.5,52.1,5.2&layers=places,camps&sel=lwow&cmp=1939-08-31', steps, known);
    expect(r).toEqual({ mode: 'explore', step: 'camps', date: '1939-10-15', at: { center: [23.5, 52.1], zoom: 5.2 }, layers: ['places', 'camps'], sel: 'lwow', cmp: '1939-08-31', notices: [] });
  });

  it('round-trips through exploreHash', () => {
    const link = { step: 'pact', date: '1940-04-13', at: { center: [24.123456, 49.87654] as [number, number], zoom: 6.123 }, layers: ['camps', 'places'], sel: 'katyn-forest', cmp: '1939-08-31' };
    const hash = exploreHash(link);
    expect(hash).toBe('#mode=explore&step=pact&date=1940-04-13&at=24.1235,49.8765,6.12&layers=camps,places&sel=katyn-forest&cmp=1939-08-31');
    const back = parseHash(hash, steps, known);
    expect(back.notices).toEqual([]);
    expect(back).toMatchObject({ mode: 'explore', step: 'pact', date: link.date, layers: link.layers, sel: link.sel, cmp: link.cmp, at: { center: [24.1235, 49.8765], zoom: 6.12 } });
    expect(parseHash(exploreHash({ date: '1939-09-01', layers: [] }), steps, known)).toEqual({ mode: 'explore', date: '1939-09-01', layers: [], notices: [] });
  });

  it('keeps the story behaviour of links without a mode', () => {
    expect(parseHash('#step=camps', steps, known)).toEqual({ step: 'camps', notices: [] });
    expect(parseHash('#mode=story&step=camps', steps, known)).toEqual({ mode: 'story', step: 'camps', notices: [] });
  });

  it('ignores impossible dates, dates outside 1938-08-01…1949-12-31 and bad positions, with notices', () => {
    const r = parseHash('#mode=explore&date=1940-02-30&cmp=1950-01-01&at=NaN,52,5', steps, known);
    expect(r.date).toBeUndefined();
    expect(r.cmp).toBeUndefined();
    expect(r.at).toBeUndefined();
    expect(r.notices).toHaveLength(3);
    expect(r.notices.join('\n')).toMatch(/date "1940-02-30" is not a date between 1938-08-01 and 1949-12-31/);
    expect(r.notices.join('\n')).toMatch(/map position "NaN,52,5"/);
    for (const at of ['1,2', '1,2,3,4', '200,50,5', '20,89,5', '20,50,30', 'Infinity,1,1', '0x10,1,1', '1e2,1,1', '', ',,']) {
      expect(parseHash(`#mode=explore&at=${at}`, steps, known).at, at).toBeUndefined();
    }
    expect(parseHash('#mode=explore&date=1938-07-31', steps, known).date).toBeUndefined();
    expect(parseHash('#mode=explore&date=1938-08-01', steps, known).date).toBe('1938-08-01');
    expect(parseHash('#mode=explore&date=1949-12-31', steps, known).date).toBe('1949-12-31');
  });

  it('keeps known layers, drops unknown ones with one notice', () => {
    const r = parseHash(`#mode=explore&layers=places,${encodeURIComponent('<script>alert(1)</script>')},nope,places`, steps, known);
    expect(r.layers).toEqual(['places']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/layers that do not exist \(<script>alert\(1\)<\/script>, nope\)/);
  });

  it('drops unknown or malformed selections and modes', () => {
    const r = parseHash(`#mode=explore&sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, steps, known);
    expect(r.sel).toBeUndefined();
    expect(r.notices[0]).toMatch(/selects a feature "<img src=x onerror=alert\(1\)>" that does not exist/);
    expect(parseHash('#mode=explore&sel=atlantis', steps, known).sel).toBeUndefined();
    const m = parseHash('#mode=kiosk', steps, known);
    expect(m.mode).toBeUndefined();
    expect(m.notices[0]).toMatch(/mode "kiosk" that is not known/);
  });

  it('ignores explore settings outside explore mode, with a notice', () => {
    const r = parseHash('#step=camps&date=1940-01-01&layers=places', steps, known);
    expect(r).toEqual({ step: 'camps', notices: [expect.stringMatching(/date, layers apply only when exploring/)] });
  });

  it('never throws on garbage', () => {
    for (const h of ['#&&&', '#=', '#mode', '#mode=explore&layers', '#%E0%A4%A', `#mode=explore&at=${'9'.repeat(500)}`, '#mode=explore&date=' + 'x'.repeat(10_000)]) {
      expect(() => parseHash(h, steps, known)).not.toThrow();
    }
  });

  it('only accepts dates inside the range', () => {
    expect(inExploreRange('1939-09-01')).toBe(true);
    expect(inExploreRange('1950-01-01')).toBe(false);
    expect(inExploreRange('nonsense')).toBe(false);
  });
});

describe('readMode: one grammar for modes', () => {
  it('reads ?mode=kiosk|explore|story in any case, the first known value of several, with a notice for what was mapped', () => {
    expect(readMode('?mode=explore')).toEqual({ mode: 'explore', notices: [] });
    expect(readMode('?mode=kiosk&speed=5')).toEqual({ mode: 'kiosk', notices: [] });
    expect(readMode('')).toEqual({ mode: null, notices: [] });
    const upper = readMode('?mode=Explore');
    expect(upper.mode).toBe('explore');
    expect(upper.notices).toEqual(['The link\'s mode "Explore" was read as "explore".']);
    const twice = readMode('?mode=kiosk&mode=explore');
    expect(twice.mode).toBe('kiosk');
    expect(twice.notices).toEqual(['The link\'s mode "explore" was read as "kiosk".']);
    const bad = readMode('?mode=nope&mode=story');
    expect(bad.mode).toBe('story');
    expect(bad.notices[0]).toMatch(/mode "nope" that is not known/);
  });

  it('takes mode out of the query, keeping the rest', () => {
    expect(withoutQueryMode('http://h/app/?mode=explore&lang=pl#step=camps')).toBe('http://h/app/?lang=pl#step=camps');
  });
});
