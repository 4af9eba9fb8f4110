/**
 * Languages: fact tokens formatted by the platform's Intl in each language, the start language, and the
 * lints that hold translations to the base text.
 */
import { describe, it, expect } from 'vitest';
import { expand, capitalise, tokens, type Figures } from '../../src/i18n/tokens.ts';
import { startLanguage, withLanguage } from '../../src/i18n/choose.ts';
import { compareText, lintBaseFigures, lintTokens } from '../../scripts/content/i18n.ts';
import { lintMessages, lintGeoTexts } from '../../scripts/content/languages.ts';
import { parseText } from '../../scripts/content/story.ts';

const figures: Figures = { force: { value: 466516 }, gold: { value: 7_500_000, unit: 'million' }, yes: { value: 92.8 }, low: { value: 315000 }, high: { value: 340000 } };
const nbsp = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('fact tokens', () => {
  it('formats dates in each language by Intl, not by hand', () => {
    expect(expand('{date:1939-09-17}', 'en', figures)).toBe('17 September 1939');
    expect(expand('{date:1939-09-17}', 'pl', figures)).toBe('17 września 1939');
    expect(expand('{date:1939-09-17}', 'lt', figures)).toBe('1939 m. rugsėjo 17 d.');
    expect(nbsp(expand('{date:1939-09-17}', 'uk', figures))).toBe('17 вересня 1939 р.');
    expect(expand('{day:1939-09-17}', 'fi', figures)).toBe('17. syyskuuta');
    expect(expand('{month:1940-04}', 'et', figures)).toBe('aprill 1940');
  });

  it('formats ranges with formatRange', () => {
    expect(nbsp(expand('{date:1939-08-23/1939-08-24}', 'pl', figures))).toBe('23–24 sierpnia 1939');
    expect(nbsp(expand('{fig:low/high}', 'en', figures))).toBe('315,000–340,000');
  });

  it('keeps "m." and "d." in Lithuanian date ranges, as in a single date', () => {
    expect(expand('{date:1939-08-23/1939-08-24}', 'lt', figures)).toBe('1939 m. rugpjūčio 23–24 d.');
    expect(nbsp(expand('{date:1939-08-31/1939-09-02}', 'lt', figures))).toBe('1939 m. rugpjūčio 31 d. – rugsėjo 2 d.');
    expect(nbsp(expand('{date:1939-12-31/1940-01-02}', 'lt', figures))).toBe('1939 m. gruodžio 31 d. – 1940 m. sausio 2 d.');
    expect(expand('{day:1939-12-06/1939-12-07}', 'lt', figures)).toBe('gruodžio 6–7 d.');
    expect(nbsp(expand('{month:1939-12/1940-02}', 'lt', figures))).toBe('1939 m. gruodis – 1940 m. vasaris');
    // A range at the end of a sentence keeps one full stop.
    expect(expand('Nuo {day:1939-12-06/1939-12-07}.', 'lt', figures)).toBe('Nuo gruodžio 6–7 d.');
  });

  it("formats figures with the language's separators, units and percentages", () => {
    expect(expand('{fig:force}', 'en', figures)).toBe('466,516');
    expect(nbsp(expand('{fig:force}', 'pl', figures))).toBe('466 516');
    expect(nbsp(expand('{fig:gold}', 'pl', figures))).toBe('7,5 miliona');
    expect(nbsp(expand('{fig:gold}', 'en', figures))).toBe('7.5 million');
    expect(nbsp(expand('{pct:yes}', 'fi', figures))).toBe('92,8 %');
  });

  it('swaps in the month form a sentence needs ("|in"), from the language\'s list', () => {
    const months = {
      lv: {
        in: 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'.split(' '),
        on: 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'.split(' '),
      },
      pl: { in: 'styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu'.split(' ') },
    };
    expect(expand('{date:1939-09-17|in}', 'lv', figures, months)).toBe('1939. gada 17. septembrī');
    expect(expand('we {month:1939-09|in}', 'pl', figures, months)).toBe('we wrześniu 1939');
    // No "on" list in Polish: the Intl form stays.
    expect(expand('{date:1939-09-17|in}', 'pl', figures, months)).toBe('17 września 1939');
    expect(expand('{month:1939-09|in}', 'en', figures, months)).toBe('September 1939');
  });

  it('writes one full stop where a date ending in "р." ends a sentence', () => {
    expect(nbsp(expand('у {month:1939-09}.', 'uk', figures))).toBe('у вересень 1939 р.');
    expect(capitalise('грудень 1939 р.: Basis Nord', 'uk')).toBe('Грудень 1939 р.: Basis Nord');
  });

  it('reports malformed tokens and unknown figures', () => {
    const { errors } = tokens('{date:1939-02-30} {fig:nope} {month:1940-13} {date:1940-01-02/1940-01-01} {when:1939} {date:1939-09-01|gen}', figures);
    expect(errors).toHaveLength(6);
    expect(errors.join('\n')).toMatch(/1939-02-30.*not a date/);
    expect(errors.join('\n')).toMatch(/no figure "nope"/);
  });
});

