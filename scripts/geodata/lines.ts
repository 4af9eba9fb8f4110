/**
 * geodata/lines.geojson: treaty, demarcation and defence lines, dated. Run: `npx tsx scripts/geodata/lines.ts`.
 * The 1939 lines are this project's reconstructions from the treaty texts (see geodata/README.md).
 * Added here: the Curzon line (variant A), the Mannerheim line and the Moscow Peace border of 1940.
 * Lines are simplified for zoom 3–7 (about 200 m tolerance) and rounded to 4 decimals; the 1939
 * lines are written exactly as they come from the research folder.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { lineSlice, lineString, point, simplify } from '@turf/turf';
import { readShared as read, writeGeodata as write } from './io.ts';

const mr = read('data/lines/molotov_ribbentrop_line_1939-08-23.geojson') as FeatureCollection;
const gs = read('data/lines/german_soviet_boundary_1939-09-28.geojson') as FeatureCollection;
const peace = read('data/lines/moscow_peace_border_1940-03-12.geojson') as FeatureCollection<LineString>;
const lineSource = (p: Record<string, unknown>) =>
  String(p.source).startsWith('WDB') ? ['gshhg_wdb2', 'project_lines'] : String(p.source).startsWith('Natural Earth') ? ['natural_earth'] : ['project_lines'];
/** A treaty line from the research folder, dated and sourced; the two 1939 lines differ only in these. */
const treatyLine = (f: Feature, kind: string, from: string, to: string, sources: string[]) => ({
  type: 'Feature',
  geometry: f.geometry,
  properties: {
    id: String(f.properties!.id),
    kind,
    name: String(f.properties!.name),
    from,
    to,
    certainty: 'approximate',
    note: `${f.properties!.method}. Accuracy: ${f.properties!.accuracy}.`,
    sources: [...sources, ...lineSource(f.properties!)],
  },
});
const lines: object[] = [
  ...mr.features.map((f) => treatyLine(f, 'sphere-line', '1939-08-23', '1939-09-28', ['protocol1939'])),
  ...gs.features.map((f) => treatyLine(f, 'boundary', '1939-09-28', '1941-06-22', ['bft_wiki', 'frus_1939_501'])),
];

/** Simplify for zoom 3–7 (tolerance in degrees, ~0.002 = 200 m) and round to 4 decimals. */
function tidy(coords: Position[], tolerance = 0.002): Position[] {
  const s = simplify(lineString(coords), { tolerance, highQuality: true }).geometry.coordinates;
  const out = s.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
  return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
}
/** The part of a line between the points nearest to `a` and `b`, in the line's own direction. */
const sliceBetween = (coords: Position[], a: Position, b: Position) => lineSlice(point(a), point(b), lineString(coords)).geometry.coordinates;
const line = (coordinates: Position[], properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties });

// --- Curzon line, variant A (Supreme Council line of 8 Dec 1919, extended south in the note of 11 Jul 1920).
// The note names the points: Grodno – Jałówka – Niemirów – Brest-Litovsk – Dorohusk – Uściług – east of
// Hrubieszów – Kryłów – west of Rawa Ruska – east of Przemyśl – the Carpathians. Between Niemirów and
// Kryłów it is the Bug, taken from the project's Bug centreline (WDB II); the overland stretches are
// hand-placed straight connectors through the named points.
const bug = (gs.features.find((f) => f.properties!.id === 'gs-1939-bug')!.geometry as LineString).coordinates;
const bugNiemirowToKrylow = sliceBetween(bug, [23.1, 52.3], [24.07, 50.68]); // Bug flows north: the slice runs upstream, i.e. southwards
const curzon = [
  [23.85, 53.72], // Neman just north of Grodno; the line north of Grodno (towards Lithuania) is not drawn
  [23.83, 53.55],
  [23.9, 53.25],
  [23.93, 53.0], // Jałówka
  [23.55, 52.68],
  [23.2, 52.42],
  ...bugNiemirowToKrylow, // Niemirów – Brest – Dorohusk – Uściług – Kryłów
  [23.8, 50.45],
  [23.48, 50.24], // west of Rawa Ruska
  [23.2, 50.02],
  [22.95, 49.8], // east of Przemyśl
  [22.86, 49.52],
  [22.76, 49.26],
  [22.72, 49.05], // Carpathian watershed (1920 Czechoslovak border)
];
lines.push(
  line(tidy(curzon), {
    id: 'curzon-line-a',
    kind: 'curzon-line',
    name: 'Curzon line (1919/1920, variant A)',
    short: 'Curzon line',
    // Dated from the Tehran Conference, when it became the basis of the post-war border: drawn on
    // every 1939–41 map it would suggest a border that did not exist then.
    from: '1943-11-28',
    to: null,
    certainty: 'approximate',
    note:
      'Shown from the Tehran Conference (28 Nov – 1 Dec 1943), where the Allies accepted it as the basis of the post-war Polish–Soviet border. ' +
      'The demarcation line proposed by the Allied Supreme Council on 8 Dec 1919 and, extended into Eastern Galicia, in the British note of 11 Jul 1920 (Lord Curzon): Grodno – Jałówka – Niemirów – along the Bug past Brest-Litovsk, Dorohusk and Uściług – east of Hrubieszów – Kryłów – west of Rawa Ruska – east of Przemyśl – the Carpathians. Drawn here is variant A, which leaves Lwów on the eastern (Soviet) side; variant B (not drawn) ran east of Lwów and left the city and the Drohobycz oil basin to Poland. ' +
      'Method: the Bug stretch (Niemirów to Kryłów) follows the project\'s WDB II river centreline; the overland stretches are straight connectors through the named places, hand-placed by this project. Accuracy: river course on the Bug; ±10–20 km overland, where the note itself is only approximate ("west of", "east of"). North of Grodno the line was to follow the still unsettled Polish–Lithuanian border and is not drawn. ' +
      'The German–Soviet boundary of 28 Sep 1939 and the Polish–Soviet border of 1945 follow it in large part, with deviations (Białystok and Przemyśl were left to Poland in 1945).',
    sources: ['curzon_wiki', 'project_lines', 'gshhg_wdb2'],
  }),
);

