import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalise, buildSearchIndex, search, type IndexLike, type NamedProps } from '../../src/explore/search.ts';
import { buildEvents, nextEvent, prevEvent, dayForFeature, clampDay, FIRST_DAY, LAST_DAY } from '../../src/explore/timeline.ts';
import { featureDetails, stepsMentioning, formatDate, kindLabel, languageName } from '../../src/explore/details.ts';
import { layerSections } from '../../src/explore/groups.ts';
import { LAYERS, type LayerDef } from '../../src/layers/registry.ts';
import { dayOf } from '../../src/time.ts';
import type { StepSpec } from '../../src/story/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('search normalisation', () => {
  it('folds case, diacritics and letters without decompositions', () => {
    expect(normalise('Lwów')).toBe('lwow');
    expect(normalise('ŁÓDŹ')).toBe('lodz');
    expect(normalise('Brześć nad Bugiem')).toBe('brzesc nad bugiem');
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('Львів')).toBe(normalise('львів'));
    expect(normalise('Kozielsk (Optyńska Pustelnia)')).toBe('kozielsk optynska pustelnia');
    expect(normalise("Kam'yanets’")).toBe('kamyanets');
    expect(normalise('  –  ')).toBe('');
  });
});

const lwowIndex: Record<string, IndexLike> = {
  lwow: { layer: 'places', name: 'Lwów', label: 'Lwów', kind: 'city', from: '1938-01-01', to: null, bbox: [24.023, 49.838, 24.023, 49.838] },
  'nkvd-gestapo-lwow': { layer: 'contacts', name: 'NKVD–Gestapo meeting, Lwów', label: 'Lwów', kind: 'nkvd-gestapo-meeting', from: '1939-10-01', to: '1940-04-01', bbox: [24, 49.8, 24, 49.8] },
  lutsk: { layer: 'places', name: 'Lutsk', label: 'Lutsk', kind: 'city', from: '1938-01-01', to: null, bbox: [25.3, 50.7, 25.3, 50.7] },
};
const lwowProps: Record<string, NamedProps> = {
  lwow: {
    names: { en: 'Lviv (Lwow)', pl: 'Lwów', uk: 'Львів', ru: 'Львов', de: 'Lemberg' },
    names_by_date: [{ name: 'Lwów' }, { name: 'Lviv' }, { name: 'Lemberg' }],
  },
  'nkvd-gestapo-lwow': { short: 'Lwów', names: { en: 'Lviv (Lwow)', uk: 'Львів', de: 'Lemberg' } },
  lutsk: { names: { uk: 'Луцьк', pl: 'Łuck' } },
};

describe('search', () => {
  const entries = buildSearchIndex(lwowIndex, lwowProps);

  it('finds Lwów by every name it has had, the city first', () => {
    for (const q of ['Lwów', 'lwow', 'LWOW', 'Lviv', 'lviv', 'Lemberg', 'lemb', 'Львів', 'львів', 'Львов']) {
      const hits = search(entries, q);
      expect(hits[0]?.entry.id, q).toBe('lwow');
    }
    expect(search(entries, 'Lemberg')[0].matched.text).toBe('Lemberg');
  });

  it('matches words inside names and diacritic-free spellings', () => {
    expect(search(entries, 'luck')[0].entry.id).toBe('lutsk');
    expect(search(entries, 'gestapo')[0].entry.id).toBe('nkvd-gestapo-lwow');
    expect(search(entries, 'meeting lw')[0].entry.id).toBe('nkvd-gestapo-lwow');
  });

  it('returns nothing for empty or unknown queries, and at most `limit` hits', () => {
    expect(search(entries, '')).toEqual([]);
    expect(search(entries, ' - ')).toEqual([]);
    expect(search(entries, 'atlantis')).toEqual([]);
    expect(search(entries, 'l', 2)).toHaveLength(2);
  });

  it('works without layer data (main names only)', () => {
    const bare = buildSearchIndex(lwowIndex);
    expect(search(bare, 'lwow')[0].entry.id).toBe('lwow');
    expect(search(bare, 'Lemberg')).toEqual([]);
  });

  it('finds lwow by Lviv, Lemberg and Львів in the shipped places layer', () => {
    const fc = JSON.parse(readFileSync(`${root}geodata/places.geojson`, 'utf8')) as {
      features: { properties: Record<string, unknown> & { id: string; name: string; kind: string; from: string; to: string | null; short?: string }; geometry: { coordinates: [number, number] } }[];
    };
    const index: Record<string, IndexLike> = {};
    const props: Record<string, NamedProps> = {};
    for (const f of fc.features) {
      const [x, y] = f.geometry.coordinates;
      index[f.properties.id] = {
        layer: 'places',
        name: f.properties.name,
        label: f.properties.short ?? f.properties.name,
        kind: f.properties.kind,
        from: f.properties.from,
        to: f.properties.to,
        bbox: [x, y, x, y],
      };
      props[f.properties.id] = f.properties;
    }
    const all = buildSearchIndex(index, props);
    for (const q of ['Lviv', 'Lemberg', 'Львів', 'Lwow']) expect(search(all, q)[0]?.entry.id, q).toBe('lwow');
  });
});

