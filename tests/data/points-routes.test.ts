/**
 * The point and route layers generated from the fact sheet by scripts/import-shared.ts: they validate,
 * sit where the fact sheet puts them, show its scholarly figures (keeping the seed texts' claims
 * where they differ), and the lines are well-formed (the Komet split at the antimeridian, every
 * deportation ending at a destination, every trade flow marked as planned).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, Point, LineString } from 'geojson';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { dayOf, isIsoDate } from '../../src/time.ts';

type Fig = { value: number | string; label: string; sources: string[]; seed_claim?: string };
type Props = Record<string, unknown> & { id: string; kind: string; from: string; to: string | null; certainty?: string; note?: string; figures?: Record<string, Fig> };
type F<G extends Geometry = Geometry> = Feature<G, Props>;

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const geo = loadGeodata(dir);
const raw = <G extends Geometry = Geometry>(file: string) => JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as FeatureCollection<G, Props>;
const byId = <G extends Geometry>(fc: FeatureCollection<G, Props>) => new Map(fc.features.map((f) => [f.properties.id, f as F<G>]));

// The research folder sits beside the project on developers' machines; a bare clone skips these checks.
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const hasShared = existsSync(`${shared}facts/places.json`) && existsSync(`${shared}facts/events.json`);
const readShared = <T>(p: string) => JSON.parse(readFileSync(`${shared}${p}`, 'utf8')) as T;

const LAYERS = ['places', 'camps', 'sites', 'bases', 'contacts', 'massacres', 'destinations', 'routes', 'deportations', 'naval', 'trade'];
const km = ([lon, lat]: number[], ref: { lon: number; lat: number }) => Math.hypot((lon - ref.lon) * 111.32 * Math.cos((lat * Math.PI) / 180), (lat - ref.lat) * 110.57);
/** The numbers written in a figure ("60,667–61,092" → [60667, 61092]). */
const numbers = (v: unknown) => (String(v).match(/\d[\d,]*(\.\d+)?/g) ?? []).map((s) => Number(s.replace(/,/g, '')));

describe('point and route layers', () => {
  it('validate through loadGeodata', () => {
    expect(geo.problems.map(formatProblem)).toEqual([]);
    for (const id of LAYERS) expect(geo.layers[id]?.features.length, id).toBeGreaterThan(0);
  });

  it('keep the ids and figure keys the story uses', () => {
    const want: Record<string, string[]> = {
      // The camps count their prisoners; the Shelepin figures of the shot are at the execution sites
      // only (tests/data/figures-once.test.ts), not repeated on the camps and the transports.
      'kozelsk-camp': ['prisoners'],
      'starobilsk-camp': ['prisoners'],
      'ostashkov-camp': ['prisoners'],
      'katyn-forest': ['victims', 'exhumed'],
      'kharkiv-nkvd': ['victims'],
      piatykhatky: ['names'],
      'kalinin-nkvd': ['victims'],
      mednoye: ['names'],
      'katyn-kozelsk-transports': [],
      'kharkiv-starobilsk-transports': [],
      'kalinin-ostashkov-transports': [],
      warsaw: [],
      moscow: [],
      berlin: [],
      lwow: [],
      wilno: [],
      brest: [],
    };
    for (const [id, figs] of Object.entries(want)) {
      expect(geo.index[id], id).toBeDefined();
      for (const k of figs) expect(geo.index[id].figures?.[k], `${id}.${k}`).toBeDefined();
    }
  });

  it('use every id once across all geodata files', () => {
    const seen = new Map<string, string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
      for (const f of raw(file).features) {
        const id = f.properties?.id;
        expect(seen.has(id), `${id} in ${file} and ${seen.get(id)}`).toBe(false);
        seen.set(id, file);
      }
    }
  });

  it('date every feature in order and cite sources for every figure', () => {
    for (const id of LAYERS) {
      for (const f of raw(`${id}.geojson`).features) {
        const p = f.properties;
        expect(isIsoDate(p.from), p.id).toBe(true);
        if (p.to !== null) expect(dayOf(p.to), p.id).toBeGreaterThan(dayOf(p.from));
        for (const [k, fig] of Object.entries(p.figures ?? {})) {
          expect(fig.sources.length, `${p.id}.${k}`).toBeGreaterThan(0);
          for (const s of fig.sources) expect(p.sources as string[], `${p.id}.${k}: ${s} also among the feature's sources`).toContain(s);
        }
      }
    }
  });

  it('mark every line as a reconstruction with a note', () => {
    for (const id of ['routes', 'deportations', 'naval', 'trade']) {
      for (const f of raw(`${id}.geojson`).features) {
        expect(f.properties.certainty, f.properties.id).toBe('reconstruction');
        expect((f.properties.note ?? '').length, f.properties.id).toBeGreaterThan(40);
      }
    }
  });

  it('give historic names by date in a checked structure', () => {
    const places = byId(raw<Point>('places.geojson'));
    for (const [id, name] of [
      ['wilno', 'Vilnius'],
      ['viipuri', 'Vyborg'],
      ['lwow', 'Lviv'],
      ['gotenhafen', 'Gdynia'],
    ] as const) {
      const list = places.get(id)!.properties.names_by_date as { lang: string; name: string; from?: string; to?: string; basis: string }[];
      expect(
        list.map((n) => n.name),
        id,
      ).toContain(name);
      const en = list.filter((n) => n.lang === 'en');
      expect(en[0].from, id).toBeUndefined();
      expect(en[en.length - 1].to, id).toBeUndefined();
      for (let i = 1; i < en.length; i++) expect(en[i].from, `${id} #${i}`).toBe(en[i - 1].to); // contiguous, no overlap
      for (const n of list) {
        for (const d of [n.from, n.to]) if (d) expect(isIsoDate(d), `${id}: ${d}`).toBe(true);
        expect(n.basis.length).toBeGreaterThan(5);
      }
    }
    expect(places.get('wilno')!.properties.names_by_date).toContainEqual(expect.objectContaining({ from: '1939-10-28', lang: 'en', name: 'Vilnius' }));
    // `name` stays the English form of 1939–41.
    expect(['wilno', 'lwow', 'viipuri', 'gotenhafen'].map((id) => places.get(id)!.properties.name)).toEqual(['Wilno', 'Lwów', 'Viipuri', 'Gotenhafen']);
    expect(new Set([...places.values()].map((f) => f.properties.kind))).toEqual(new Set(['city', 'town', 'port', 'station']));
  });

  it('stay small', () => {
    const all = readdirSync(dir)
      .filter((f) => /\.(geo)?json$/.test(f))
      .map((f) => readFileSync(`${dir}${f}`));
    expect(gzipSync(Buffer.concat(all)).length).toBeLessThan(1.5e6);
  });
});

