/**
 * Line layers generated from the sources used here (../shared/facts): the execution transports of 1940,
 * the deportations of 1940–41 and 1949, the naval routes (Bremen, City of Flint, Komet) and the
 * planned trade flows of the Commercial Agreement of 11 Feb 1940. Called by scripts/import-shared.ts.
 *
 * Every line here is a reconstruction: the order of the places is documented or typical, the line
 * between them is schematic (the build draws great circles between the vertices), not a surveyed
 * railway or track. Vertices are fact-sheet places (`waypoints` keep their fact-sheet ids, kebab-case)
 * or, at sea and for trade origins, raw positions listed in the feature's note.
 */
import { distance } from '@turf/turf';
import { kebab, place, readShared, srcKeys } from './io.ts';
import { dayAfter, fig, monthAfter, type Fig, type WaveRef } from './points.ts';
import { nearestSea, seaTrack } from './sea.ts';

type Vertex = string | [number, number];
type SharedRoute = {
  id: string; title: string; waypoints: (string | number[])[]; dates: string; figures: Record<string, number | string>;
  notes: string; sources: { key: string }[]; confidence: string; coordinates_lonlat: [number, number][];
};
const sharedRoutes = new Map((readShared('facts/routes.json') as SharedRoute[]).map((r) => [r.id, r]));
const sharedRoute = (id: string) => {
  const r = sharedRoutes.get(id);
  if (!r) throw new Error(`no route ${id} in shared/facts/routes.json`);
  return r;
};
/** The waypoints of a routes.json route: place ids as they are, raw [lat, lon] vertices as [lon, lat]. */
const sharedVertices = (id: string): Vertex[] =>
  sharedRoute(id).waypoints.map((w) => (typeof w === 'string' ? w : [w[1], w[0]] as [number, number]));

const coord = (v: Vertex): [number, number] => {
  if (typeof v !== 'string') return v;
  const p = place(v);
  return [p.lon, p.lat];
};
const line = (vs: Vertex[]) => ({ type: 'LineString' as const, coordinates: vs.map(coord) });
const ids = (vs: Vertex[]) => vs.filter((v): v is string => typeof v === 'string').map(kebab);

/** `1940-04` → from/to of a month-precise start; `1940-04-13` → the day. */
function start(s: string) {
  return s.length === 7 ? { from: `${s}-01`, from_precision: 'month' } : { from: s };
}
/** End of a period given as its last day or month → exclusive `to`. */
function end(s: string) {
  return s.length === 7 ? { to: monthAfter(s), to_precision: 'month' } : { to: dayAfter(s) };
}
const period = (dates: string) => {
  const [a, b] = dates.split('/');
  return { ...start(a), ...end(b) };
};
const fc = (name: string, features: unknown[]) => ({ type: 'FeatureCollection', name, features });
const feature = (geometry: ReturnType<typeof line>, properties: Record<string, unknown>) => ({ type: 'Feature', geometry, properties });

// ---------------------------------------------------------------- execution transports of 1940 (routes layer)
/** Where each transport's dead are counted (the execution site owns the Shelepin figure). */
const SHOT_AT: Record<string, string> = {
  katyn_kozelsk_route: 'The prisoners shot are counted at the Katyn forest.',
  kharkiv_starobilsk_route: 'The prisoners shot are counted at the NKVD building in Kharkiv.',
  kalinin_ostashkov_route: 'The prisoners shot are counted at the NKVD building in Kalinin.',
};
export function executionRoutes() {
  const katyn = ['katyn_kozelsk_route', 'kharkiv_starobilsk_route', 'kalinin_ostashkov_route'].map((rid) => {
    const r = sharedRoute(rid);
    return feature(line(sharedVertices(rid)), {
      id: kebab(r.id.replace(/_route$/, '')) + '-transports',
      kind: 'execution-transport',
      name: r.title.replace(/->/g, '→'),
      waypoints: ids(sharedVertices(rid)),
      ...period(r.dates),
      certainty: 'reconstruction',
      // The prisoners shot are counted once, at the execution site that owns the figure (sites.geojson).
      note: `${r.notes} Route order documented; the line is schematic, not the surveyed railway. ${SHOT_AT[rid]}`,
      sources: [...new Set([...srcKeys(r), 'shelepin'])],
    });
  });
  const minsk = sharedRoute('prisons_minsk_route');
  const kyiv = sharedRoute('prisons_kyiv_route');
  const prisons = [
    feature(line(sharedVertices(minsk.id)), {
      id: 'prisons-minsk-transports', kind: 'execution-transport',
      name: 'Prisons in Western Belarus → Minsk → Kurapaty (presumed)',
      waypoints: ids(sharedVertices(minsk.id)),
      ...period(minsk.dates),
      certainty: 'reconstruction',
      note: 'Prisoners from the NKVD prisons of Brest, Pinsk, Baranowicze, Grodno, Białystok and others were taken to Minsk and shot in spring 1940 (exact dates not established). Burial at Kurapaty is presumed, not proven; the Belarusian Katyn List has not been released. The line from Brest via Baranowicze stands for all these prisons and is schematic. The number presumed shot in Minsk is given at Kurapaty.',
      figures: {
        transported: fig(1996, 'Prisoners transported to the Minsk NKVD in spring 1940', ['rgva_convoy1940', 'udf_bel_list']),
      },
      sources: [...new Set(['rgva_convoy1940', ...srcKeys(minsk), 'shelepin'])],
    }),
    feature(line(sharedVertices(kyiv.id)), {
      id: 'prisons-kyiv-transports', kind: 'execution-transport',
      name: 'Prisons in Western Ukraine → Kyiv → Bykivnia',
      waypoints: ids(sharedVertices(kyiv.id)),
      ...period(kyiv.dates),
      certainty: 'reconstruction',
      note: 'Prisoners from the NKVD prisons of Lwów, Tarnopol, Równe and others were shot in Kyiv (buried at Bykivnia), Kharkiv and Kherson in spring 1940 (exact dates not established). The line from Lwów via Tarnopol stands for these prisons and is schematic. The names of the Ukrainian Katyn List are counted at Bykivnia.',
      figures: {
        shot_all_prisons: fig(7305, 'Prisoners from the prisons of Western Ukraine and Western Belarus shot in all (Shelepin note, 1959)', ['shelepin']),
      },
      sources: [...new Set([...srcKeys(kyiv), 'shelepin'])],
    }),
  ];
  return fc('routes', [...katyn, ...prisons]);
}

