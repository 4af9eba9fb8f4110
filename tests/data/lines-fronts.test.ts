/**
 * The treaty/defence lines and the dated front lines: they validate, every front series can be
 * animated (consecutive dates, equal vertex counts, one direction), and the lines sit where the
 * historical lines were (checks with known answers that hold for the real lines, not only for ours).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, LineString, Position } from 'geojson';
import { distance, lineString, point, pointToLineDistance, length as turfLength } from '@turf/turf';
import { loadGeodata, type DerivedProps } from '../../scripts/content/geodata.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { frontsAt, type FrontProps } from '../../src/map/fronts.ts';
import { dayOf, isActive } from '../../src/time.ts';

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const geo = loadGeodata(dir);
type Line = Feature<LineString, DerivedProps & { side?: string; series?: string; seq?: number }>;
const layer = (id: string) => (geo.layers[id]?.features ?? []) as Line[];
const lineById = (id: string): Position[] => {
  const f = [...layer('lines'), ...layer('fronts')].find((x) => x.properties.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f.geometry.coordinates;
};
/** The front of a series on a date (the dated line itself, not an interpolation). */
const front = (series: string, date: string): Position[] => {
  const f = layer('fronts').find((x) => x.properties.series === series && x.properties.from === date);
  if (!f) throw new Error(`no ${series} line dated ${date}`);
  return f.geometry.coordinates;
};
const km = (p: Position, coords: Position[]) => pointToLineDistance(point(p), lineString(coords));
/** Longitudes where the line crosses a latitude. */
function crossings(coords: Position[], lat: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    if ((a[1] - lat) * (b[1] - lat) <= 0 && a[1] !== b[1]) out.push(a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]));
  }
  return out;
}
/** The place lies east of the line at its own latitude (the line crosses that latitude only to its west). */
const eastOf = (p: Position, coords: Position[]) => {
  const xs = crossings(coords, p[1]);
  return xs.length > 0 && xs.every((x) => x < p[0]);
};
const westOf = (p: Position, coords: Position[]) => {
  const xs = crossings(coords, p[1]);
  return xs.length > 0 && xs.every((x) => x > p[0]);
};

// [lon, lat]
const WARSAW = [21.012, 52.23];
const LWOW = [24.023, 49.838];
const BREST = [23.7, 52.1];
const GRODNO = [23.83, 53.68];
const PRZEMYSL = [22.767, 49.785];
const VIIPURI = [28.753, 60.708];
const TAIPALE = [30.5, 60.633];
const LENINGRAD = [30.314, 59.939];

describe('lines and fronts: validation', () => {
  it('validates through the geodata pipeline', () => {
    const mine = geo.problems.filter((p) => /geodata\/(lines|fronts)\.geojson/.test(p.file));
    expect(mine.map(formatProblem)).toEqual([]);
    expect(new Set(layer('lines').map((f) => f.properties.kind))).toEqual(new Set(['sphere-line', 'boundary', 'curzon-line', 'fortification-line', 'peace-border']));
    expect(layer('fronts').length).toBeGreaterThanOrEqual(20);
  });

  it('marks every front as an approximate reconstruction with a method, an error and sources', () => {
    for (const f of layer('fronts')) {
      const p = f.properties;
      expect(p.kind).toBe('front');
      expect(p.certainty, p.id).toBe('approximate');
      expect(['german', 'soviet', 'finnish']).toContain(p.side);
      expect(p.series).toMatch(/^[a-z0-9-]+$/);
      expect(Number.isInteger(p.seq)).toBe(true);
      expect(p.note, p.id).toMatch(/±\d+–\d+ km/);
      expect(p.sources.length).toBeGreaterThan(0);
    }
  });

  it('keeps coordinates to 3–4 decimals', () => {
    const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;
    for (const id of ['curzon-line-a', 'mannerheim-line', 'moscow-peace-1940']) for (const c of lineById(id)) expect(Math.max(decimals(c[0]), decimals(c[1]))).toBeLessThanOrEqual(4);
    for (const f of layer('fronts')) for (const c of f.geometry.coordinates) expect(Math.max(decimals(c[0]), decimals(c[1]))).toBeLessThanOrEqual(3);
  });
});