describe('positions and figures against the fact sheet', () => {
  type SharedPlace = { id: string; lat: number; lon: number; coord_source?: unknown; coord_precision_m?: number; figures: Record<string, number | string> };

  it.skipIf(!hasShared)('place camps, sites and massacres within 2 km of places.json, and every other point at its fact-sheet position', () => {
    const places = new Map(readShared<SharedPlace[]>('facts/places.json').map((p) => [p.id, p]));
    for (const layer of ['camps', 'sites', 'massacres', 'places', 'bases', 'contacts', 'destinations']) {
      for (const f of raw<Point>(`${layer}.geojson`).features) {
        const factId = f.properties.fact_id as string | undefined;
        if (f.properties.id === 'berlin') continue; // not in the fact sheet
        expect(factId, f.properties.id).toBeDefined();
        const ref = places.get(factId!)!;
        expect(ref, factId).toBeDefined();
        expect(km(f.geometry.coordinates, ref), f.properties.id).toBeLessThan(layer === 'camps' || layer === 'sites' || layer === 'massacres' ? 2 : 0.5);
        // Estimated or coarse positions are never shown as documented.
        const estimate = ref.coord_source === 'estimate' || (ref.coord_precision_m ?? 0) >= 1000;
        if (estimate) expect(f.properties.certainty, f.properties.id).not.toBe('documented');
      }
    }
  });

  it.skipIf(!hasShared)("show the fact sheet's figures at the sites and massacres", () => {
    const places = new Map(readShared<SharedPlace[]>('facts/places.json').map((p) => [p.id, p.figures]));
    const sites = byId(raw<Point>('sites.geojson'));
    const massacres = byId(raw<Point>('massacres.geojson'));
    const pairs: [F<Point>, string, string, string][] = [
      [sites.get('bykivnia')!, 'names', 'bykivnia', 'ukrainian_katyn_list'],
      [sites.get('kurapaty')!, 'victims', 'kurapaty', 'belarusian_katyn_list_deduced'],
      [sites.get('kurapaty')!, 'grave_depressions', 'kurapaty', 'grave_depressions'],
      [sites.get('katyn-forest')!, 'exhumed', 'katyn_forest', 'german_exhumation_1943_bodies'],
      [sites.get('mednoye')!, 'names', 'mednoye', 'polish_victims_cemetery'],
      [sites.get('piatykhatky')!, 'names', 'piatykhatky', 'polish_victims_cemetery'],
      [massacres.get('lutsk-prison')!, 'killed', 'lutsk_prison', 'killed_approx'],
      [massacres.get('lutsk-prison')!, 'inmates', 'lutsk_prison', 'inmates_10_jun_1941'],
      [massacres.get('rainiai')!, 'killed', 'rainiai', 'killed'],
    ];
    for (const [f, key, factId, factKey] of pairs) {
      expect(numbers(f.properties.figures![key].value), `${f.properties.id}.${key}`).toEqual(numbers(places.get(factId)![factKey]));
    }
  });
});