describe('start language', () => {
  const shipped = ['en', 'pl', 'lt', 'lv', 'et', 'fi', 'uk'];
  it("takes ?lang= when shipped, else the browser's first shipped language, else the base", () => {
    expect(startLanguage('?lang=pl', ['fi'], shipped)).toEqual({ code: 'pl' });
    expect(startLanguage('?lang=PL-pl', [], shipped)).toEqual({ code: 'pl' });
    expect(startLanguage('', ['de-DE', 'uk-UA', 'en'], shipped)).toEqual({ code: 'uk' });
    expect(startLanguage('', ['de'], shipped)).toEqual({ code: 'en' });
    expect(startLanguage('?lang=<script>', ['fi-FI'], shipped)).toEqual({ code: 'fi', bad: '<script>' });
  });
  it('writes the language into the address, and leaves it out for the base', () => {
    expect(withLanguage('http://localhost/?mode=explore#step=pact', 'lt', 'en')).toBe('http://localhost/?mode=explore&lang=lt#step=pact');
    expect(withLanguage('http://localhost/?lang=lt#step=pact', 'en', 'en')).toBe('http://localhost/#step=pact');
  });
});

describe('translation lint', () => {
  const base = parseText('---\ntitle: T\nchapters: {c: C}\n---\n## a\n### {date:1939-09-17}: invasion\n\nIn 1932 a pact; {fig:force} men.\n\nAlt: map of {month:1939-09}\n', 'en.md').text;
  it('passes a faithful translation, whatever the word order and month forms', () => {
    const pl = parseText('---\ntitle: T\nchapters: {c: C}\n---\n## a\n### {date:1939-09-17}: inwazja\n\n{fig:force} żołnierzy; pakt z 1932 r.\n\nAlt: mapa, {month:1939-09|in}\n', 'pl.md').text;
    expect(compareText(base, pl, 'pl', 'pl.md')).toEqual([]);
  });
  it('names the step and field of every missing or changed fact', () => {
    const bad = parseText('---\ntitle: T\nchapters: {}\n---\n## a\n### inwazja\n\nW 1933 pakt; 466 516 żołnierzy.\n\n## b\n### x\n\ny\n', 'pl.md').text;
    const problems = compareText(base, bad, 'pl', 'pl.md').map((p) => `${p.item}|${p.field ?? ''}|${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^front matter\|chapters\.c\|is missing/),
        expect.stringMatching(/^a\|title\|lacks \{date:1939-09-17\}/),
        expect.stringMatching(/^a\|body\|lacks \{fig:force\}/),
        expect.stringMatching(/^a\|body\|lacks the number 1932/),
        expect.stringMatching(/^a\|body\|has the numbers 1933, 466, 516/),
        expect.stringMatching(/^a\|alt\|is missing/),
        expect.stringMatching(/^b\|\|is not a step of the base text/),
      ]),
    );
  });
  it('asks the base text to write figures as tokens', () => {
    const t = parseText('## a\n### T\n\nAbout 4,143 bodies in 1943, 25 graves, order 001223, 7.5 tons.\n\nAlt: x\n', 'en.md').text;
    expect(lintBaseFigures(t, 'en.md').map((p) => p.message.match(/"([^"]+)"/)?.[1])).toEqual(['4,143', '7.5']);
    expect(lintTokens(t, figures, 'en.md')).toEqual([]);
    const u = parseText('## a\n### T\n\nA {fig:none} and a {broken token\n\nAlt: x\n', 'en.md').text;
    expect(
      lintTokens(u, figures, 'en.md')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/no figure "none"[\s\S]*not a token/);
  });
});

describe('interface messages lint', () => {
  const en = { 'story.step-of': 'Step {n} of {count}', 'story.steps': '{count, plural, one {# step} other {# steps}}' };
  it('accepts a language with the same keys and arguments, whatever its plural categories', () => {
    const pl = { 'story.step-of': 'Krok {n} z {count}', 'story.steps': '{count, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}}' };
    expect(lintMessages(en, pl, 'pl', 'pl.yaml').problems).toEqual([]);
  });
  it('reports missing and unknown keys, broken ICU and changed arguments', () => {
    const bad = { 'story.step-of': 'Krok {k} z {count}', 'story.stepz': 'x', 'story.steps': '{count, plural, one {# krok}' };
    const msgs = lintMessages(en, bad, 'pl', 'pl.yaml').problems.map((p) => `${p.item}: ${p.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^story\.step-of: uses the arguments \{count, k\} but the base language uses \{count, n\}/),
        expect.stringMatching(/^story\.stepz: is not a key of the base language/),
        expect.stringMatching(/^story\.steps: is not valid ICU MessageFormat/),
      ]),
    );
  });
});

