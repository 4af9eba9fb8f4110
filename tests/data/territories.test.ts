/**
 * The territorial-control layer: who held which place on which date, no overlaps and no gaps on any
 * date, valid rings, and the shipped file is exactly what scripts/geodata/territories.ts derives.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, bbox, booleanPointInPolygon, difference, featureCollection, intersect, kinks, pointToPolygonDistance, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadGeodata, type DerivedProps } from '../../scripts/content/geodata.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { dayOf, isActive } from '../../src/time.ts';

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const file = `${dir}territories.geojson`;
const geo = loadGeodata(dir);
type Terr = Feature<Polygon | MultiPolygon, DerivedProps & { controller: string; status: string }>;
const terr = (geo.layers.territories?.features ?? []) as Terr[];
const at = (iso: string) => terr.filter((f) => isActive(f.properties, dayOf(iso)));
const holders = (lat: number, lon: number, iso: string) =>
  at(iso)
    .filter((f) => booleanPointInPolygon([lon, lat], f))
    .map((f) => f.properties);
const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);
const boxesMeet = (a: number[], b: number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const hasShared = existsSync(`${shared}data/borders/hb_world_1945.geojson`);

describe('territories layer', () => {
  it('passes the geodata pipeline', () => {
    expect(geo.problems.filter((p) => p.file.includes('territories')).map(formatProblem)).toEqual([]);
    expect(terr.length).toBeGreaterThan(30);
  });

  it('gives every polygon a controller, a status, dates and a certainty', () => {
    const statuses = new Set(['sovereign', 'annexed', 'occupied', 'general-government', 'protectorate', 'leased', 'puppet-state', 'invaded', 'free-city']);
    for (const f of terr) {
      const p = f.properties;
      expect(p.kind).toBe('territory');
      expect(p.controller, p.id).toMatch(/\S/);
      expect(statuses.has(p.status), `${p.id}: ${p.status}`).toBe(true);
      expect(['documented', 'approximate']).toContain(p.certainty);
      expect(p.to, p.id).not.toBeNull();
    }
  });

  // [place, lat, lon, date, controller, status (optional)]
  const cases: [string, number, number, string, string, string?][] = [
    ['Lwów', 49.838, 24.023, '1939-08-31', 'Poland', 'sovereign'],
    ['Lwów', 49.838, 24.023, '1939-10-15', 'USSR'],
    ['Lwów', 49.838, 24.023, '1939-11-15', 'USSR', 'annexed'],
    ['Wilno', 54.689, 25.28, '1939-08-31', 'Poland'],
    ['Wilno', 54.689, 25.28, '1939-10-15', 'USSR', 'occupied'],
    ['Wilno', 54.689, 25.28, '1939-11-15', 'Lithuania'],
    ['Wilno', 54.689, 25.28, '1940-08-10', 'USSR', 'annexed'],
    ['Białystok', 53.133, 23.164, '1939-10-15', 'USSR'],
    ['Brest', 52.109, 23.717, '1939-10-15', 'USSR'],
    ['Viipuri', 60.708, 28.753, '1940-01-01', 'Finland'],
    ['Viipuri', 60.708, 28.753, '1940-04-01', 'USSR', 'annexed'],
    ['Terijoki', 60.19, 29.7, '1939-08-31', 'Finland'],
    ['Chișinău', 47.011, 28.863, '1940-06-01', 'Romania'],
    ['Chișinău', 47.011, 28.863, '1940-07-15', 'USSR', 'occupied'],
    ['Chișinău', 47.011, 28.863, '1940-09-01', 'USSR', 'annexed'],
    ['Chernivtsi', 48.29, 25.94, '1940-07-15', 'USSR'],
    ['Kraków', 50.061, 19.937, '1939-10-15', 'Germany', 'general-government'],
    // Before and after the destruction of Czechoslovakia (15 Mar 1939).
    ['Prague', 50.088, 14.42, '1939-01-01', 'Czechoslovakia', 'sovereign'],
    ['Prague', 50.088, 14.42, '1939-04-01', 'Germany', 'protectorate'],
    ['Brno', 49.195, 16.608, '1938-12-01', 'Czechoslovakia', 'sovereign'],
    ['Kraków', 50.061, 19.937, '1938-12-01', 'Poland', 'sovereign'],
    ['Warsaw', 52.23, 21.012, '1939-10-15', 'Germany', 'general-government'],
    ['Warsaw', 52.23, 21.012, '1939-09-15', 'Poland', 'invaded'],
    ['Lublin', 51.251, 22.57, '1939-11-15', 'Germany', 'general-government'],
    ['Poznań', 52.408, 16.934, '1939-11-15', 'Germany', 'annexed'],
    ['Łódź', 51.77, 19.46, '1939-11-15', 'Germany', 'annexed'],
    ['Suwałki', 54.1, 22.93, '1939-11-15', 'Germany', 'annexed'],
    ['Allenstein', 53.78, 20.48, '1939-08-31', 'Germany', 'sovereign'],
    ['Kołomyja', 48.53, 25.04, '1939-08-31', 'Poland'],
    ['Danzig', 54.35, 18.65, '1939-08-31', 'Free City of Danzig'],
    ['Danzig', 54.35, 18.65, '1939-09-15', 'Germany', 'annexed'],
    ['Memel', 55.71, 21.15, '1939-03-20', 'Lithuania'],
    ['Memel', 55.71, 21.15, '1939-08-31', 'Germany', 'annexed'],
    ['Kaunas', 54.902, 23.909, '1939-08-31', 'Lithuania', 'sovereign'],
    ['Kaunas', 54.902, 23.909, '1940-07-01', 'USSR', 'occupied'],
    ['Riga', 56.946, 24.106, '1940-06-01', 'Latvia', 'sovereign'],
    ['Riga', 56.946, 24.106, '1940-07-01', 'USSR', 'occupied'],
    ['Riga', 56.946, 24.106, '1940-09-01', 'USSR', 'annexed'],
    ['Tallinn', 59.437, 24.754, '1940-09-01', 'USSR', 'annexed'],
    ['Hanko', 59.823, 22.968, '1940-04-01', 'USSR', 'leased'],
    ['Helsinki', 60.17, 24.94, '1940-04-01', 'Finland', 'sovereign'],
    ['Prague', 50.08, 14.42, '1939-08-31', 'Germany', 'protectorate'],
    ['Uzhhorod', 48.62, 22.29, '1939-08-31', 'Hungary'],
    ['Khust', 48.17, 23.3, '1939-08-31', 'Hungary', 'annexed'],
    ['Košice', 48.72, 21.26, '1939-08-31', 'Hungary'],
    ['Cluj', 46.77, 23.59, '1940-08-01', 'Romania'],
    ['Cluj', 46.77, 23.59, '1940-10-01', 'Hungary', 'annexed'],
    ['Brașov', 45.65, 25.6, '1940-10-01', 'Romania'],
    ['Dobrich', 43.57, 27.83, '1940-10-01', 'Bulgaria', 'annexed'],
    ['Minsk', 53.9, 27.567, '1941-06-21', 'USSR', 'sovereign'],
    ['Königsberg', 54.71, 20.51, '1945-08-01', 'USSR', 'annexed'],
    ['Wrocław', 51.11, 17.03, '1945-08-01', 'Poland'],
    ['Lwów', 49.838, 24.023, '1945-08-01', 'USSR', 'annexed'],
    ['Riga', 56.946, 24.106, '1945-08-01', 'USSR', 'annexed'],
    ['Leipzig', 51.34, 12.37, '1945-08-01', 'USSR', 'occupied'],
    ['Moscow', 55.752, 37.618, '1945-08-01', 'USSR', 'sovereign'],
  ];
  for (const [place, lat, lon, date, controller, status] of cases) {
    it(`${place} on ${date}: ${controller}${status ? ` (${status})` : ''}`, () => {
      const hs = holders(lat, lon, date);
      expect(
        hs.map((h) => h.id),
        'exactly one polygon holds the point',
      ).toHaveLength(1);
      expect(hs[0].controller).toBe(controller);
      if (status) expect(hs[0].status).toBe(status);
    });
  }

  const dates = [
    '1939-03-20',
    '1939-08-31',
    '1939-09-15',
    '1939-10-10',
    '1939-10-15',
    '1939-11-15',
    '1940-01-01',
    '1940-04-01',
    '1940-07-15',
    '1940-09-01',
    '1940-10-01',
    '1941-06-21',
    '1941-06-22',
    '1945-08-01',
  ];

  it('never shows two overlapping polygons on the same date', () => {
    for (const d of dates) {
      const fs = at(d);
      const boxes = fs.map((f) => bbox(f));
      for (let i = 0; i < fs.length; i++) {
        for (let j = i + 1; j < fs.length; j++) {
          if (!boxesMeet(boxes[i], boxes[j])) continue;
          const x = intersect(featureCollection([fs[i], fs[j]]));
          expect(km2(x), `${d}: ${fs[i].properties.id} × ${fs[j].properties.id}`).toBeLessThan(3);
        }
      }
    }
  }, 180_000); // turf intersections: ~20 s alone, over a minute on a loaded 2-core machine

  it('covers the same region on every date of 1939–41, with no gap inside former Poland', () => {
    const total = (d: string) => at(d).reduce((s, f) => s + km2(f), 0);
    const base = total('1939-08-31');
    const hankoSea = km2(difference(featureCollection([terr.find((f) => f.properties.id === 'hanko-lease-1940')!, terr.find((f) => f.properties.id === 'finland-1939')!])));
    for (const d of dates.filter((x) => x < '1942')) {
      const extra = d >= '1940-03-13' ? hankoSea : 0;
      expect(Math.abs(total(d) - extra - base), d).toBeLessThan(10);
    }
    const poland = terr.find((f) => f.properties.id === 'poland-1939')!;
    for (const d of ['1939-10-15', '1939-11-15', '1940-09-01', '1941-06-21']) {
      const parts = at(d).filter((f) => boxesMeet(bbox(f), bbox(poland)) && intersect(featureCollection([f, poland])));
      const covered = union(featureCollection(parts));
      expect(km2(difference(featureCollection([poland, covered!]))), d).toBeLessThan(3);
    }
  }, 30_000);

  it('draws every polygon without self-intersections', () => {
    for (const f of terr) expect(kinks(f).features.length, f.properties.id).toBe(0);
  });

  it('splits Poland exactly along the German–Soviet boundary of 28 Sep 1939', () => {
    const lines = geo.layers.lines.features.filter((f) => ['gs-1939-bug', 'gs-1939-san', 'gs-1939-pisa-narew'].includes(f.properties.id));
    const gg = terr.find((f) => f.properties.id === 'poland-general-government-1939')!;
    const soviet = terr.find((f) => f.properties.id === 'poland-annexed-by-ussr-1939')!;
    const annexed = terr.find((f) => f.properties.id === 'poland-annexed-by-germany-1939')!;
    for (const l of lines) {
      const coords = (l.geometry as { coordinates: number[][] }).coordinates;
      for (let i = 0; i < coords.length; i += 25) {
        const dSoviet = Math.abs(pointToPolygonDistance(coords[i], soviet, { units: 'kilometers' }));
        const dGerman = Math.min(Math.abs(pointToPolygonDistance(coords[i], gg, { units: 'kilometers' })), Math.abs(pointToPolygonDistance(coords[i], annexed, { units: 'kilometers' })));
        expect(dSoviet, `${l.properties.id} #${i}`).toBeLessThan(1.5);
        expect(dGerman, `${l.properties.id} #${i}`).toBeLessThan(1.5);
      }
    }
  });

  it('stays small enough to load in the kiosk (< 400 KB)', () => {
    expect(statSync(file).size).toBeLessThan(400_000);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\d\.\d{4,}/); // coordinates rounded to 3 decimals
  });

  it.skipIf(!hasShared)(
    'is exactly what scripts/geodata/territories.ts derives',
    async () => {
      const { deriveTerritories, readInputs } = await import('../../scripts/geodata/territories.ts');
      const fresh = deriveTerritories(readInputs());
      const shipped = JSON.parse(readFileSync(file, 'utf8'));
      expect(shipped.features.length).toBe(fresh.features.length);
      for (let i = 0; i < fresh.features.length; i++) {
        expect(JSON.stringify(shipped.features[i]), fresh.features[i].properties!.id).toBe(JSON.stringify(fresh.features[i]));
      }
    },
    60_000,
  );

  // CShapes 2.0 (CC BY-NC-SA) is used here only to check the hand corrections of the 1938 borders, never shipped.
  const cshapes = `${shared}data/borders/cshapes2_1938-01-01.geojson`;
  it.skipIf(!existsSync(cshapes))('moves the 1938 borders closer to CShapes 2.0 than the uncorrected basemap (check only)', () => {
    type Poly = Feature<Polygon | MultiPolygon>;
    const cs = JSON.parse(readFileSync(cshapes, 'utf8')) as { features: Poly[] };
    const hb = JSON.parse(readFileSync(`${dir}borders-1938.geojson`, 'utf8')) as { features: Poly[] };
    const iou = (a: Poly, b: Poly) => km2(intersect(featureCollection([a, b]))) / km2(union(featureCollection([a, b])));
    const cases: [string, string, string, number][] = [
      ['poland-1939', 'Poland', 'Poland', 0.91],
      ['lithuania-1939-03', 'Lithuania', 'Lithuania', 0.93],
      ['finland-1939', 'Finland', 'Finland', 0.91],
      ['romania-1939', 'Romania', 'Rumania', 0.94],
    ];
    for (const [id, hbName, csName, min] of cases) {
      const ref = cs.features.find((f) => f.properties!.country_name === csName)!;
      const ours = iou(
        terr.find((f) => f.properties.id === id)!,
        ref,
      );
      const before = iou(
        hb.features.find((f) => f.properties!.name === hbName)!,
        ref,
      );
      expect(ours, id).toBeGreaterThan(min);
      expect(ours, id).toBeGreaterThan(before + 0.015);
    }
  });
});