describe('front series can be animated', () => {
  const bySeries = new Map<string, Line[]>();
  for (const f of layer('fronts')) bySeries.set(f.properties.series!, [...(bySeries.get(f.properties.series!) ?? []), f]);
  const series = [...bySeries.entries()].map(([name, fs]) => [name, fs.sort((a, b) => a.properties.seq! - b.properties.seq!)] as const);

  it('has the campaigns asked for', () => {
    expect(series.map(([name]) => name).sort()).toEqual(['baltic-soviet-1940', 'barbarossa-1941', 'poland-german-1939', 'poland-soviet-1939', 'winterwar-isthmus-1939', 'winterwar-north-1939']);
    expect(bySeries.get('poland-german-1939')!.map((f) => f.properties.from)).toEqual(['1939-09-01', '1939-09-05', '1939-09-10', '1939-09-17', '1939-09-28', '1939-10-06']);
    expect(bySeries.get('poland-soviet-1939')!.map((f) => f.properties.from)).toEqual(['1939-09-17', '1939-09-19', '1939-09-22', '1939-09-28']);
    expect(bySeries.get('baltic-soviet-1940')!.map((f) => f.properties.from)).toEqual(['1940-06-15', '1940-06-17']);
    expect(bySeries.get('barbarossa-1941')!.map((f) => f.properties.from)).toEqual(['1941-06-22']);
    expect(bySeries.get('winterwar-isthmus-1939')![0].properties.from).toBe('1939-11-30');
    expect(bySeries.get('winterwar-isthmus-1939')!.at(-1)!.properties.from).toBe('1940-03-13');
  });

  it('gives every series consecutive, non-overlapping dates and seq 0, 1, 2…', () => {
    for (const [name, fs] of series) {
      fs.forEach((f, i) => {
        expect(f.properties.seq, name).toBe(i);
        expect(dayOf(f.properties.to!), f.properties.id).toBeGreaterThan(dayOf(f.properties.from));
        if (i > 0) expect(f.properties.from, f.properties.id).toBe(fs[i - 1].properties.to);
      });
    }
  });

  it('resamples all lines of a series to the same vertex count, one direction, evenly', () => {
    for (const [name, fs] of series) {
      const n = fs[0].geometry.coordinates.length;
      expect(n, name).toBeGreaterThanOrEqual(48);
      const northToSouth = fs.every((f) => f.geometry.coordinates[0][1] > f.geometry.coordinates.at(-1)![1] + 0.3);
      const westToEast = fs.every((f) => f.geometry.coordinates[0][0] < f.geometry.coordinates.at(-1)![0] - 0.3);
      expect(northToSouth || westToEast, name).toBe(true);
      for (const f of fs) {
        const c = f.geometry.coordinates;
        expect(c.length, f.properties.id).toBe(n);
        for (let i = 1; i < c.length; i++) expect(distance(point(c[i - 1]), point(c[i])), `${f.properties.id} #${i}`).toBeLessThan(60);
      }
    }
  });

  it('moves with the app: the right fronts on a date, interpolated in between', () => {
    const feats = layer('fronts') as unknown as Feature<LineString, FrontProps>[];
    const on = (iso: string) =>
      frontsAt(feats, dayOf(iso))
        .features.map((f) => (f.properties as FrontProps).series)
        .sort();
    expect(on('1939-08-31')).toEqual([]);
    expect(on('1939-09-20')).toEqual(['poland-german-1939', 'poland-soviet-1939']);
    expect(on('1939-12-20')).toEqual(['winterwar-isthmus-1939', 'winterwar-north-1939']);
    expect(on('1940-06-16')).toEqual(['baltic-soviet-1940']);
    expect(on('1941-06-22')).toEqual(['barbarossa-1941']);
    // Halfway between 1 and 5 Sep the northern start stays put and the line keeps its vertex count.
    const mid = frontsAt(feats, dayOf('1939-09-03')).features[0].geometry.coordinates;
    expect(mid).toHaveLength(front('poland-german-1939', '1939-09-01').length);
    expect(distance(point(mid[0]), point([22.78, 54.37]))).toBeLessThan(2);
  });
});