describe('deportations', () => {
  const routes = raw<LineString>('deportations.geojson').features as F<LineString>[];
  const destinations = byId(raw<Point>('destinations.geojson'));
  const route = (id: string) => routes.find((r) => r.properties.id === id)!;

  // The fact sheet's scholarly values (facts.md §6; events.json).
  const WAVES: Record<string, { from: string; deported: string | null }> = {
    'poland-1940-02': { from: '1940-02-10', deported: 'about 140,000' },
    'poland-1940-04': { from: '1940-04-13', deported: '60,667–61,092' },
    'poland-1940-06': { from: '1940-06-29', deported: '76,246–80,653' },
    'poland-1941-05': { from: '1941-05-22', deported: 'at least 36,000' },
    'baltic-1941-06': { from: '1941-06-14', deported: null },
    'baltic-1949-03': { from: '1949-03-25', deported: null },
  };
  const COUNTRIES: Record<string, string | number> = {
    'deportation-1941-06-estonia': 'about 10,000',
    'deportation-1941-06-latvia': 'about 15,400',
    'deportation-1941-06-lithuania': 'about 16,200–17,500',
    'deportation-1949-estonia': 20173,
    'deportation-1949-latvia': 42149,
    'deportation-1949-lithuania': 31917,
  };

  it("draw every wave on its date, with the fact sheet's count", () => {
    for (const [wave, want] of Object.entries(WAVES)) {
      const rs = routes.filter((r) => r.properties.wave === wave);
      expect(rs.length, wave).toBeGreaterThan(0);
      for (const r of rs) expect(r.properties.from, r.properties.id).toBe(want.from);
      // The wave's count is on exactly one of its routes; the others point to that route.
      const counted = rs.filter((r) => r.properties.figures?.deported && !COUNTRIES[r.properties.id]);
      if (want.deported) {
        expect(
          counted.map((r) => r.properties.id),
          wave,
        ).toHaveLength(1);
        expect(counted[0].properties.figures!.deported.value, wave).toBe(want.deported);
        for (const r of rs.filter((x) => x !== counted[0])) expect(r.properties.note, r.properties.id).toContain(`given on its route ${String(counted[0].properties.name).replace(/^[^:]*: /, '')}`);
      }
    }
    for (const [id, value] of Object.entries(COUNTRIES)) expect(route(id).properties.figures!.deported.value, id).toBe(value);
    expect(route('deportation-1940-02-siberia').properties.figures!.delivered.value).toBe(138616);
    expect(route('deportation-1941-05-western-ukraine').properties.figures!.in_exile_aug_1941.value).toBe(316784);
    const priboi = routes.filter((x) => x.properties.wave === 'baltic-1949-03' && x.properties.figures!.operation_total);
    expect(priboi.map((r) => [r.properties.id, r.properties.figures!.operation_total.value])).toEqual([['deportation-1949-estonia', 94779]]);
  });

  it.skipIf(!hasShared)('match the counts in events.json', () => {
    type Ev = { id: string; figures: Record<string, number | string> };
    const ev = new Map(readShared<Ev[]>('facts/events.json').map((e) => [e.id, e.figures]));
    const first = (v: unknown, n: number) => numbers(v).slice(0, n);
    const check = (ours: unknown, theirs: unknown) => expect(numbers(ours), String(ours)).toEqual(first(theirs, numbers(ours).length));
    check(route('deportation-1940-02-siberia').properties.figures!.deported.value, ev.get('deportation_feb1940')!.deported_approx);
    check(route('deportation-1940-04-kazakhstan').properties.figures!.deported.value, ev.get('deportation_apr1940')!.deported);
    check(route('deportation-1940-06-komi').properties.figures!.deported.value, ev.get('deportation_jun1940')!.deported);
    check(route('deportation-1941-05-western-ukraine').properties.figures!.deported.value, ev.get('deportation_may_jun1941')!.delivered_min);
    const baltic = ev.get('baltic_deportation_jun1941')!;
    for (const c of ['estonia', 'latvia', 'lithuania']) check(route(`deportation-1941-06-${c}`).properties.figures!.deported.value, baltic[c]);
    const priboi = ev.get('operation_priboi')!;
    for (const c of ['estonia', 'latvia', 'lithuania']) expect(route(`deportation-1949-${c}`).properties.figures!.deported.value).toBe(priboi[c]);
    expect(route('deportation-1941-05-western-ukraine').properties.figures!.polish_total.value).toBe('about 315,000–340,000');
  });

  it("keep the seed texts' claims where they differ", () => {
    // The four-wave total, with the seed's 1,500,000, once: on the route of the last wave.
    const total = routes.filter((x) => x.properties.figures?.polish_total);
    expect(total.map((r) => r.properties.id)).toEqual(['deportation-1941-05-western-ukraine']);
    expect(total[0].properties.figures!.polish_total.seed_claim).toMatch(/1,500,000/);
    expect(route('deportation-1949-estonia').properties.figures!.deported.seed_claim).toMatch(/70,000/);
    expect(route('deportation-1949-lithuania').properties.figures!.deported.seed_claim).toMatch(/60,000/);
    expect(route('deportation-1941-06-lithuania').properties.figures!.deported.seed_claim).toMatch(/30,455/);
    // Where the seed agrees with the sources there is no seed claim.
    expect(route('deportation-1941-06-estonia').properties.figures!.deported.seed_claim).toBeUndefined();
  });

  it('end every route at a destination that exists and is reached by its wave', () => {
    for (const r of routes) {
      const p = r.properties as Props & { destination: string; destinations: string[] };
      const dest = destinations.get(p.destination);
      expect(dest, `${p.id} → ${p.destination}`).toBeDefined();
      expect(r.geometry.coordinates[r.geometry.coordinates.length - 1], p.id).toEqual(dest!.geometry.coordinates);
      expect(p.destinations, p.id).toContain(p.destination);
      for (const d of p.destinations) {
        expect(destinations.get(d), `${p.id}: ${d}`).toBeDefined();
        expect(destinations.get(d)!.properties.waves as string[], `${d} lists ${p.wave}`).toContain(p.wave);
        expect(dayOf(destinations.get(d)!.properties.from), `${d} is on the map when ${p.id} starts`).toBeLessThanOrEqual(dayOf(p.from));
      }
    }
    // Every destination is reached by some route's wave.
    const reached = new Set(routes.flatMap((r) => r.properties.destinations as string[]));
    for (const id of destinations.keys()) expect(reached.has(id), id).toBe(true);
  });

  it('reach Siberia in the derived layer, with cumulative distances for the reveal', () => {
    for (const f of geo.layers.deportations.features) {
      expect(f.properties.length_km!, f.properties.id).toBeGreaterThan(1500);
      expect(f.properties.cum_km!.length).toBe((f.geometry as LineString).coordinates.length);
    }
    expect(Math.max(...geo.layers.deportations.features.map((f) => geo.index[f.properties.id].bbox[2]))).toBeGreaterThan(100);
  });
});