describe('geodata texts lint', () => {
  const english = [{ text: 'Point stands for the place (about ±2,000 m), from 28 Sep 1939.', uses: ['places.geojson: lwow: note'] }];
  it('accepts other separators and date styles but not other digits', () => {
    expect(lintGeoTexts(english, { [english[0].text]: 'Punkt oznacza miejscowość (ok. ±2000 m), od 28 września 1939.' }, 'pl', 'pl.yaml').problems).toEqual([]);
    const p = lintGeoTexts(english, { [english[0].text]: 'Punkt (ok. ±3000 m), od 28 września 1939.' }, 'pl', 'pl.yaml').problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ item: 'lwow (places.geojson)', field: 'note' });
    expect(lintGeoTexts(english, {}, 'pl', 'pl.yaml').problems[0].message).toMatch(/has no "pl" translation/);
  });
});

describe('interface messages at run time', () => {
  it("picks plural forms by the language's own rules and formats numbers by its conventions", async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { i18n } = await import('../../src/i18n/i18n.svelte.ts');
    const load = (l: string) => parse(readFileSync(new URL(`../../src/i18n/ui/${l}.yaml`, import.meta.url), 'utf8')) as Record<string, string>;
    const en = load('en');
    try {
      i18n.set('pl', load('pl'));
      const [one, few, many] = [1, 3, 5].map((n) => i18n.t('search.results', { count: n }).split(';')[0]);
      expect(new Set([one, few, many]).size, `${one} / ${few} / ${many}`).toBe(3);
      // Polish groups thousands with a space from five digits on (1234, but 12 345).
      expect(i18n.t('search.results', { count: 1234 })).toMatch(/^1234 /);
      expect(i18n.t('search.results', { count: 12345 })).toMatch(/^12\s345 /);
      i18n.set('uk', load('uk'));
      expect(i18n.t('search.results', { count: 21 }).split(';')[0]).not.toBe(i18n.t('search.results', { count: 25 }).split(';')[0]);
      // A key a bundle lacks falls back to English rather than showing the key.
      i18n.fallback = en;
      i18n.set('fi', {});
      expect(i18n.t('search.results', { count: 2 })).toMatch(/^2 results/);
    } finally {
      i18n.fallback = {};
      i18n.set('en', en);
    }
  });
});
