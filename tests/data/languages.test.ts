/**
 * The seven shipped languages, as the build loads them: no lint problem in any; the same steps in the
 * same order; the same figures (formatted per language from one value); every character of every text
 * and map label covered by the bundled fonts; map labels in each language where one is known.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { loadLanguages } from '../../scripts/content/languages.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { formatToken, locale } from '../../src/i18n/tokens.ts';
import { LATIN, LATIN_EXT, CYRILLIC } from '../../src/map/fonts.ts';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { LABEL } from '../../src/map/style.ts';
import { dayOf } from '../../src/time.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let loaded: ReturnType<typeof loadLanguages>;
let geo: ReturnType<typeof loadGeodata>;
beforeAll(() => {
  geo = loadGeodata(`${root}geodata`);
  loaded = loadLanguages({ i18n: `${root}src/i18n`, story: `${root}src/story`, geodata: `${root}geodata` }, geo);
});

const ranges = [...LATIN, ...LATIN_EXT, ...CYRILLIC].map((r) => {
  const [a, b] = r.replace('U+', '').split('-');
  return [parseInt(a, 16), parseInt(b ?? a, 16)] as const;
});
const covered = (cp: number) => cp === 10 || ranges.some(([a, b]) => cp >= a && cp <= b);
/** Arrows (in route names: "Lwów → Kotlas") are not in the Latin subsets; they appear only in the page's
 *  HTML, where the browser takes them from another font, never in map labels (checked below). */
const arrow = (cp: number) => cp >= 0x2190 && cp <= 0x21ff;

describe('shipped languages', () => {
  it('lints clean in all seven languages', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.languages.map((l) => l.code)).toEqual(['en', 'pl', 'lt', 'lv', 'et', 'fi', 'uk']);
    expect(Object.keys(loaded.bundles).sort()).toEqual(['en', 'et', 'fi', 'lt', 'lv', 'pl', 'uk']);
  });

  it('tells every language the same steps, chapters and map states', () => {
    const base = loaded.bundles.en.story;
    for (const b of Object.values(loaded.bundles)) {
      expect(b.story.steps.map((s) => s.id)).toEqual(base.steps.map((s) => s.id));
      expect(b.story.chapters.map((c) => c.id)).toEqual(base.chapters.map((c) => c.id));
      expect(b.story.steps.map((s) => [s.date, s.layers, s.camera, s.sources])).toEqual(base.steps.map((s) => [s.date, s.layers, s.camera, s.sources]));
      for (const s of b.story.steps) {
        expect(s.title, `${b.lang} ${s.id}`).not.toMatch(/\{(date|day|month|fig|pct|usd):/);
        expect(s.html + s.alt, `${b.lang} ${s.id}`).not.toMatch(/\{(date|day|month|fig|pct|usd):/);
      }
    }
  });

  it('shows one figure, formatted by each language, from one value', () => {
    for (const b of Object.values(loaded.bundles)) {
      const step = b.story.steps.find((s) => s.id === 'soviet-invasion')!;
      const want = formatToken({ kind: 'fig', keys: ['soviet-invasion-1'], raw: '' }, b.lang, { 'soviet-invasion-1': { value: 466516 } });
      expect(step.html, b.lang).toContain(want);
      expect(want.replace(/\D/g, '')).toBe('466516');
      const date = new Intl.DateTimeFormat(locale(b.lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date('1939-09-17T00:00:00Z'));
      expect(step.title + step.html, b.lang).toContain(date.split(' ')[0]);
    }
  });

  it('has a glyph in the bundled fonts for every character of every text and label', () => {
    const missing = new Map<string, string>();
    const check = (lang: string, where: string, s: string, html = true) => {
      for (const ch of s)
        if (!covered(ch.codePointAt(0)!) && !(html && arrow(ch.codePointAt(0)!))) missing.set(`${lang} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${ch}"`, where);
    };
    for (const b of Object.values(loaded.bundles)) {
      check(b.lang, 'title', b.story.title);
      for (const c of b.story.chapters) check(b.lang, `chapter ${c.id}`, c.title);
      for (const s of b.story.steps) check(b.lang, s.id, s.title + s.html + s.alt);
      for (const [k, m] of Object.entries(b.messages)) check(b.lang, k, m);
      for (const t of Object.values(b.geo)) check(b.lang, 'geodata text', t);
    }
    // Map labels: drawn by MapLibre from the bundled fonts only (point layers carry the labels).
    for (const layer of Object.values(geo.layers)) {
      for (const f of layer.features) {
        if (f.geometry.type !== 'Point') continue;
        for (const [k, v] of Object.entries(f.properties)) if (/^(name_|label|n[0-3]$)/.test(k) && typeof v === 'string') check(k, String(f.properties.id), v, false);
      }
    }
    expect([...missing].map(([k, v]) => `${k} in ${v}`)).toEqual([]);
  });

  it('labels the map in each language where it has a name, by the names files', () => {
    const lwow = geo.layers.places.features.find((f) => f.properties.id === 'lwow')!.properties as unknown as Record<string, string>;
    expect(lwow.name_pl).toBe('Lwów');
    expect(lwow.name_uk).toBe('Львів');
    for (const code of ['pl', 'lt', 'lv', 'et', 'fi', 'uk']) {
      const named = geo.layers.places.features.filter((f) => (f.properties as unknown as Record<string, unknown>)[`name_${code}`]);
      expect(named.length, code).toBe(geo.layers.places.features.length);
    }
  });

  it('changes a label with the date in a language where the name changes, as MapLibre evaluates it', () => {
    const label = expression.createExpression(LABEL, latest.layout_symbol['text-field'] as never);
    if (label.result !== 'success') throw new Error(JSON.stringify(label.value));
    const props = (id: string) =>
      Object.values(geo.layers)
        .flatMap((l) => l.features)
        .find((f) => f.properties.id === id)!.properties as unknown as Record<string, unknown>;
    const at = (id: string, lang: string, iso: string) => String(label.value.evaluate({ zoom: 5, globalState: { lang, day: dayOf(iso) } } as never, { properties: props(id) } as never));
    expect(at('gotenhafen', 'uk', '1939-09-01')).toBe('Гдиня');
    expect(at('gotenhafen', 'uk', '1941-06-22')).toBe('Готенгафен');
    expect(at('gotenhafen', 'uk', '1949-03-25')).toBe('Гдиня');
    expect(at('kalinin-nkvd', 'pl', '1940-04-05')).toBe('Kalinin');
    expect(at('leningrad', 'fi', '1991-12-01')).toBe('Pietari');
    // One name for all dates in a language: Lwów stays Lwów in Polish while the English label changes.
    expect(at('lwow', 'pl', '1942-01-01')).toBe('Lwów');
    expect(at('lwow', 'en', '1942-01-01')).toBe('Lemberg');
    // A language without a name of its own falls back to the English label for the date.
    expect(at('lwow', 'xx', '1939-09-01')).toBe('Lwów');
  });
});