// ---------------------------------------------------------------- deportations
type Wave = WaveRef & {
  period: string;
  who: string;
  note: string;
  /** The wave's own figures (its count, its transports, the totals it closes) … */
  figures: Record<string, Fig>;
  /** … shown on this one route of the wave, so that no figure is counted twice; the wave's other
   *  routes point to it (tests/data/figures-once.test.ts). */
  owner?: string;
};
type DepRoute = { id: string; wave: string; name: string; vertices: Vertex[]; from_fact?: string; figures?: Record<string, Fig>; sources?: string[]; note?: string };

const polishTotal = fig('about 315,000–340,000', 'Polish citizens deported in the four waves of 1940–41 (NKVD records; Beria reported 316,784 in exile in Aug 1941)', ['zapalec', 'gurjanow1994', 'hryciuk2008', 'pap_deport', 'kresysib_1941'],
  '"an estimated 1,500,000 Poles were deported, and within two years 270,000 were dead" (a figure of wartime Polish estimates, superseded by the NKVD records)');
const serov = 'The procedure followed the undated "Serov Instructions" (written Feb–Jun 1941). Popular accounts call it "Order No. 001223" of 11 Oct 1939, an NKVD order on the registration of "anti-Soviet elements".';

export const WAVES: Wave[] = [
  {
    id: 'poland-1940-02', label: 'deportation of 10 Feb 1940 from eastern Poland', from: '1940-02-10', period: '1940-02-10/1940-03',
    who: 'Military settlers (osadnicy), foresters and local officials, with their families.',
    sources: ['gurjanow1994', 'hryciuk2008', 'kresysib_feb1940', 'tysol_apr1940', 'pzevo_krsk', 'komi_ciesielski'],
    destinations: ['arkhangelsk', 'syktyvkar_komi', 'vologda', 'sverdlovsk', 'molotov_perm', 'krasnoyarsk', 'novosibirsk', 'omsk', 'irkutsk'],
    note: 'To special settlements in northern European Russia, the Urals and Siberia.',
    figures: {
      deported: fig('about 140,000', 'Deported in the wave', ['gurjanow1994', 'hryciuk2008', 'glowacki1998', 'kresysib_feb1940', 'tysol_apr1940']),
      delivered: fig(138616, 'Delivered to the places of exile (at least)', ['gurjanow1994', 'hryciuk2008', 'kresysib_feb1940']),
      in_settlements: fig(139590, 'Registered in 115 special settlements', ['gurjanow1994', 'hryciuk2008', 'kresysib_feb1940']),
    },
    owner: 'deportation-1940-02-siberia',
  },
  {
    id: 'poland-1940-04', label: 'deportation of 13 Apr 1940 from eastern Poland', from: '1940-04-13', period: '1940-04-13/1940-04-30',
    who: 'Families of prisoners of war, police, officials and prisoners: mostly women, children and the elderly.',
    sources: ['gurjanow1994', 'hryciuk2008', 'kresysib_apr1940', 'tysol_apr1940', 'pap_deport'],
    destinations: ['aktobe', 'kostanay', 'petropavl', 'akmolinsk', 'pavlodar', 'semey', 'karaganda', 'chelyabinsk'],
    note: 'To collective farms in northern Kazakhstan (Aktyubinsk, Kustanai, North Kazakhstan, Akmolinsk, Pavlodar and Semipalatinsk oblasts); some to Chelyabinsk oblast.',
    figures: {
      deported: fig('60,667–61,092', 'Deported in the wave', ['gurjanow1994', 'hryciuk2008', 'glowacki1998', 'kresysib_apr1940']),
      transports: fig(51, 'Transports', ['gurjanow1994', 'kresysib_apr1940']),
    },
    owner: 'deportation-1940-04-kazakhstan',
  },
  {
    id: 'poland-1940-06', label: 'deportation from 29 Jun 1940 from eastern Poland', from: '1940-06-29', period: '1940-06-29/1940-07',
    who: 'Refugees from the German zone, 84.6% of them Jews.',
    sources: ['gurjanow1994', 'hryciuk2008', 'kresysib_jun1940', 'kresysib_jun1940_dest'],
    destinations: ['arkhangelsk', 'kotlas', 'syktyvkar_komi', 'barnaul_altai', 'krasnoyarsk'],
    note: 'To Arkhangelsk oblast and the Komi, Mari and Yakut ASSRs, Altai and Krasnoyarsk krais and others; transports into July 1940.',
    figures: {
      deported: fig('76,246–80,653', 'Deported in the wave', ['gurjanow1994', 'hryciuk2008', 'glowacki1998', 'kresysib_jun1940']),
      jews_share: fig('84.6%', 'Share of Jews among the deportees', ['gurjanow1994', 'hryciuk2008', 'kresysib_jun1940']),
    },
  },
  {
    id: 'poland-1941-05', label: 'deportation of 22 May–20 Jun 1941 from Western Ukraine and Western Belarus', from: '1941-05-22', period: '1941-05-22/1941-06-20',
    who: 'Families of "anti-Soviet elements".',
    sources: ['gurjanow1994', 'hryciuk2008', 'kresysib_1941', 'june_dep_wiki'],
    destinations: ['novosibirsk', 'omsk', 'krasnoyarsk', 'sverdlovsk'],
    note: 'Part of the wider June deportation from the annexed western territories; destinations Novosibirsk, Omsk, South Kazakhstan (not drawn), Krasnoyarsk and Sverdlovsk. Shown for the dates of the operation; arrival dates are not in the sources used here.',
    figures: {
      deported: fig('at least 36,000', 'Delivered to the places of exile', ['gurjanow1994', 'hryciuk2008', 'glowacki1998', 'kresysib_1941']),
      in_exile_aug_1941: fig(316784, 'Polish citizens in exile in Aug 1941, all waves (Beria)', ['gurjanow1994', 'hryciuk2008', 'kresysib_1941']),
      // The total of the four waves, once: on the route of the last wave (step four-waves).
      polish_total: polishTotal,
    },
    owner: 'deportation-1941-05-western-ukraine',
  },
  {
    id: 'baltic-1941-06', label: 'deportation of 14 Jun 1941 from the Baltic states', from: '1941-06-14', period: '1941-06-14/1941-07',
    who: 'Heads of families were separated and sent to NKVD camps (Vyatlag, Kraslag, Sevurallag, Usollag, Vorkutlag); families went to special settlements.',
    sources: ['june_dep_wiki', 'serov_wiki'],
    destinations: ['kirov', 'novosibirsk', 'krasnoyarsk', 'kansk_reshoty', 'tomsk', 'barnaul_altai', 'biysk', 'syktyvkar_komi'],
    note: `Arrests began in the night of 13/14 June 1941; the operations ran to about 17–18 June and the trains travelled into July. ${serov}`,
    figures: {},
  },
  {
    id: 'baltic-1949-03', label: 'Operation Priboi, 25–28 Mar 1949', from: '1949-03-25', period: '1949-03-25/1949-04',
    who: '"Kulaks", "bandits" and the families of nationalists, deported for life; more than 70% of them women and children under 16.',
    sources: ['kruglov1949', 'priboi_wiki', 'rahitamm_arrival', 'rahitamm_journey'],
    destinations: ['irkutsk', 'omsk', 'tomsk', 'krasnoyarsk', 'novosibirsk', 'kansk_reshoty'],
    note: 'Under USSR Council of Ministers decree 390-138ss of 29 Jan 1949 (plan: 87,000 people). The deportees of the whole operation are counted at their destinations (Kruglov report); 5,451 went to Amur oblast, which is not drawn.',
    figures: {
      operation_total: fig(94779, 'Deported from the three republics in all, in 30,360 families (Kruglov report, 18 May 1949)', ['kruglov1949']),
      deaths: fig(4123, 'Deaths reported', ['priboi_wiki']),
    },
    owner: 'deportation-1949-estonia',
  },
];

