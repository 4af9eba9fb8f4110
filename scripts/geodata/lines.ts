/**
 * geodata/lines.geojson: treaty and other lines, dated. Run: `npx tsx scripts/geodata/lines.ts`.
 * The 1939 lines are this project's reconstructions from the treaty texts (see geodata/README.md).
 */
import type { FeatureCollection } from 'geojson';
import { readShared as read, writeGeodata as write } from './io.ts';

const mr = read('data/lines/molotov_ribbentrop_line_1939-08-23.geojson') as FeatureCollection;
const gs = read('data/lines/german_soviet_boundary_1939-09-28.geojson') as FeatureCollection;
const lineSource = (p: Record<string, unknown>) =>
  String(p.source).startsWith('WDB') ? ['gshhg_wdb2', 'project_lines'] : String(p.source).startsWith('Natural Earth') ? ['natural_earth'] : ['project_lines'];
const lines = [
  ...mr.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      id: String(f.properties!.id),
      kind: 'sphere-line',
      name: String(f.properties!.name),
      from: '1939-08-23',
      to: '1939-09-28',
      certainty: 'approximate',
      note: `${f.properties!.method}. Accuracy: ${f.properties!.accuracy}.`,
      sources: ['protocol1939', ...lineSource(f.properties!)],
    },
  })),
  ...gs.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      id: String(f.properties!.id),
      kind: 'boundary',
      name: String(f.properties!.name),
      from: '1939-09-28',
      to: '1941-06-22',
      certainty: 'approximate',
      note: `${f.properties!.method}. Accuracy: ${f.properties!.accuracy}.`,
      sources: ['bft_wiki', 'frus_1939_501', ...lineSource(f.properties!)],
    },
  })),
];
write('lines.geojson', { type: 'FeatureCollection', name: 'lines', features: lines });

console.log(`geodata/lines.geojson: ${lines.length} lines`);