describe('timeline', () => {
  const steps = [
    { date: '1939-08-23', title: 'The pact' },
    { date: '1939-09-17', title: 'Invasion' },
    { date: '1939-09-17', title: 'Same day' },
    { date: '1990-04-13', title: 'Later' },
  ];
  const features = [
    { from: '1938-01-01', label: 'Warsaw' },
    { from: '1939-09-28', label: 'Boundary' },
    { from: '1939-09-17', label: 'Front' },
  ];
  const events = buildEvents(steps, features);

  it('lists step dates and feature dates inside the range, one per day, in order', () => {
    expect(events.map((e) => e.day)).toEqual([dayOf('1939-08-23'), dayOf('1939-09-17'), dayOf('1939-09-28')]);
    expect(events[1].labels).toEqual(['Invasion', 'Same day', 'Front']);
  });

  it('steps to the previous and next event', () => {
    expect(nextEvent(events, dayOf('1939-08-23'))?.day).toBe(dayOf('1939-09-17'));
    expect(nextEvent(events, dayOf('1939-09-01'))?.day).toBe(dayOf('1939-09-17'));
    expect(prevEvent(events, dayOf('1939-09-17'))?.day).toBe(dayOf('1939-08-23'));
    expect(prevEvent(events, dayOf('1939-08-23'))).toBeNull();
    expect(nextEvent(events, dayOf('1939-09-28'))).toBeNull();
  });

  it('clamps days to 1 Aug 1938 … 31 Dec 1949', () => {
    expect(FIRST_DAY).toBe(dayOf('1938-08-01'));
    expect(LAST_DAY).toBe(dayOf('1949-12-31'));
    expect(clampDay(-5)).toBe(FIRST_DAY);
    expect(clampDay(99_999)).toBe(LAST_DAY);
  });

  it('picks a day on which a feature is on the map', () => {
    const now = dayOf('1940-01-01');
    expect(dayForFeature({ from: '1938-01-01', to: null }, now)).toBe(now);
    expect(dayForFeature({ from: '1940-04-03', to: '1940-05-13' }, now)).toBe(dayOf('1940-04-03'));
    expect(dayForFeature({ from: '1937-01-01', to: '1939-01-01' }, now)).toBe(FIRST_DAY);
    expect(dayForFeature({ from: '1939-08-23', to: '1939-09-28' }, now)).toBe(dayOf('1939-08-23'));
  });
});