const DEPORTATIONS: DepRoute[] = [
  { id: 'deportation-1940-02-komi', wave: 'poland-1940-02', name: 'Deportation of 10 Feb 1940: Lwów → Kotlas → Komi ASSR', vertices: sharedVertices('dep_feb1940_north'), from_fact: 'dep_feb1940_north' },
  {
    id: 'deportation-1940-02-arkhangelsk', wave: 'poland-1940-02', name: 'Deportation of 10 Feb 1940: Lwów → Vologda → Arkhangelsk',
    vertices: [...sharedVertices('dep_feb1940_north').slice(0, 6), 'arkhangelsk'], from_fact: 'dep_feb1940_north',
    note: 'The branch Vologda → Arkhangelsk named in the sources used here.',
  },
  { id: 'deportation-1940-02-siberia', wave: 'poland-1940-02', name: 'Deportation of 10 Feb 1940: Baranowicze → Sverdlovsk → Krasnoyarsk', vertices: sharedVertices('dep_feb1940_siberia'), from_fact: 'dep_feb1940_siberia' },
  { id: 'deportation-1940-04-kazakhstan', wave: 'poland-1940-04', name: 'Deportation of 13 Apr 1940: Lwów → Kuybyshev → Petropavlovsk → Karaganda', vertices: sharedVertices('dep_apr1940_kazakhstan'), from_fact: 'dep_apr1940_kazakhstan' },
  {
    id: 'deportation-1940-04-aktyubinsk', wave: 'poland-1940-04', name: 'Deportation of 13 Apr 1940: Lwów → Kuybyshev → Chkalov → Aktyubinsk',
    vertices: [...sharedVertices('dep_apr1940_kazakhstan').slice(0, 5), 'chkalov', 'aktobe'], from_fact: 'dep_apr1940_kazakhstan',
    note: 'The southern line Kuybyshev → Chkalov → Aktyubinsk for western Kazakhstan named in the sources used here.',
  },
  { id: 'deportation-1940-06-komi', wave: 'poland-1940-06', name: 'Deportation from 29 Jun 1940: Brest-Litovsk → Vologda → Komi ASSR', vertices: sharedVertices('dep_jun1940_north'), from_fact: 'dep_jun1940_north' },
  {
    id: 'deportation-1941-05-western-belarus', wave: 'poland-1941-05', name: 'Deportation of May–June 1941: Western Belarus → Sverdlovsk → Novosibirsk',
    vertices: ['brest', 'minsk', 'orsha', 'moscow_junction', 'kirov', 'molotov_perm', 'sverdlovsk', 'tyumen', 'omsk', 'novosibirsk'],
    note: 'Drawn by this project along the junctions of the sources\' other routes; no routing for this wave is in the sources used here.',
  },
  {
    id: 'deportation-1941-05-western-ukraine', wave: 'poland-1941-05', name: 'Deportation of May–June 1941: Western Ukraine → Kuybyshev → Omsk',
    vertices: ['lwow', 'shepetivka', 'kyiv', 'moscow_junction', 'kuybyshev', 'chelyabinsk', 'kurgan', 'petropavl', 'omsk'],
    note: 'Drawn by this project along the junctions of the sources\' other routes; no routing for this wave is in the sources used here.',
  },
  {
    id: 'deportation-1941-06-estonia', wave: 'baltic-1941-06', name: 'Deportation of 14 Jun 1941 from Estonia: Tallinn → Leningrad → Kirov → Novosibirsk',
    vertices: sharedVertices('dep_jun1941_estonia'), from_fact: 'dep_jun1941_estonia',
    sources: ['estonica_june', 'eic2006', 'heinar'],
    note: 'Families mainly to Kirov and Novosibirsk oblasts (weak source for the destinations); some trains may have left via Tartu or Valga and Pskov.',
    figures: {
      deported: fig('about 10,000', 'Deported from Estonia', ['estonica_june', 'eic2006']),
      plan: fig(14471, 'Planned', ['estonica_june', 'eic2006']),
    },
  },
  {
    id: 'deportation-1941-06-latvia', wave: 'baltic-1941-06', name: 'Deportation of 14 Jun 1941 from Latvia: Riga → Velikiye Luki → Krasnoyarsk → Kansk',
    vertices: sharedVertices('dep_jun1941_latvia'), from_fact: 'dep_jun1941_latvia',
    sources: ['lsm_latvia', 'these_names', 'lva1941', 'memorial_krsk_lv'],
    note: 'Trains left from Šķirotava (Riga) and other stations; families to Krasnoyarsk krai (Achinsk, Nizhneingash) and Novosibirsk/Tomsk; men to camps (Vyatlag near Kirov, Usollag near Molotov, Sevurallag, Kraslag near Kansk).',
    figures: {
      deported: fig('about 15,400', 'Deported from Latvia', ['aizvestie2001', 'these_names', 'lsm_latvia']),
      latvian_mfa: fig(15433, 'Deported from Latvia (Latvian Ministry of Foreign Affairs)', ['aizvestie2001', 'lsm_latvia']),
      plan: fig(16200, 'Planned', ['these_names']),
    },
  },
  {
    id: 'deportation-1941-06-lithuania', wave: 'baltic-1941-06', name: 'Deportation of 14 Jun 1941 from Lithuania: Kaunas → Naujoji Vilnia → Altai',
    vertices: sharedVertices('dep_jun1941_lithuania'), from_fact: 'dep_jun1941_lithuania',
    sources: ['komisija_lt', 'lt_16246', 'ru_wiki_ltdep'],
    note: 'Naujoji Vilnia was the last large stop in Lithuania. Families mostly to Altai krai, also Komi, Novosibirsk and Kazakhstan; men to Kraslag and Vorkutlag.',
    figures: {
      deported: fig('about 16,200–17,500', 'Deported from Lithuania, 14–18 Jun 1941', ['komisija_lt', 'lt_16246'],
        '"30,455 members of the Lithuanian intelligentsia" were deported in the night of 14–15 June 1941 (older totals mixed deportees with people arrested)'),
    },
  },
  {
    id: 'deportation-1949-estonia', wave: 'baltic-1949-03', name: 'Operation Priboi, March 1949, from Estonia: Tallinn → Leningrad → Omsk → Irkutsk',
    vertices: ['tallinn', 'narva', 'leningrad', 'vologda', 'kirov', 'molotov_perm', 'sverdlovsk', 'omsk', 'novosibirsk', 'krasnoyarsk', 'irkutsk'],
    sources: ['err_1949', 'rahitamm_arrival', 'rahitamm_journey'],
    note: '19 trains from Estonia to the Omsk, Novosibirsk and Irkutsk oblasts and Krasnoyarsk krai. Drawn by this project along the sources\' junctions (as the Estonian route of 1941, continued to Irkutsk).',
    figures: {
      deported: fig(20173, 'Deported from Estonia (MVD, Kruglov report)', ['kruglov1949'],
        '"On March 24-27, 1949, 70,000 more persons were deported" from Estonia (the operation ran 25–28 March; the plan for all three republics was 87,000, for Estonia 22,500)'),
      estonian_research: fig('about 20,700 (ERR: over 20,000)', 'Deported from Estonia (Estonian research)', ['eic2009', 'err_1949']),
      plan: fig(22500, 'Planned from Estonia (decree 390-138ss)', ['rahitamm_journey']),
      trains: fig(19, 'Trains from Estonia', ['rahitamm_arrival']),
    },
  },
  {
    id: 'deportation-1949-latvia', wave: 'baltic-1949-03', name: 'Operation Priboi, March 1949, from Latvia: Riga → Velikiye Luki → Krasnoyarsk → Kansk (Reshoty)',
    vertices: sharedVertices('dep_1949_priboi').filter((v) => v !== 'tomsk' && v !== 'irkutsk'), from_fact: 'dep_1949_priboi',
    sources: ['lsm_latvia', 'memorial_krsk_lv'],
    note: 'One Latvian train of 1949 was unloaded at Reshoty (Nizhnyaya Poyma), east of Kansk; the Tomsk branch and the line on to Irkutsk of the sources\' route are left out.',
    figures: {
      deported: fig(42149, 'Deported from Latvia (Kruglov report)', ['kruglov1949']),
    },
  },
  {
    id: 'deportation-1949-lithuania', wave: 'baltic-1949-03', name: 'Operation Priboi, March 1949, from Lithuania: Kaunas → Naujoji Vilnia → Irkutsk',
    vertices: ['kaunas', 'naujoji_vilnia', 'polotsk', 'velikiye_luki', 'rzhev', 'moscow_junction', 'kirov', 'molotov_perm', 'sverdlovsk', 'tyumen', 'omsk', 'novosibirsk', 'krasnoyarsk', 'irkutsk'],
    sources: ['lt_dep_wiki'],
    note: 'Irkutsk oblast was the main destination of Lithuanians in 1948–51. Drawn by this project along the sources\' junctions (as the Lithuanian route of 1941, continued to Irkutsk).',
    figures: {
      deported: fig(31917, 'Deported from Lithuania (Kruglov report)', ['kruglov1949'], '60,000 people deported from Lithuania in March 1949'),
    },
  },
];