describe('naval routes', () => {
  const naval = byId(raw<LineString>('naval.geojson'));
  const west = naval.get('komet-northern-sea-route-west')!;
  const east = naval.get('komet-northern-sea-route-east')!;

  it('split Komet at the antimeridian into two consecutive parts', () => {
    const w = west.geometry.coordinates;
    const e = east.geometry.coordinates;
    expect(w[w.length - 1][0]).toBe(180);
    expect(e[0][0]).toBe(-180);
    expect(w[w.length - 1][1]).toBe(e[0][1]);
    // The second part starts at the (interpolated) crossing; both stay on the map until Komet left
    // the route through the Bering Strait, about 5 Sep 1940, so the first part does not vanish.
    expect(west.properties.from).toBe('1940-07-03');
    expect(dayOf(east.properties.from)).toBeGreaterThan(dayOf('1940-08-14')); // after Matochkin Shar
    expect(dayOf(east.properties.from)).toBeLessThan(dayOf('1940-09-05'));
    expect(dayOf(east.properties.to!)).toBe(dayOf('1940-09-05') + 1);
    expect(west.properties.to).toBe(east.properties.to);
    // Starts at Gotenhafen, ends at the Bering Strait (fact-sheet positions).
    expect(w[0]).toEqual([18.532, 54.519]);
    expect(e[e.length - 1]).toEqual([-169, 66]);
  });

  it('keep every coordinate within ±180, also after densifying, with no jump across the map', () => {
    for (const f of [...Object.values(Object.fromEntries(naval)), ...geo.layers.naval.features] as F<LineString>[]) {
      const c = f.geometry.coordinates;
      for (const [lon, lat] of c) {
        expect(Math.abs(lon), f.properties.id).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      }
      for (let i = 1; i < c.length; i++) expect(Math.abs(c[i][0] - c[i - 1][0]), `${f.properties.id} #${i}`).toBeLessThan(180); // a segment across the antimeridian would jump ~360°
    }
  });

  it("show the scholarly tonnage for Komet and keep the seed's 64,000 tons", () => {
    // The voyage's figures once, on the first part; the second part points to it.
    expect(west.properties.figures!.tonnage.value).toBe('about 42,000 GRT');
    expect(west.properties.figures!.tonnage.seed_claim).toMatch(/64,000/);
    expect(west.properties.figures!.nsr_days.value).toBe(23);
    expect(east.properties.figures).toBeUndefined();
    expect(east.properties.note).toMatch(/figures of the voyage are given on the first part/);
    expect([...naval.keys()]).toEqual(expect.arrayContaining(['bremen-to-murmansk', 'city-of-flint-to-murmansk']));
    for (const id of ['bremen-to-murmansk', 'city-of-flint-to-murmansk']) {
      const c = naval.get(id)!.geometry.coordinates;
      expect(c[c.length - 1], id).toEqual([33.099, 68.968]); // Murmansk
    }
  });
});

