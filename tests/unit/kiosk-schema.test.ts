/**
 * src/kiosk/schema.ts is the only definition of kiosk.json: README.md's settings table names exactly
 * its settings with their defaults and limits, the limits are the ones the schema enforces, and the
 * shipped file is valid against it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { KIOSK_DEFAULTS, LIMITS, bounded, isLanguageCode, kioskFileSchema, languageCode, settingsShape } from '../../src/kiosk/schema.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const table = readme.slice(readme.indexOf('| setting | default | meaning |')).split('\n\n')[0].split('\n').slice(2);
const rows = table.map((line) => {
  const [names, defaults, meaning] = line
    .split('|')
    .slice(1, 4)
    .map((c) => c.trim());
  return { names: [...names.matchAll(/`([\w.]+)`/g)].map((m) => m[1]), defaults, meaning };
});

const limitOf = (name: string) => LIMITS[name.replace(/^pacing\./, '') as keyof typeof LIMITS];

describe('the kiosk.json schema and its documentation', () => {
  it("README.md's table lists exactly the settings of the schema", () => {
    const settings = Object.keys(settingsShape).flatMap((k) => (k === 'pacing' ? Object.keys(KIOSK_DEFAULTS.pacing).map((p) => `pacing.${p}`) : [k]));
    expect(rows.flatMap((r) => r.names)).toEqual(settings);
  });

  it('states every number’s default and limits as the schema has them', () => {
    for (const { names, defaults, meaning } of rows) {
      const limited = names.filter((n) => limitOf(n));
      const stated = [...meaning.matchAll(/(\d+)–(\d+)/g)].map((m) => ({ min: Number(m[1]), max: Number(m[2]) }));
      expect(stated, names.join(', ')).toEqual(limited.map((n) => ({ min: limitOf(n).min, max: limitOf(n).max })));
      const values = names.map((n) => n.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], KIOSK_DEFAULTS));
      if (values.every((v) => typeof v === 'number')) expect(defaults.split(/,\s*/).map(Number), names.join(', ')).toEqual(values);
    }
  });

  it('enforces the limits it states, for numbers and for the text the address gives', () => {
    for (const [key, l] of Object.entries(LIMITS)) {
      const s = bounded(l);
      expect(s.safeParse(l.min).success && s.safeParse(l.max).success && s.safeParse(String(l.max)).success, key).toBe(true);
      expect(s.safeParse(l.min - 1).success || s.safeParse(l.max + 1).success || s.safeParse('').success || s.safeParse(Number.NaN).success, key).toBe(false);
    }
    expect(bounded(LIMITS.nightlyReloadHour).safeParse(4.5).success).toBe(false);
  });

  it('accepts the shipped public/kiosk.json as it is, and a file with an unknown setting not', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../public/kiosk.json', import.meta.url), 'utf8'));
    expect(kioskFileSchema.safeParse(shipped).error?.issues ?? []).toEqual([]);
    expect(kioskFileSchema.safeParse({ ...shipped, extra: 1 }).success).toBe(false);
    expect(kioskFileSchema.safeParse({ pacing: { minSeconds: 40, maxSeconds: 10 } }).success).toBe(false);
  });

  it('tests a list entry by the same rule as the language-code schema', () => {
    for (const v of ['en', 'fil', 'EN', 'e', 'engl', ' en', 'en\n', 1, null, ['en'], 'pl-PL']) expect(isLanguageCode(v), JSON.stringify(v)).toBe(languageCode.safeParse(v).success);
  });
});