export function deportations() {
  const waves = new Map(WAVES.map((w) => [w.id, w]));
  const features = DEPORTATIONS.map((r) => {
    const w = waves.get(r.wave)!;
    const last = r.vertices[r.vertices.length - 1];
    if (typeof last !== 'string' || !w.destinations.includes(last)) throw new Error(`${r.id} must end at a destination of wave ${w.id}`);
    const shared = r.from_fact ? sharedRoute(r.from_fact) : undefined;
    const method = r.from_fact
      ? `Typical route from the sources used here.`
      : 'Typical route drawn by this project.';
    // The wave's figures go on one route only (its owner, or its only route); the others point to it.
    const ownsWave = !w.owner || w.owner === r.id;
    const owner = DEPORTATIONS.find((d) => d.id === w.owner);
    if (w.owner && !owner) throw new Error(`wave ${w.id}: owner ${w.owner} is not a route`);
    const pointer = ownsWave || !Object.keys(w.figures).length ? '' : `The figures of the whole wave are given on its route ${owner!.name.replace(/^[^:]*: /, '')}.`;
    const figures = { ...(r.figures ?? {}), ...(ownsWave ? w.figures : {}) };
    return feature(line(r.vertices), {
      id: r.id, kind: 'deportation-route', name: r.name,
      wave: w.id, destination: kebab(last), destinations: w.destinations.map(kebab),
      waypoints: ids(r.vertices),
      ...period(w.period),
      certainty: 'reconstruction',
      note: [w.who, w.note, r.note, method,
        'The order of the junctions is typical for the wave; the line is schematic (great circles between junctions), not the surveyed railway, and individual trains took other routings (errors of tens to hundreds of km).', pointer].filter(Boolean).join(' '),
      ...(Object.keys(figures).length ? { figures } : {}),
      sources: [...new Set([...w.sources, ...(r.sources ?? []), ...(shared ? srcKeys(shared) : []), ...Object.values(figures).flatMap((f) => f.sources)])],
    });
  });
  return fc('deportations', features);
}