describe('fronts sit where the historical fronts were', () => {
  it('Poland, German side', () => {
    const sep1 = front('poland-german-1939', '1939-09-01');
    expect(km([18.65, 54.35], sep1)).toBeLessThan(15); // Danzig on the border
    expect(km([20.38, 53.11], sep1)).toBeLessThan(20); // Mława, 13 km from East Prussia
    expect(km([19.02, 50.26], sep1)).toBeLessThan(20); // Katowice, on the Silesian border
    const sep10 = front('poland-german-1939', '1939-09-10');
    expect(eastOf(LWOW, sep10)).toBe(true); // Lwów still far behind the Polish side
    expect(crossings(sep10, LWOW[1]).every((x) => x < 23.5)).toBe(true);
    expect(westOf([19.94, 50.06], sep10)).toBe(true); // Kraków (fell 6 Sep) behind the German front
    const sep17 = front('poland-german-1939', '1939-09-17');
    expect(sep17.some(([x, y]) => y > WARSAW[1] + 0.1 && x > WARSAW[0] + 1.5)).toBe(true); // Białystok, Brest: east of Warsaw, north of it
    expect(km(BREST, sep17)).toBeLessThan(30);
    const sep28 = front('poland-german-1939', '1939-09-28');
    expect(km(WARSAW, sep28)).toBeLessThan(10); // the Vistula demarcation runs through Warsaw
    expect(km(BREST, sep28)).toBeGreaterThan(100);
    const oct6 = front('poland-german-1939', '1939-10-06');
    expect(km(BREST, oct6)).toBeLessThan(10); // the Bug at Brest
    expect(km(PRZEMYSL, oct6)).toBeLessThan(10); // the San at Przemyśl
  });

  it('Poland, Soviet side', () => {
    const sep17 = front('poland-soviet-1939', '1939-09-17');
    expect(eastOf([27.567, 53.9], sep17)).toBe(true); // Minsk lay just east of the Riga border
    expect(km([27.567, 53.9], sep17)).toBeLessThan(60);
    expect(km([26.14, 49.54], sep17)).toBeLessThan(15); // Podwołoczyska on the Zbruch
    const sep19 = front('poland-soviet-1939', '1939-09-19');
    expect(eastOf([25.28, 54.69], sep19)).toBe(true); // Wilno taken
    expect(km(LWOW, sep19)).toBeLessThan(25); // Soviet tanks at Lwów's outskirts
    const sep22 = front('poland-soviet-1939', '1939-09-22');
    expect(eastOf(GRODNO, sep22)).toBe(true);
    expect(eastOf(LWOW, sep22)).toBe(true); // Lwów capitulated to the Red Army
    expect(crossings(sep22, BREST[1]).every((x) => x < BREST[0])).toBe(true); // Brest handed over
    const sep28 = front('poland-soviet-1939', '1939-09-28');
    expect(km(WARSAW, sep28)).toBeLessThan(10);
    expect(sep28.at(-1)).toEqual(front('poland-german-1939', '1939-09-28').at(-1)); // both sides meet on the San
  });

  it('Winter War', () => {
    const nov30 = front('winterwar-isthmus-1939', '1939-11-30');
    const d = km(LENINGRAD, nov30);
    expect(d).toBeGreaterThan(20); // the border ran 32 km from Leningrad
    expect(d).toBeLessThan(45);
    for (const date of ['1939-12-15', '1940-02-11', '1940-02-29', '1940-03-13']) expect(km(TAIPALE, front('winterwar-isthmus-1939', date)), date).toBeLessThan(10); // Taipale held to the end
    const mar13 = front('winterwar-isthmus-1939', '1940-03-13');
    expect(km(VIIPURI, mar13)).toBeLessThan(40);
    expect(mar13.every(([, y]) => y > 60.5)).toBe(true); // everything south of Viipuri and the Vuoksi lost
    const north30 = front('winterwar-north-1939', '1939-11-30');
    expect(westOf([30.69, 61.7], north30)).toBe(true); // Sortavala was Finnish
    expect(km([31.2, 69.55], north30)).toBeLessThan(40); // Petsamo near the border
    expect(km([28.91, 64.89], front('winterwar-north-1939', '1939-12-15'))).toBeLessThan(15); // Suomussalmi taken 7 Dec
    expect(westOf([28.91, 64.89], front('winterwar-north-1939', '1940-03-13'))).toBe(true); // and cleared by 8 Jan
  });

  it('Baltic states and Barbarossa', () => {
    const jun15 = front('baltic-soviet-1940', '1940-06-15');
    const riga = [24.106, 56.946];
    const kaunas = [23.909, 54.902];
    const latAt = (coords: Position[], lon: number) => {
      const ys: number[] = [];
      for (let i = 1; i < coords.length; i++) {
        const [a, b] = [coords[i - 1], coords[i]];
        if ((a[0] - lon) * (b[0] - lon) <= 0 && a[0] !== b[0]) ys.push(a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0]));
      }
      return ys;
    };
    expect(latAt(jun15, kaunas[0]).every((y) => y > kaunas[1])).toBe(true); // Lithuania occupied
    expect(latAt(jun15, riga[0]).every((y) => y < riga[1])).toBe(true); // Latvia not yet
    const jun17 = front('baltic-soviet-1940', '1940-06-17');
    expect(km(riga, jun17)).toBeLessThan(20);
    expect(km([24.754, 59.437], jun17)).toBeLessThan(15); // Tallinn on the coast
    const b = front('barbarossa-1941', '1941-06-22');
    expect(km(BREST, b)).toBeLessThan(10);
    expect(km(PRZEMYSL, b)).toBeLessThan(10);
    expect(westOf([21.133, 55.712], b)).toBe(true); // Memel (Klaipėda) German
    expect(eastOf(kaunas, b)).toBe(true);
  });
});

