import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { KIOSK_DEFAULTS, parseKioskConfig, parseKioskParams, isKioskUrl } from '../../src/kiosk/config.ts';

const known = { chapters: ['prologue', 'katyn', 'aftermath'], available: ['en'] };

describe('kiosk settings', () => {
  it('uses the defaults when there is no file', () => {
    const r = parseKioskConfig(undefined, known);
    expect(r.problems).toEqual([]);
    expect(r.config).toEqual(KIOSK_DEFAULTS);
  });

  it('accepts the shipped public/kiosk.json without a problem', () => {
    const raw = JSON.parse(readFileSync(new URL('../../public/kiosk.json', import.meta.url), 'utf8'));
    const r = parseKioskConfig(raw, known);
    expect(r.problems).toEqual([]);
    expect(r.config.idleSeconds).toBe(90);
    expect(r.config.promptSeconds).toBeGreaterThanOrEqual(20);
    expect(r.config.languages[0]).toBe('en');
  });

  it('reads every setting', () => {
    const r = parseKioskConfig(
      {
        idleSeconds: 120,
        promptSeconds: 25,
        pacing: { wordsPerMinute: 100, minSeconds: 5, maxSeconds: 30 },
        languages: ['en', 'pl'],
        startLanguage: 'en',
        chapters: ['katyn', 'prologue'],
        nightlyReloadHour: null,
        watchdogSeconds: 60,
      },
      known,
    );
    expect(r.problems).toEqual([]);
    expect(r.config).toMatchObject({
      idleSeconds: 120,
      promptSeconds: 25,
      pacing: { wordsPerMinute: 100, minSeconds: 5, maxSeconds: 30 },
      languages: ['en', 'pl'],
      nightlyReloadHour: null,
      watchdogSeconds: 60,
    });
    expect(r.config.chapters, 'story order').toEqual(['prologue', 'katyn']);
  });

  it('replaces bad values by defaults with messages that name the setting, the rule and the value', () => {
    const r = parseKioskConfig(
      {
        idleSeconds: 'soon',
        promptSeconds: 5,
        nightlyReloadHour: 4.5,
        pacing: { minSeconds: 40, maxSeconds: 10, speedy: 1 },
        languages: ['en', 'Polish'],
        chapters: ['katyn', 'nowhere'],
        extra: true,
      },
      known,
    );
    const text = r.problems.join('\n');
    expect(text).toContain('kiosk.json: "idleSeconds" must be a number from 15 to 3600; found "soon", using 90.');
    expect(text).toContain('"promptSeconds" must be a number from 20 to 600; found 5, using 30.');
    expect(text).toContain('"nightlyReloadHour" must be a whole number from 0 to 23; found 4.5');
    expect(text).toContain('"pacing.minSeconds" (40) is more than "pacing.maxSeconds" (10)');
    expect(text).toContain('unknown setting "pacing.speedy"');
    expect(text).toContain('"Polish", which is not a language code');
    expect(text).toContain('chapters that do not exist ("nowhere")');
    expect(text).toContain('unknown setting "extra"');
    expect(r.config.idleSeconds).toBe(90);
    expect(r.config.promptSeconds).toBe(30);
    expect(r.config.pacing).toEqual(KIOSK_DEFAULTS.pacing);
    expect(r.config.languages).toEqual(['en']);
    expect(r.config.chapters).toEqual(['katyn']);
  });

  it('never starts in a language without a story text, and always offers the start language', () => {
    const r = parseKioskConfig({ languages: ['pl', 'lt'], startLanguage: 'pl' }, known);
    expect(r.problems.join('\n')).toContain('"startLanguage" "pl" has no story text yet (available: en); starting in "en".');
    expect(r.config.startLanguage).toBe('en');
    expect(r.config.languages).toEqual(['en', 'pl', 'lt']);
  });

  it('rejects a file that is not an object, and chapters that leave nothing', () => {
    expect(parseKioskConfig([1, 2], known).problems[0]).toContain('must be a JSON object');
    const r = parseKioskConfig({ chapters: ['x'] }, known);
    expect(r.config.chapters).toBeNull();
    expect(r.problems.join('\n')).toContain('leaves no chapter');
  });

  it('takes URL parameters over the file, including the time-lapse and the staff screen', () => {
    const file = parseKioskConfig({ idleSeconds: 120 }, known).config;
    const r = parseKioskParams('?mode=kiosk&idle=30&prompt=20&speed=10&chapters=katyn,aftermath&nightly=off&staff=1', known, file);
    expect(r.problems).toEqual([]);
    expect(r.staff).toBe(true);
    expect(r.config).toMatchObject({ idleSeconds: 30, promptSeconds: 20, speed: 10, chapters: ['katyn', 'aftermath'], nightlyReloadHour: null });
    const bad = parseKioskParams('?mode=kiosk&speed=0&idle=2&foo=bar', known, file);
    expect(bad.config.speed).toBe(1);
    expect(bad.config.idleSeconds).toBe(120);
    expect(bad.problems.join('\n')).toMatch(/speed.*from 1 to 1000[\s\S]*idleSeconds.*from 15[\s\S]*/);
    expect(bad.problems.join('\n')).toContain('unknown kiosk parameter "foo"');
  });

  it('knows a kiosk address', () => {
    expect(isKioskUrl('?mode=kiosk')).toBe(true);
    expect(isKioskUrl('?mode=kiosk&speed=5')).toBe(true);
    expect(isKioskUrl('')).toBe(false);
    expect(isKioskUrl('?mode=story')).toBe(false);
  });
});
