/**
 * geodata/thrusts.geojson: the thrust arrows of the invasions and offensives the story tells —
 * 1 Sep 1939 (German Army Groups North and South into Poland), 17 Sep 1939 (the Soviet Belorussian
 * and Ukrainian Fronts), 30 Nov 1939 (the Red Army into Finland), 15–17 Jun 1940 (the Red Army into
 * Lithuania, Latvia and Estonia) and 22 Jun 1941 (Army Groups North, Centre and South).
 * Run: `npx tsx scripts/geodata/thrusts.ts`.
 *
 * Each arrow is schematic: a start on the attacker's side of the border on its date, the towns the
 * campaign histories name on the axis, and the objective reached by `reach` (the tip). The app grows
 * the arrow from its start towards the tip between `from` and `reach` (src/map/thrusts.ts) and shows
 * it until `to` (the campaign's end, or the day the thrust was stopped). The waypoints are smoothed
 * (Chaikin corner cutting, ends kept) and densified, so the arrow grows evenly. Positions of the towns
 * ±5 km; the axis is a direction, not the road a unit took (errors of tens of km).
 */
import type { Feature, LineString, Position } from 'geojson';
import { distance, point } from '@turf/turf';
import { writeGeodata } from './io.ts';

type Kind = 'german-thrust' | 'soviet-thrust';
interface Thrust {
  id: string;
  path: Position[];
  from: string;
  reach: string;
  to: string;
}
interface Offensive {
  kind: Kind;
  name: string;
  note: string;
  sources: string[];
  thrusts: Thrust[];
}

const SCHEMATIC = 'Schematic: the arrow shows the direction of the attack and grows from its start to the day its objective was reached; it is not the road a unit took (errors of tens of km). Where the troops stood on a date: the front line.';