describe('trade flows of the Commercial Agreement of 11 Feb 1940', () => {
  const flows = raw<LineString>('trade.geojson').features as F<LineString>[];
  const SCHNURRE: Record<string, number> = {
    'feed grain and legumes': 1000000,
    'mineral oil': 900000,
    cotton: 100000,
    phosphates: 500000,
    'chrome ore': 100000,
    'iron ore': 500000,
    'scrap and pig iron': 300000,
    platinum: 2400,
  };

  it('are all planned deliveries, reconstructed, ending in Germany', () => {
    expect(flows.length).toBeGreaterThanOrEqual(8);
    for (const f of flows) {
      expect(f.properties.planned, f.properties.id).toBe(true);
      expect(f.properties.kind).toBe('trade-flow');
      expect(typeof f.properties.commodity).toBe('string');
      expect(f.properties.figures!.planned).toBeDefined();
      const c = f.geometry.coordinates;
      expect(c[c.length - 1]).toEqual([13.405, 52.52]);
      expect(['brest', 'przemysl']).toContain(f.properties.crossing);
    }
  });

  it('carry the Schnurre quantities and quote the seed once, on the grain flow, which presents them as supplies', () => {
    for (const [commodity, t] of Object.entries(SCHNURRE)) {
      const f = flows.find((x) => x.properties.commodity === commodity)!;
      expect(f, commodity).toBeDefined();
      expect(f.properties.figures!.planned.value, commodity).toBe(t);
      expect(f.properties.figures!.planned.sources).toContain('schnurre');
    }
    const quoted = flows.filter((x) => x.properties.figures!.planned.seed_claim);
    expect(quoted.map((x) => x.properties.commodity)).toEqual(['feed grain and legumes']);
    expect(quoted[0].properties.figures!.planned.seed_claim).toMatch(/supply from Russia of a million tons of grain/);
  });
});

describe('other discrepancies kept as seed claims', () => {
  it('bases, massacres, contacts and the Katyn sites', () => {
    const b = byId(raw<Point>('bases.geojson'));
    expect(b.get('liepaja')!.properties.figures!.troop_ceiling).toMatchObject({ value: 25000, seed_claim: expect.stringMatching(/30,000/) });
    expect(b.get('basis-nord')!.properties.figures!.warship_operations.seed_claim).toMatch(/U-boats/);
    const m = byId(raw<Point>('massacres.geojson'));
    expect(m.get('rainiai')!.properties.figures!.lithuania_killed).toMatchObject({ value: 'about 400', seed_claim: expect.stringMatching(/5,000/) });
    const c = byId(raw<Point>('contacts.geojson'));
    expect(c.get('brest-bridge')!.properties.figures!.group.value).toBe(24);
    expect(c.get('nkvd-gestapo-zakopane')!.properties.meetings).toHaveLength(2);
    const s = byId(raw<Point>('sites.geojson'));
    expect(s.get('katyn-forest')!.properties.figures!.exhumed.seed_claim).toMatch(/4,145/);
    expect(s.get('kurapaty')!.properties.certainty).toBe('disputed');
    // The White Sea story of the Ostashkov prisoners is kept where their deaths are counted: Kalinin.
    expect(s.get('kalinin-nkvd')!.properties.figures!.victims.seed_claim).toMatch(/White Sea/);
  });
});