describe('feature details', () => {
  const register = {
    shelepin: { key: 'shelepin', title: 'Shelepin note to Khrushchev, 3 March 1959', url: null, type: 'document-edition' as const },
    amtliches: { key: 'amtliches', title: 'Amtliches Material zum Massenmord von Katyn (1943)', url: 'https://example.org/a', type: 'monograph' as const },
  };
  const steps: (StepSpec & { title: string })[] = [
    { id: 'sites', chapter: 'k', date: '1940-05-21', camera: { fit: ['katyn-forest'] }, layers: ['sites'], highlight: ['katyn-forest'], sources: ['x'], title: 'The sites' },
    {
      id: 'totals',
      chapter: 'k',
      date: '1940-05-22',
      camera: { center: [30, 50], zoom: 5 },
      layers: ['sites'],
      counts: [{ feature: 'katyn-forest', figure: 'exhumed' }],
      sources: ['x'],
      title: 'The totals',
    },
    { id: 'other', chapter: 'k', date: '1940-05-23', camera: { center: [30, 50], zoom: 5 }, layers: ['routes'], animate: { routes: ['r1'], from: '1940-04-01' }, sources: ['x'], title: 'Other' },
  ];
  const props = {
    id: 'katyn-forest',
    name: 'Katyn Forest (Goat Hills)',
    kind: 'execution-and-burial-site',
    from: '1940-04-03',
    to: null,
    certainty: 'documented',
    names: { en: 'Katyn Forest (Goat Hills)', pl: 'Las Katyński (Kozie Góry)', ru: 'Катынский лес (Козьи Горы)' },
    note: 'A note <b>as text</b>.',
    figures: {
      victims: { value: 4421, label: 'Prisoners from Kozielsk shot', sources: ['shelepin'] },
      exhumed: { value: 4143, label: 'Bodies exhumed in 1943', sources: ['amtliches'], seed_claim: 'Seed text B gives 4,145 bodies.' },
    },
    sources: ['shelepin', 'unknown_key'],
  };

  it('lays out names, dates, figures with sources and seed claims, certainty and story steps', () => {
    const d = featureDetails(props, 'sites', register, steps);
    expect(d.name).toBe('Katyn Forest (Goat Hills)');
    expect(d.kind).toBe('Execution and burial site');
    expect(d.names.map((n) => `${n.language}: ${n.text}`)).toEqual(['English: Katyn Forest (Goat Hills)', 'Polish: Las Katyński (Kozie Góry)', 'Russian: Катынский лес (Козьи Горы)']);
    expect(d.dates).toBe('from 3 April 1940');
    expect(d.figures[0]).toMatchObject({ key: 'victims', value: '4,421', seedClaim: null });
    expect(d.figures[0].sources[0].title).toMatch(/^Shelepin/);
    expect(d.figures[1].seedClaim).toBe('Seed text B gives 4,145 bodies.');
    expect(d.certainty?.text).toMatch(/^Documented/);
    expect(d.note).toBe('A note <b>as text</b>.'); // the panel shows it as text
    expect(d.sources.map((s) => s.title)).toEqual(['Shelepin note to Khrushchev, 3 March 1959', 'unknown_key']);
    expect(d.steps).toEqual([
      { id: 'sites', title: 'The sites', how: ['highlighted', 'framed'] },
      { id: 'totals', title: 'The totals', how: ['counted'] },
    ]);
  });

  it('formats historic names with their periods (to is exclusive)', () => {
    const d = featureDetails(
      {
        id: 'lwow',
        name: 'Lwów',
        from: '1938-01-01',
        to: null,
        names_by_date: [
          { name: 'Lwów', to: '1939-09-22', basis: 'Polish city.' },
          { name: 'Lviv', from: '1939-09-22', to: '1941-06-30', sources: ['shelepin'] },
          { name: 'Lviv', from: '1944-07-27' },
        ],
      },
      'places',
      register,
      [],
    );
    expect(d.namesByDate.map((n) => `${n.name} ${n.when}`)).toEqual(['Lwów until 21 September 1939', 'Lviv 22 September 1939 – 29 June 1941', 'Lviv from 27 July 1944']);
    expect(d.namesByDate[0].basis).toBe('Polish city.');
    expect(d.namesByDate[1].sources[0].key).toBe('shelepin');
  });

  it('knows which steps draw out a route', () => {
    expect(stepsMentioning('r1', steps)).toEqual([{ id: 'other', title: 'Other', how: ['drawn out'] }]);
  });

  it('formats dates at their precision and kinds and languages for people', () => {
    expect(formatDate('1939-10-01', 'month')).toBe('October 1939');
    expect(formatDate('1941-01-01', 'year')).toBe('1941');
    expect(formatDate('not a date')).toBe('not a date');
    expect(kindLabel('nkvd-camp')).toBe('NKVD camp');
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('en')).toBe('English');
  });

  it('survives missing or odd properties', () => {
    const d = featureDetails({ id: 'x', figures: { a: { value: 'about 2,000', label: 'Killed', sources: [] } } }, 'massacres', register, []);
    expect(d.name).toBe('x');
    expect(d.dates).toBe('');
    expect(d.figures[0].value).toBe('about 2,000');
    expect(d.names).toEqual([]);
  });
});

describe('layer panel sections', () => {
  it('puts every registry layer into a section, in reading order', () => {
    const sections = layerSections(LAYERS);
    expect(sections.flatMap((s) => s.layers.map((l) => l.id)).sort()).toEqual(LAYERS.map((l) => l.id).sort());
    const titles = sections.map((s) => s.title);
    expect(titles.indexOf('Camps and sites')).toBeGreaterThan(titles.indexOf('Places'));
  });

  it('keeps a layer of an unknown group in "Other"', () => {
    const odd = { ...LAYERS[0], id: 'odd', group: 'weather' } as unknown as LayerDef;
    expect(layerSections([odd]).map((s) => s.title)).toEqual(['Other']);
  });
});