const OFFENSIVES: Offensive[] = [
  {
    kind: 'german-thrust',
    name: 'German attack on Poland: Army Group North',
    note: `1 Sep 1939: the 3rd Army from East Prussia over Mława towards the Narew and Warsaw's east bank (mid-September); the 4th Army from Pomerania across the Polish Corridor to the Vistula (3–4 Sep); from 9 Sep Guderian's XIX Corps from East Prussia over Wizna to Brest-Litovsk (14 Sep). ${SCHEMATIC}`,
    sources: ['zaloga2002', 'kochanski2012'],
    thrusts: [
      { id: 'thrust-1939-3rd-army', path: [[20.45, 53.5], [20.38, 53.11], [21.08, 52.7], [21.15, 52.3]], from: '1939-09-01', reach: '1939-09-16', to: '1939-10-07' },
      { id: 'thrust-1939-4th-army', path: [[17.05, 53.62], [17.75, 53.6], [18.5, 53.45]], from: '1939-09-01', reach: '1939-09-04', to: '1939-10-07' },
      { id: 'thrust-1939-xix-corps', path: [[22.3, 53.85], [22.38, 53.2], [23.19, 52.77], [23.66, 52.12]], from: '1939-09-09', reach: '1939-09-14', to: '1939-10-07' },
    ],
  },
  {
    kind: 'german-thrust',
    name: 'German attack on Poland: Army Group South',
    note: `1 Sep 1939: the 8th Army from Silesia over Sieradz towards Łódź (9 Sep); the 10th Army, the main thrust, over Radomsko and Piotrków to Warsaw (8 Sep); the 14th Army from Upper Silesia to Kraków (6 Sep) and, with the Slovak army, from Slovakia over Sanok towards Lwów (12 Sep). ${SCHEMATIC}`,
    sources: ['zaloga2002', 'kochanski2012'],
    thrusts: [
      { id: 'thrust-1939-8th-army', path: [[18.05, 51.03], [18.73, 51.6], [19.46, 51.76]], from: '1939-09-01', reach: '1939-09-09', to: '1939-10-07' },
      { id: 'thrust-1939-10th-army', path: [[18.4, 50.92], [19.45, 51.07], [19.7, 51.41], [20.0, 51.6], [20.9, 52.18]], from: '1939-09-01', reach: '1939-09-08', to: '1939-10-07' },
      { id: 'thrust-1939-14th-army-krakow', path: [[18.62, 50.3], [19.3, 50.12], [19.9, 50.06]], from: '1939-09-01', reach: '1939-09-06', to: '1939-10-07' },
      { id: 'thrust-1939-14th-army-slovakia', path: [[21.6, 49.1], [22.2, 49.56], [22.77, 49.78], [23.95, 49.84]], from: '1939-09-01', reach: '1939-09-12', to: '1939-10-07' },
    ],
  },
  {
    kind: 'soviet-thrust',
    name: 'Soviet invasion of Poland: Belorussian Front',
    note: `17 Sep 1939: over Mołodeczno to Wilno (18–19 Sep); over Nowogródek to Grodno (fighting 20–22 Sep); over Baranowicze and Słonim to Brest-Litovsk (handed over by the Wehrmacht on 22 Sep). ${SCHEMATIC}`,
    sources: ['krivosheev1997', 'gross1988', 'kochanski2012'],
    thrusts: [
      { id: 'thrust-1939-belorussian-wilno', path: [[27.75, 54.3], [26.85, 54.31], [26.0, 54.5], [25.32, 54.68]], from: '1939-09-17', reach: '1939-09-19', to: '1939-10-07' },
      { id: 'thrust-1939-belorussian-grodno', path: [[27.2, 53.55], [25.83, 53.6], [24.7, 53.65], [23.9, 53.68]], from: '1939-09-17', reach: '1939-09-22', to: '1939-10-07' },
      { id: 'thrust-1939-belorussian-brest', path: [[27.1, 53.0], [26.0, 53.13], [25.32, 53.09], [24.5, 52.6], [23.75, 52.12]], from: '1939-09-17', reach: '1939-09-22', to: '1939-10-07' },
    ],
  },
  {
    kind: 'soviet-thrust',
    name: 'Soviet invasion of Poland: Ukrainian Front',
    note: `17 Sep 1939: over Równe to Łuck; over Tarnopol to Lwów (Soviet tanks at its eastern outskirts on 19 Sep; the city capitulated on 22 Sep); over Czortków to Stanisławów and towards the Romanian border (about 19 Sep). ${SCHEMATIC}`,
    sources: ['krivosheev1997', 'gross1988', 'kochanski2012'],
    thrusts: [
      { id: 'thrust-1939-ukrainian-luck', path: [[27.55, 50.75], [26.25, 50.62], [25.33, 50.75]], from: '1939-09-17', reach: '1939-09-19', to: '1939-10-07' },
      { id: 'thrust-1939-ukrainian-lwow', path: [[26.5, 49.55], [25.6, 49.55], [24.9, 49.8], [24.1, 49.84]], from: '1939-09-17', reach: '1939-09-19', to: '1939-10-07' },
      { id: 'thrust-1939-ukrainian-stanislawow', path: [[26.75, 48.85], [25.8, 49.0], [24.71, 48.92]], from: '1939-09-17', reach: '1939-09-19', to: '1939-10-07' },
    ],
  },
  {
    kind: 'soviet-thrust',
    name: 'Soviet attack on Finland: the Karelian Isthmus',
    note: `30 Nov 1939: the 7th Army across the Isthmus towards Viipuri, held at the Mannerheim line at Summa and Taipale (reached in the first week of December; the first assaults were beaten off until about 23 Dec). ${SCHEMATIC}`,
    sources: ['trotter1991', 'vandyke1997', 'vehvilainen2002'],
    thrusts: [
      { id: 'thrust-1939-isthmus-summa', path: [[30.15, 60.2], [29.8, 60.42], [29.05, 60.58]], from: '1939-11-30', reach: '1939-12-06', to: '1939-12-24' },
      { id: 'thrust-1939-isthmus-taipale', path: [[30.7, 60.33], [30.55, 60.48], [30.45, 60.6]], from: '1939-11-30', reach: '1939-12-06', to: '1939-12-24' },
    ],
  },
  {
    kind: 'soviet-thrust',
    name: 'Soviet attack on Finland: north of Lake Ladoga',
    note: `30 Nov 1939: the 14th Army to Petsamo and Salmijärvi; the 9th Army towards Salla and Pelkosenniemi (stopped 17 Dec) and over Juntusranta to Suomussalmi (7 Dec; destroyed there and on the Raate road by 8 Jan 1940); the 8th Army towards Tolvajärvi (stopped 12 Dec) and along Lake Ladoga over Salmi and Pitkäranta to Kitelä. ${SCHEMATIC}`,
    sources: ['trotter1991', 'vandyke1997', 'vehvilainen2002'],
    thrusts: [
      { id: 'thrust-1939-petsamo', path: [[32.1, 69.42], [31.25, 69.5], [30.1, 69.3]], from: '1939-11-30', reach: '1939-12-15', to: '1940-03-14' },
      { id: 'thrust-1939-salla', path: [[30.2, 66.8], [28.67, 66.83], [27.6, 67.08]], from: '1939-11-30', reach: '1939-12-17', to: '1939-12-18' },
      { id: 'thrust-1939-suomussalmi', path: [[30.4, 65.35], [29.45, 65.2], [28.93, 64.89]], from: '1939-11-30', reach: '1939-12-07', to: '1940-01-09' },
      { id: 'thrust-1939-tolvajarvi', path: [[32.95, 62.3], [32.05, 62.28], [31.65, 62.28]], from: '1939-11-30', reach: '1939-12-08', to: '1939-12-13' },
      { id: 'thrust-1939-ladoga-shore', path: [[32.75, 61.45], [31.87, 61.37], [31.47, 61.57], [31.32, 61.65]], from: '1939-11-30', reach: '1939-12-15', to: '1939-12-24' },
    ],
  },
  {
    kind: 'soviet-thrust',
    name: 'Soviet occupation of the Baltic states: the Red Army marches in',
    note: `15 Jun 1940: into Lithuania, to Vilnius and Kaunas the same day; 17 Jun 1940: into Latvia towards Riga and into Estonia towards Tallinn, reaching the coast within a day or two. ${SCHEMATIC}`,
    sources: ['misiunas1993'],
    thrusts: [
      { id: 'thrust-1940-lithuania', path: [[26.75, 54.5], [25.3, 54.68], [23.95, 54.9]], from: '1940-06-15', reach: '1940-06-15', to: '1940-06-22' },
      { id: 'thrust-1940-latvia', path: [[28.45, 56.6], [27.33, 56.5], [25.9, 56.7], [24.15, 56.95]], from: '1940-06-17', reach: '1940-06-18', to: '1940-06-22' },
      { id: 'thrust-1940-estonia', path: [[28.8, 59.3], [28.2, 59.38], [26.35, 59.35], [24.8, 59.42]], from: '1940-06-17', reach: '1940-06-18', to: '1940-06-22' },
    ],
  },
  {
    kind: 'german-thrust',
    name: 'German attack on the Soviet Union: Army Groups North, Centre and South',
    note: `22 Jun 1941: Army Group North from East Prussia across Lithuania to Daugavpils (26 Jun); Army Group Centre with two panzer groups, from the Suwałki area over Vilnius and from Brest-Litovsk over Baranavichy, closing on Minsk (28 Jun); Army Group South from the Bug towards Lutsk and Dubno (tank battles of 23–30 Jun) and from the San to Lviv (30 Jun). ${SCHEMATIC}`,
    sources: ['glantz2001', 'glantz_house1995'],
    thrusts: [
      { id: 'thrust-1941-north', path: [[21.95, 55.05], [23.1, 55.37], [24.75, 55.25], [26.5, 55.87]], from: '1941-06-22', reach: '1941-06-26', to: '1941-07-01' },
      { id: 'thrust-1941-centre-north', path: [[22.95, 54.1], [24.05, 54.4], [25.28, 54.68], [27.5, 53.95]], from: '1941-06-22', reach: '1941-06-28', to: '1941-07-01' },
      { id: 'thrust-1941-centre-south', path: [[23.4, 52.05], [24.5, 52.55], [26.0, 53.13], [27.5, 53.85]], from: '1941-06-22', reach: '1941-06-28', to: '1941-07-01' },
      { id: 'thrust-1941-south-lutsk', path: [[23.7, 50.7], [24.6, 50.75], [25.33, 50.75], [25.74, 50.42]], from: '1941-06-22', reach: '1941-06-30', to: '1941-07-01' },
      { id: 'thrust-1941-south-lviv', path: [[22.65, 49.85], [23.3, 49.85], [24.0, 49.84]], from: '1941-06-22', reach: '1941-06-30', to: '1941-07-01' },
    ],
  },
];