// ---------------------------------------------------------------- naval help: Bremen, City of Flint, Komet
const pathKm = (vs: [number, number][]) => vs.slice(1).reduce((s, v, i) => s + distance(vs[i], v), 0);

// Sea tracks (scripts/geodata/sea.ts): the legs between the listed vertices go at sea around Natural
// Earth 1:10m land. Fjords and straits narrower than the router's grid are traced once, on a fine grid,
// between their mouths, and stand in for the place on the line.
type P = [number, number];
const FINE = { cellKm: 0.25, erode: 0, clearKm: 0, marginDeg: 0.3, ports: [] };
let channels: Record<string, P[]> | null = null;
function channel(id: string): P[] | undefined {
  channels ??= {
    // From Murmansk down the Kola Bay to its mouth (69.5° N, 33.75° E).
    murmansk: seaTrack([coord('murmansk'), [33.75, 69.5]], FINE) as P[],
    // Through the strait from the Barents Sea (73.31° N, 54.2° E) to the Kara Sea (73.24° N, 56.7° E).
    matochkin_shar: seaTrack([[54.2, 73.31], [56.7, 73.24]], FINE) as P[],
    // From Tromsø north through the sounds to the open sea (70.3° N, 19.5° E).
    tromso: seaTrack([[18.96, 69.65], [19.5, 70.3]], FINE) as P[],
    // Bremerhaven up the Weser estuary to the German Bight (54.0° N, 7.9° E).
    bremerhaven: seaTrack([[8.58, 53.54], [7.9, 54.0]], FINE) as P[],
  };
  return channels[id];
}

/** Ports reached up a fjord or river (traced from the port to the mouth): a route in the middle goes in and out. */
const PORTS = new Set(['murmansk', 'tromso', 'bremerhaven']);
const EXTRA: Record<string, P> = { tromso: [18.96, 69.65], bremerhaven: [8.58, 53.54] };

/**
 * The drawn coordinates of a sea route: channels in place of their places (a port's reversed when
 * the route arrives by it), named sea waypoints that fall on the land of the 1:10m coast moved to the
 * nearest sea, then sea tracks between the vertices. `unwrap` shifts western longitudes by 360° so a
 * route across the 180th meridian is tracked as one line.
 */
function seaCoords(vs: (Vertex | 'tromso' | 'bremerhaven')[], unwrap = false): P[] {
  const pts: P[] = [];
  const fixed = new Set<number>();
  /** Push a channel, its legs kept as traced; `joined`: its first point is the last one pushed. */
  const add = (ch: P[], joined = false) => {
    const base = pts.length - (joined ? 1 : 0);
    for (let k = 0; k < ch.length - 1; k++) fixed.add(base + k);
    pts.push(...(joined ? ch.slice(1) : ch));
  };
  vs.forEach((v, i) => {
    const c = typeof v === 'string' && EXTRA[v] ? EXTRA[v] : coord(v as Vertex);
    const ch = typeof v === 'string' ? channel(v) : undefined;
    const first = i === 0;
    const last = i === vs.length - 1;
    if (!ch) return void pts.push(first || last || typeof v !== 'string' ? c : (nearestSea(c) as P));
    if (PORTS.has(v as string)) {
      if (!first) add([...ch].reverse());
      if (!last) add(ch, !first);
      return;
    }
    // A strait on the way is passed from the side the route comes from.
    const prev = pts[pts.length - 1];
    add(distance(ch[0], prev) <= distance(ch[ch.length - 1], prev) ? ch : [...ch].reverse());
  });
  const shifted = unwrap ? pts.map(([x, y]) => [x < 0 ? x + 360 : x, y] as P) : pts;
  const ports = [shifted[0], shifted[shifted.length - 1]];
  return seaTrack(shifted, { ports, fixed }).map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4] as P);
}
/**
 * Bremen, New York → Murmansk: the sources' vertices, with sea points added by this project off
 * New York (the Narrows, Lower Bay, Ambrose Channel), south of Nantucket and south-east of Cape Race, so the line does not
 * cross Long Island, Nova Scotia and Newfoundland, and through the Denmark Strait: the sources used here
 * puts her north of Iceland, and her cook's account (Time, 23 Oct 1939) has her warned off the
 * Iceland–Britain gap and sailing "between Iceland and Spitsbergen".
 */
