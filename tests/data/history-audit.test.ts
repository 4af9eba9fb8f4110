/**
 * Findings of the history audit (issue 12 §1), held in place: single-source meeting dates are told
 * as reported; Komet's step ends where and when her route ends; the trade text names the origin the
 * map draws; Kharkiv in the 1940 text has the form the map shows, with the other form at first mention.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/time.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Props = { id: string; kind: string; from: string; to: string | null; note?: string; origin?: string; commodity?: string; meetings?: unknown[] };
const layer = (file: string) => (JSON.parse(readFileSync(`${root}geodata/${file}`, 'utf8')) as { features: { properties: Props }[] }).features.map((f) => f.properties);
const steps = (parse(readFileSync(`${root}src/story/steps.yaml`, 'utf8')) as { steps: { id: string; date: string; animate?: { from: string; routes?: string[] } }[] }).steps;
const step = (id: string) => steps.find((s) => s.id === id)!;
const LANGS = ['en', 'pl', 'uk', 'lt', 'lv', 'et', 'fi'];
/** One step's section (title, body, alt) of a story text. */
const section = (lang: string, id: string) => {
  const md = readFileSync(`${root}src/story/text/${lang}.md`, 'utf8');
  const start = md.indexOf(`\n## ${id}\n`);
  expect(start, `${lang}: ${id}`).toBeGreaterThan(0);
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
};

describe('NKVD–Gestapo meetings', () => {
  it('tell every meeting date as reported, not as fact (the dates rest on few sources)', () => {
    const meetings = layer('contacts.geojson').filter((p) => p.kind === 'nkvd-gestapo-meeting');
    expect(meetings.length).toBe(5);
    for (const m of meetings) {
      expect(m.note, m.id).toMatch(/^(A first NKVD–Gestapo meeting is|A meeting is|Meetings are|Conferences are) reported for /);
      expect(m.note, m.id).toMatch(/rests? on few sources/);
    }
  });
});

describe('Komet', () => {
  const naval = new Map(layer('naval.geojson').map((p) => [p.id, p]));
  const west = naval.get('komet-northern-sea-route-west')!;
  const east = naval.get('komet-northern-sea-route-east')!;

  it('ends her step on the day she passed the Bering Strait, with her whole route on the map', () => {
    const s = step('komet');
    const exit = dayOf(east.to!) - 1; // `to` is exclusive
    expect(exit).toBe(dayOf('1940-09-05'));
    expect(dayOf(s.date), 'the step ends with the route').toBe(exit);
    for (const p of [west, east]) expect(dayOf(p.from) <= dayOf(s.date) && dayOf(s.date) < dayOf(p.to!), `${p.id} is on the map on ${s.date}`).toBe(true);
    expect(s.animate?.from).toBe(west.from);
  });

  it('gives the date in every language, where the text used to say only "early September"', () => {
    for (const lang of LANGS) {
      const t = section(lang, 'komet');
      expect(t, lang).toContain('{day:1940-09-05');
      expect(t, `${lang}: the alt text runs to the step's date`).toContain('{date:1940-09-05}');
      expect(t, lang).not.toContain('1940-09-01');
    }
  });
});

describe('trade flows', () => {
  it('name in the text the origin the map draws for chrome ore (Aktyubinsk, Kazakh SSR)', () => {
    const chrome = layer('trade.geojson').find((p) => p.commodity === 'chrome ore')!;
    expect(chrome.origin).toMatch(/Aktyubinsk/);
    const words: Record<string, RegExp> = { en: /Aktyubinsk/, pl: /aktiubińsk/, uk: /Актюбинськ/, lt: /Aktiubinsk/, lv: /Aktjubinsk/, et: /Aktjubinsk/, fi: /Aktjubinsk/ };
    for (const lang of LANGS) {
      const alt = section(lang, 'trade-agreement').split('\nAlt: ')[1];
      expect(alt, lang).toMatch(words[lang]);
      expect(alt, `${lang}: no Urals for chrome ore`).not.toMatch(/Ural|Урал|Uural|Urāl/);
    }
  });
});

describe('place names of 1940', () => {
  it('write Kharkiv as the map labels it, with the Russian form of the documents at first mention', () => {
    const en = section('en', 'transports');
    expect(en).toContain('**Kharkiv** (Kharkov)');
    const kharkiv = layer('sites.geojson').find((p) => p.id === 'kharkiv-nkvd') as Props & { short?: string };
    expect(kharkiv.short).toBe('Kharkiv');
    // Each language writes the city in its one form, as its map label does (lt had Charkove and
    // Charkive); lv and et give their older form once, in brackets, at first mention.
    const other: Record<string, [RegExp, number]> = { lt: [/Charkiv\p{L}*/gu, 0], lv: [/Harkov\p{L}*/gu, 1], et: [/Harkov\p{L}*/gu, 1], fi: [/Harkiv\p{L}*/gu, 0] };
    for (const [lang, [re, bracketed]] of Object.entries(other)) {
      const md = readFileSync(`${root}src/story/text/${lang}.md`, 'utf8');
      expect(md.match(re) ?? [], lang).toHaveLength(bracketed);
    }
  });
});

describe("place names by the step's date (HISTORY.md: text and map agree)", () => {
  type Named = { id: string; names_by_date?: { lang: string; name: string; from?: string; to?: string }[] };
  const dated = ['places.geojson', 'sites.geojson'].flatMap((f) => layer(f) as unknown as Named[]).filter((p) => p.names_by_date?.some((n) => n.lang === 'en'));
  const at = (p: Named, date: string) => p.names_by_date!.filter((n) => n.lang === 'en').find((n) => (!n.from || n.from <= date) && (!n.to || date < n.to))!.name;

  it("names a place in an English step in the form its map label has on the step's date (the other form may follow in brackets)", () => {
    expect(dated.map((p) => p.id)).toEqual(expect.arrayContaining(['wilno', 'lwow', 'viipuri', 'gotenhafen', 'kalinin-nkvd']));
    const wrong: string[] = [];
    for (const s of steps) {
      const text = section('en', s.id).replace(/"[^"]*"/g, ' '); // quotations keep their source's words
      for (const p of dated) {
        const names = [...new Set(p.names_by_date!.filter((n) => n.lang === 'en').map((n) => n.name))];
        const named = names.filter((n) => new RegExp(`\\b${n}\\b`, 'u').test(text));
        const want = at(p, String(s.date));
        if (named.length && !named.includes(want)) wrong.push(`${s.id} (${s.date}): ${named.join(', ')} — the map says ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