/** Chaikin corner cutting, twice: a smooth curve through the neighbourhood of the waypoints, ends kept. */
function smooth(path: Position[], rounds = 2): Position[] {
  let p = path;
  for (let r = 0; r < rounds; r++) {
    const out: Position[] = [p[0]];
    for (let i = 0; i < p.length - 1; i++) {
      const [a, b] = [p[i], p[i + 1]];
      if (i > 0) out.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      if (i < p.length - 2) out.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    out.push(p[p.length - 1]);
    p = out;
  }
  return p;
}
/** Vertices at most `stepKm` apart (linear between the smoothed vertices), rounded to 0.001°. */
function densify(path: Position[], stepKm = 8): Position[] {
  const out: Position[] = [path[0]];
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1], path[i]];
    const n = Math.max(1, Math.ceil(distance(point(a), point(b)) / stepKm));
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out.map((c) => [Math.round(c[0] * 1e3) / 1e3, Math.round(c[1] * 1e3) / 1e3]);
}

export function thrusts(): Feature<LineString>[] {
  return OFFENSIVES.flatMap((o) =>
    o.thrusts.map((t) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: densify(smooth(t.path)) },
      properties: { id: t.id, kind: o.kind, name: o.name, from: t.from, reach: t.reach, to: t.to, sources: o.sources, note: o.note },
    })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const features = thrusts();
  writeGeodata('thrusts.geojson', { type: 'FeatureCollection', name: 'thrusts', features });
  console.log(`geodata/thrusts.geojson: ${features.length} thrust arrows in ${OFFENSIVES.length} offensives`);
}