function bremenOut(): Vertex[] {
  const [ny, atlantic, northIceland, northCape, murmansk] = sharedVertices('bremen_route');
  if (murmansk !== 'murmansk') throw new Error('bremen_route: expected 5 vertices ending at Murmansk');
  return [ny, [-74.04, 40.6], [-73.95, 40.48], [-73.8, 40.45], [-69.5, 40.3], [-50.5, 45.3], atlantic, [-30, 63.5], [-26, 66.6], [-19, 67.3], northIceland, northCape, murmansk];
}
const seaLine = (vs: Parameters<typeof seaCoords>[0]) => ({ type: 'LineString' as const, coordinates: seaCoords(vs) });

/** Komet passed the Bering Strait about 5 Sep 1940 (fact sheet komet_nsr; early September is certain). */
const BERING = '1940-09-05';
const BERING_EXIT = dayAfter(BERING);
// How the sea tracks are drawn, the points added and why Pevek is left out: geodata/README.md
// ("Naval routes"); the visitor-facing notes and their translations are unchanged.
export function naval() {
  const komet = sharedRoute('komet_route');
  // The fact sheet's Pevek (Chaun Bay) is a schematic waypoint for the Kaganovich's sector: no source
  // used puts Komet into Chaun Bay, so the line passes offshore instead of turning into the bay.
  const all = sharedVertices('komet_route').filter((v) => v !== 'pevek_chaun');
  // The whole track, unwrapped east of 180°, split where it crosses the 180th meridian.
  const track = seaCoords(all, true);
  const cut = track.findIndex((v, i) => i > 0 && track[i - 1][0] < 180 && v[0] >= 180);
  if (cut < 0) throw new Error('Komet route: no antimeridian crossing found');
  const [a, b] = [track[cut - 1], track[cut]];
  const lat = Math.round((a[1] + ((180 - a[0]) / (b[0] - a[0])) * (b[1] - a[1])) * 1000) / 1000;
  const westTrack: P[] = [...track.slice(0, cut), [180, lat]];
  const eastTrack: P[] = [[-180, lat], ...track.slice(cut).map(([x, y]) => [Math.round((x - 360) * 1000) / 1000, y] as P)];
  const cutV = all.findIndex((v, i) => i > 0 && coord(all[i - 1])[0] > 170 && coord(v)[0] < -170);
  const west: Vertex[] = all.slice(0, cutV);
  const east: Vertex[] = all.slice(cutV);
  // Date of the crossing: interpolated by distance along the track between Matochkin Shar (entered
  // ~14 Aug 1940) and the Bering Strait (exit, commonly 5 Sep 1940).
  const msAt = coord('matochkin_shar');
  const ms = track.reduce((best, v, i) => (distance(v, msAt) < distance(track[best], msAt) ? i : best), 0);
  const toCross = pathKm([...track.slice(ms, cut), [180, lat]]);
  const fromCross = pathKm([[180, lat], ...track.slice(cut)]);
  const d0 = Date.parse('1940-08-14T00:00:00Z');
  const d1 = Date.parse(`${BERING}T00:00:00Z`);
  const crossing = new Date(d0 + Math.round(((d1 - d0) / 86_400_000) * (toCross / (toCross + fromCross))) * 86_400_000).toISOString().slice(0, 10);
  const kometFigures = {
    nsr_days: fig(23, 'Days on the Northern Sea Route', ['komet_armstrong', 'komet_tenika']),
    nsr_miles: fig(3300, 'Nautical miles on the Northern Sea Route', ['komet_armstrong', 'komet_tenika']),
    fee: fig('850,000 roubles', 'Fee agreed for the Soviet icebreaker escort (Armstrong; other sources give 950,000 RM)', ['komet_armstrong']),
    tonnage: fig('about 42,000 GRT', 'Shipping sunk or captured by Komet on her whole cruise to Nov 1941 (7 ships sunk, 2 of them jointly with Orion, and 1 captured)', ['komet_bismarck', 'komet_deru'],
      '"Schiff 45" "sank and captured 64,000 tons of allied shipping"'),
  };
  const kometNote = 'Komet left Gotenhafen on 3 Jul 1940, waited for the ice in the Barents Sea in late July and August, and entered Matochkin Shar about 14 Aug disguised as the German merchant ship Donau (off Norway she had posed as the Soviet icebreaker Semyon Dezhnev); Soviet ice pilots (Sergievsky, Karelskikh) and the icebreakers Lenin, Stalin and Kaganovich took her through; she passed the Bering Strait into the Pacific about 5 Sep 1940 (the date commonly given; early September is certain). The stop at Zapadnaya Litsa (Basis Nord) follows one source. Sea vertices and Arctic waypoints are estimates (±20–50 km); the line is schematic.';
  const kometSources = [...srcKeys(komet), 'komet_bismarck', 'komet_deru'];
  const split = `The route crosses the 180th meridian: it is split there into two lines (lat ${lat}°), the date of the crossing (${crossing}) interpolated by distance between Matochkin Shar (14 Aug) and the Bering Strait (5 Sep). Both parts stay on the map until she left the Northern Sea Route (5 Sep).`;

  const bremen = sharedRoute('bremen_route');
  const features = [
    feature(seaLine(bremenOut()), {
      id: 'bremen-to-murmansk', kind: 'naval-route', name: 'Liner Bremen: New York → Murmansk', ship: 'Bremen',
      ...period('1939-08-30/1939-09-06'), certainty: 'reconstruction',
      note: 'The North German Lloyd liner left New York without passengers on 30 Aug 1939 and reached Murmansk on 6 Sep, where she sheltered until 10 Dec 1939. Approximate far-northern track (vertices off New York, in mid-Atlantic, north of Iceland and off the North Cape are estimates).',
      figures: { in_murmansk: fig('6 Sep – 10 Dec 1939', 'In Murmansk', ['bremen', 'bremen_ws']) },
      sources: srcKeys(bremen),
    }),
    feature(seaLine(['murmansk', [25.8, 71.3], [12.0, 68.5], [9.0, 65.0], [4.5, 60.4], [6.0, 57.0], [7.8, 54.3], 'bremerhaven']), {
      id: 'bremen-from-murmansk', kind: 'naval-route', name: 'Liner Bremen: Murmansk → Bremerhaven', ship: 'Bremen',
      ...period('1939-12-10/1939-12-13'), certainty: 'reconstruction',
      note: 'Left Murmansk on 10 Dec 1939 and reached Bremerhaven on 13 Dec. The track along the Norwegian coast is schematic, and the Bremerhaven point (53.54° N, 8.58° E) is not from the sources used here.',
      sources: srcKeys(bremen),
    }),
    feature(seaLine([[-42, 46], [-28, 62], [-10, 67.5], [15, 70.2], 'tromso', [25.8, 71.3], 'murmansk']), {
      id: 'city-of-flint-to-murmansk', kind: 'naval-route', name: 'City of Flint, as a German prize: mid-Atlantic → Tromsø → Murmansk', ship: 'City of Flint',
      ...period('1939-10-09/1939-10-23'), certainty: 'reconstruction',
      note: 'The US freighter was taken by the German pocket battleship Deutschland on 9 Oct 1939, six days out of New York; a prize crew sailed her north, to Tromsø (fresh water, ordered out by Norway) and on to Murmansk, where she arrived on 23 Oct. Norway freed her at Haugesund on 3 Nov 1939 (that leg is not drawn). The capture position (here 46° N, 42° W, "about mid-Atlantic"), the sea vertices and the Tromsø point (69.65° N, 18.96° E) are estimates not from the sources used here.',
      figures: { arrived_murmansk: fig('23 Oct 1939', 'Arrived in Murmansk', ['rohwer2005', 'cityofflint']), released: fig('3 Nov 1939', 'Freed by Norway at Haugesund', ['rohwer2005', 'cityofflint']) },
      sources: ['rohwer2005', 'cityofflint', 'cityofflint2'],
    }),
    feature({ type: 'LineString', coordinates: westTrack }, {
      id: 'komet-northern-sea-route-west', kind: 'naval-route', name: 'Raider Komet: Gotenhafen → Northern Sea Route → 180th meridian', ship: 'Komet (Schiff 45)',
      // On the map until the end of the passage (to: the day after 5 Sep), not only until the crossing:
      // otherwise the first part would vanish while the second is drawn (step komet, 5 Sep 1940).
      from: '1940-07-03', to: BERING_EXIT, part: 1, parts: 2, continued_by: 'komet-northern-sea-route-east',
      waypoints: ids(west), certainty: 'reconstruction', note: `${kometNote} ${split}`,
      figures: kometFigures, sources: kometSources,
    }),
    feature({ type: 'LineString', coordinates: eastTrack }, {
      id: 'komet-northern-sea-route-east', kind: 'naval-route', name: 'Raider Komet: 180th meridian → Bering Strait', ship: 'Komet (Schiff 45)',
      from: crossing, to: BERING_EXIT, part: 2, parts: 2, continues: 'komet-northern-sea-route-west',
      // The voyage's figures are counted once, on the first part (step komet counts them there).
      waypoints: ids(east), certainty: 'reconstruction', note: `${kometNote} ${split} The figures of the voyage are given on the first part of the route.`,
      sources: kometSources,
    }),
  ];
  for (const f of features) {
    const p = f.properties as { id: string; sources: string[] };
    if (p.id === 'bremen-to-murmansk') p.sources = [...new Set([...p.sources, 'time_1939_bremen'])];
  }
  return fc('naval', features);
}