describe('treaty and defence lines sit where the historical lines were', () => {
  it('Curzon line (variant A)', () => {
    const c = lineById('curzon-line-a');
    expect(km(BREST, c)).toBeLessThan(30);
    expect(km(GRODNO, c)).toBeLessThan(30);
    expect(eastOf(LWOW, c)).toBe(true); // variant A left Lwów to the east
    expect(westOf(PRZEMYSL, c)).toBe(true); // "east of Przemyśl"
    expect(westOf([23.16, 53.13], c)).toBe(true); // Białystok
    expect(westOf([23.472, 51.143], c)).toBe(true); // Chełm, west of the Bug
  });

  it('Mannerheim line', () => {
    const m = lineById('mannerheim-line');
    expect(m.every(([, y]) => y > 60.2 && y < 61.2)).toBe(true);
    expect(km(TAIPALE, m)).toBeLessThan(10);
    const len = turfLength(lineString(m));
    expect(len).toBeGreaterThan(100); // "more than 130 km" of works between the gulf and Ladoga
    expect(len).toBeLessThan(170);
    expect(km(VIIPURI, m)).toBeGreaterThan(20); // it lay well south of Viipuri
  });

  it('Moscow Peace border', () => {
    const p = lineById('moscow-peace-1940');
    expect(eastOf(VIIPURI, p)).toBe(true); // ceded
    expect(eastOf([30.69, 61.7], p)).toBe(true); // Sortavala ceded
    expect(westOf([29.76, 62.6], p)).toBe(true); // Joensuu stayed Finnish
  });

  const source = fileURLToPath(new URL('../../../shared/data/lines/moscow_peace_border_1940-03-12.geojson', import.meta.url));
  it.skipIf(!existsSync(source))('keeps the Moscow Peace border within 5 km of the research file', () => {
    const src = (JSON.parse(readFileSync(source, 'utf8')).features[0].geometry as LineString).coordinates;
    const ours = lineById('moscow-peace-1940');
    for (const c of src) expect(km(c, ours)).toBeLessThan(5);
    for (const c of ours) expect(km(c, src)).toBeLessThan(5);
  });

  it('dates the lines', () => {
    const kindsOn = (iso: string) =>
      new Set(
        layer('lines')
          .filter((f) => isActive(f.properties, dayOf(iso)))
          .map((f) => f.properties.kind),
      );
    expect(kindsOn('1939-12-01').has('fortification-line')).toBe(true);
    expect(kindsOn('1940-04-01').has('fortification-line')).toBe(false);
    expect(kindsOn('1940-04-01').has('peace-border')).toBe(true);
    expect(kindsOn('1941-07-01').has('peace-border')).toBe(false);
    expect(kindsOn('1945-02-01').has('curzon-line')).toBe(true);
  });
});