// --- Mannerheim line: the Finnish main defence position on the Karelian Isthmus. Hand-placed through
// the strongpoints named in the literature, west to east: the Gulf of Finland at Humaljoki – Kolkkala –
// Karhula – Summa – Lähde – Leipäsuo – Muolaa – Äyräpää – Vuosalmi – along the Vuoksi waterway (Kiviniemi,
// Sakkola, Keljä on the north shore of Lake Suvanto) – Taipale on Lake Ladoga.
const mannerheim: Position[] = [
  [28.92, 60.26], // Gulf of Finland near Humaljoki
  [28.95, 60.33], // Kolkkala
  [28.97, 60.42], // Karhula
  [28.97, 60.49], // Summa
  [29.05, 60.52], // Lähde
  [29.2, 60.55], // Leipäsuo
  [29.42, 60.57], // Muolaa
  [29.6, 60.64], // Äyräpää
  [29.72, 60.66], // Vuosalmi
  [29.86, 60.68],
  [30.0, 60.68], // Kiviniemi
  [30.2, 60.69], // Sakkola
  [30.33, 60.66], // Keljä
  [30.5, 60.63], // Taipale, on Lake Ladoga
];
lines.push(
  line(tidy(mannerheim), {
    id: 'mannerheim-line',
    kind: 'fortification-line',
    name: 'Mannerheim line (Finnish main defence line, Karelian Isthmus)',
    short: 'Mannerheim line',
    from: '1939-11-30',
    to: '1940-03-13',
    certainty: 'approximate',
    note:
      'Finnish main defence position, built 1920–24 and 1932–39 and named after Marshal Mannerheim during the Winter War; about 130 km from the Gulf of Finland at Humaljoki through Summa, Muolaa and Äyräpää to the Vuoksi waterway and Taipale on Lake Ladoga. Dated here as the front fortification of the Winter War (30 Nov 1939 – 13 Mar 1940); the Red Army reached it in the first week of December and broke through at Summa–Lähde on 11–13 Feb 1940. ' +
      'Method: hand-placed by this project through the named strongpoints (Humaljoki, Kolkkala, Karhula, Summa, Lähde, Leipäsuo, Muolaa, Äyräpää, Vuosalmi, Kiviniemi, Sakkola, Keljä, Taipale), straight between them. Accuracy: ±5–10 km; the line was a belt of field works and 157 machine-gun and 8 artillery bunkers, not a single trace.',
    sources: ['winterwar_wiki', 'project_lines'],
  }),
);

// --- Moscow Peace border, 12 Mar 1940 (in force 13 Mar 1940), from the research folder.
const peaceSrc = peace.features[0];
lines.push(
  line(tidy(peaceSrc.geometry.coordinates), {
    id: 'moscow-peace-1940',
    kind: 'peace-border',
    name: 'Finnish–Soviet border after the Moscow Peace Treaty of 12 Mar 1940 (Gulf of Finland to 68.08°N)',
    short: 'Moscow Peace border, 1940',
    from: '1940-03-13',
    to: '1941-06-25',
    certainty: 'approximate',
    note:
      `${String(peaceSrc.properties!.method)}. ${String(peaceSrc.properties!.note)} ` +
      'Dated from the treaty coming into force (13 Mar 1940) to the start of the Continuation War (25 Jun 1941). Simplified for zoom 3–7 (tolerance ~200 m); within about 1 km of the source line.',
    sources: ['ww2days_moscowpeace', 'winterwar_wiki', 'natural_earth'],
  }),
);

write('lines.geojson', { type: 'FeatureCollection', name: 'lines', features: lines });

console.log(`geodata/lines.geojson: ${lines.length} lines`);