// ---------------------------------------------------------------- planned trade flows, Commercial Agreement of 11 Feb 1940
type Flow = { id: string; commodity: string; origin: string; vertices: Vertex[]; crossing: 'brest' | 'przemysl'; planned: Fig; frus?: Fig; delivered?: Fig; note: string };
/** Delivered quantities over both agreements, Feb 1940 to 22 Jun 1941 (Ericson 1999, appendix tables). */
const DELIVERED = 'Delivered to Germany, Feb 1940 – Jun 1941, tonnes (Ericson 1999)';
const schnurre = (t: number, what: string, seed?: string) =>
  fig(t, `Planned delivery in the first 12 months, tonnes: ${what} (Schnurre memorandum, 26 Feb 1940)`, ['schnurre'],
    seed);
const FLOWS: Flow[] = [
  {
    id: 'trade-1940-grain', commodity: 'feed grain and legumes', origin: 'Ukraine (point: Kyiv)', vertices: ['kyiv', 'lwow', 'przemysl'], crossing: 'przemysl',
    planned: schnurre(1000000, 'feed grain and legumes', '"Provision was made for the supply from Russia of a million tons of grain for cattle, 900,000 tons of mineral oil" and other raw materials'),
    delivered: fig('about 1.5 million', DELIVERED, ['ericson1999']),
    frus: fig(800000, 'FRUS report variant: fodder, tonnes', ['frus1940_583']),
    note: 'Origin: the Ukrainian grain belt, represented by Kyiv.',
  },
  {
    id: 'trade-1940-mineral-oil', commodity: 'mineral oil', origin: 'Caucasus oilfields (point: Baku, 40.41° N, 49.87° E)', vertices: [[49.87, 40.41], 'kyiv', 'lwow', 'przemysl'], crossing: 'przemysl',
    planned: schnurre(900000, 'mineral oil'),
    delivered: fig('about 0.9 million', DELIVERED, ['ericson1999']),
    note: 'Origin: the Baku oilfields as the main Soviet source; the Baku point is not from the sources used here.',
  },
  {
    id: 'trade-1940-cotton', commodity: 'cotton', origin: 'Central Asia (point: Tashkent, 41.30° N, 69.24° E)', vertices: [[69.24, 41.3], 'chkalov', 'kuybyshev', 'moscow_junction', 'minsk', 'brest'], crossing: 'brest',
    planned: schnurre(100000, 'cotton (about)'),
    note: 'Origin: the Central Asian cotton lands, represented by Tashkent (not from the sources used here).',
  },
  {
    id: 'trade-1940-phosphates', commodity: 'phosphates', origin: 'Kola peninsula apatite (point: Khibiny, 67.61° N, 33.67° E)', vertices: [[33.67, 67.61], 'leningrad', 'minsk', 'brest'], crossing: 'brest',
    planned: schnurre(500000, 'phosphates'),
    frus: fig(500000, 'FRUS report variant: apatite, tonnes', ['frus1940_583']),
    note: 'Origin: the Khibiny apatite mines of the Kola peninsula (point not from the sources used here); some may have gone by sea.',
  },
  {
    id: 'trade-1940-chrome-ore', commodity: 'chrome ore', origin: 'Aktyubinsk region (Donskoye chromite field)', vertices: ['aktobe', 'chkalov', 'kuybyshev', 'moscow_junction', 'minsk', 'brest'], crossing: 'brest',
    planned: schnurre(100000, 'chrome ore'),
    note: 'Origin: the chromite field near Aktyubinsk, represented by the town; the Urals are another possible source.',
  },
  {
    id: 'trade-1940-iron-ore', commodity: 'iron ore', origin: 'Krivoy Rog (point: 47.91° N, 33.39° E)', vertices: [[33.39, 47.91], 'kyiv', 'lwow', 'przemysl'], crossing: 'przemysl',
    planned: schnurre(500000, 'iron ore'),
    note: 'Origin: the Krivoy Rog iron-ore basin (point not from the sources used here).',
  },
  {
    id: 'trade-1940-scrap-and-pig-iron', commodity: 'scrap and pig iron', origin: 'Dnieper–Donbas industry (point: Dnepropetrovsk, 48.46° N, 35.05° E)', vertices: [[35.05, 48.46], 'kyiv', 'lwow', 'przemysl'], crossing: 'przemysl',
    planned: schnurre(300000, 'scrap and pig iron'),
    note: 'Origin: the Ukrainian iron and steel works, represented by Dnepropetrovsk (point not from the sources used here).',
  },
  {
    id: 'trade-1940-manganese-ore', commodity: 'manganese ore', origin: 'Nikopol (point: 47.57° N, 34.40° E)', vertices: [[34.4, 47.57], 'kyiv', 'lwow', 'przemysl'], crossing: 'przemysl',
    planned: fig(300000, 'Planned delivery, tonnes: manganese ore (FRUS report only; not in the Schnurre memorandum)', ['frus1940_583']),
    delivered: fig('about 140,000', DELIVERED, ['ericson1999']),
    note: 'Only the FRUS report lists manganese ore. Origin: the Nikopol manganese field (point not from the sources used here); Chiatura in Georgia is another possible source.',
  },
  {
    id: 'trade-1940-platinum', commodity: 'platinum', origin: 'Urals (point: Sverdlovsk)', vertices: ['sverdlovsk', 'molotov_perm', 'kirov', 'moscow_junction', 'minsk', 'brest'], crossing: 'brest',
    planned: fig(2400, 'Planned delivery in the first 12 months, kilograms: platinum (Schnurre memorandum, 26 Feb 1940)', ['schnurre']),
    note: 'Origin: the Urals platinum placers, represented by Sverdlovsk.',
  },
];

