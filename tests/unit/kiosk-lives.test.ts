/** kiosk.json "attractLives": the lives the attract loop shows between chapters, checked against the shipped lives. */
import { describe, it, expect } from 'vitest';
import { parseKioskConfig, KIOSK_DEFAULTS } from '../../src/kiosk/config.ts';

const known = { chapters: ['pact', 'katyn'], available: ['en'], lives: ['swianiewicz', 'meri'] };

describe('kiosk attractLives', () => {
  it('is empty by default: the loop shows no life', () => {
    expect(KIOSK_DEFAULTS.attractLives).toEqual([]);
    expect(parseKioskConfig({}, known).config.attractLives).toEqual([]);
  });
  it('keeps the known lives in order, once each', () => {
    const r = parseKioskConfig({ attractLives: ['meri', 'swianiewicz', 'meri'] }, known);
    expect(r.config.attractLives).toEqual(['meri', 'swianiewicz']);
    expect(r.problems).toEqual([]);
  });
  it('names unknown lives and a wrong type, and leaves them out', () => {
    const r = parseKioskConfig({ attractLives: ['meri', 'nobody'] }, known);
    expect(r.config.attractLives).toEqual(['meri']);
    expect(r.problems.join('\n')).toMatch(/"attractLives" names lives that do not exist \("nobody"\); known: swianiewicz, meri/);
    const w = parseKioskConfig({ attractLives: 'meri' }, known);
    expect(w.config.attractLives).toEqual([]);
    expect(w.problems.join('\n')).toMatch(/"attractLives" must be a list/);
  });
});