/** The flow that carries the agreement's total value (counted once; the other flows point to it). */
const VALUE_OWNER = 'trade-1940-grain';
export function trade() {
  const value = fig('420–430 million RM', 'Planned value of all Soviet deliveries in the first 12 months (a further 220–230 million RM for Feb–Aug 1941)', ['agreement1940_wiki', 'agreement1940']);
  return fc('trade', FLOWS.map((f) => {
    // On to Germany: Berlin stands for the Reich (its point is in places.geojson).
    const vertices: Vertex[] = [...f.vertices, [13.405, 52.52]];
    return feature(line(vertices), {
      id: f.id, kind: 'trade-flow', name: `Planned Soviet deliveries: ${f.commodity}`,
      commodity: f.commodity, planned: true, origin: f.origin, crossing: kebab(f.crossing), destination: 'berlin',
      waypoints: ids(vertices), from: '1940-02-11', to: '1941-02-11', certainty: 'reconstruction',
      note: `${f.note} Quantities are the planned first-year deliveries under the German–Soviet Commercial Agreement of 11 Feb 1940, not deliveries made. The line is a reconstruction: a plausible origin region, the rail crossing of the German–Soviet boundary at ${f.crossing === 'brest' ? 'Brest-Litovsk' : 'Przemyśl'} (gauge change) and Berlin for Germany; the sources used do not document the routes or how traffic was split between crossings. Shown for the first 12 months of the agreement.${f.id === VALUE_OWNER ? '' : ' The planned value of all deliveries is given on the grain flow.'}`,
      figures: { planned: f.planned, ...(f.frus ? { planned_frus: f.frus } : {}), ...(f.delivered ? { delivered: f.delivered } : {}), ...(f.id === VALUE_OWNER ? { value_first_year: value } : {}) },
      sources: [...new Set(['agreement1940', 'agreement1940_wiki', 'schnurre', ...(f.frus || f.id.endsWith('manganese-ore') ? ['frus1940_583'] : []), ...(f.delivered ? ['ericson1999'] : [])])],
    });
  }));
}
