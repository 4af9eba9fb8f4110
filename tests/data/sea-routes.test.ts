/**
 * Sea routes run at sea: every naval route (and any other line marked as a sea leg) is tested, as the
 * build draws it (great circles densified by loadGeodata), against a detailed land polygon — Natural
 * Earth 1:10m land from the npm package world-atlas 2.0.2. A line may touch land only near its ports:
 * its ends and the named places it lists in `waypoints` (harbours in fjords, straits), within PORT_KM.
 * Each densified segment is sampled every SAMPLE_KM, so a cape or an island wider than that is caught.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { unwrapRing } from '../../scripts/content/basemap.ts';

const PORT_KM = 15;
const SAMPLE_KM = 2;

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const geo = loadGeodata(dir);
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
const land = feature(topo, topo.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;

/** Land rings with their boxes; edges bucketed by 0.5° latitude bands for a fast even-odd ray test. */
type Edge = [number, number, number, number];
const BAND = 0.5;
const bands = new Map<number, Edge[]>();
for (const f of land.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const rings of polys)
    for (const ring of rings.map(unwrapRing)) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1];
        const [x2, y2] = ring[i];
        for (let b = Math.floor(Math.min(y1, y2) / BAND); b <= Math.floor(Math.max(y1, y2) / BAND); b++) {
          let list = bands.get(b);
          if (!list) bands.set(b, (list = []));
          list.push([x1, y1, x2, y2]);
        }
      }
    }
}
function inRings(x: number, y: number): boolean {
  let inside = false;
  for (const [x1, y1, x2, y2] of bands.get(Math.floor(y / BAND)) ?? []) {
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}
/**
 * Even-odd test of a point against all land rings (holes are rings too; lakes are land here, which
 * is stricter for a sea route). Rings are unwrapped (Eurasia runs on east of 180° through Chukotka), so the
 * point is tried at its longitude and one turn east and west.
 */
export function onLand([x0, y]: Position): boolean {
  const x = ((x0 + 540) % 360) - 180;
  return inRings(x, y) || inRings(x + 360, y) || inRings(x - 360, y);
}

const km = (a: Position, b: Position) => {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
};

/** Samples of a densified line, every SAMPLE_KM (linear between vertices that are ≤15 km apart). */
function samples(coords: Position[]): Position[] {
  const out: Position[] = [coords[0]];
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    const n = Math.max(1, Math.ceil(km(a, b) / SAMPLE_KM));
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

const places = new Map(
  Object.values(geo.layers)
    .flatMap((l) => l.features)
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => [String(f.properties.id), (f.geometry as { coordinates: Position }).coordinates]),
);

const seaLines = Object.entries(geo.layers).flatMap(([layer, fc]) =>
  fc.features
    .filter((f) => f.geometry.type === 'LineString' && (layer === 'naval' || /naval|sea/.test(String(f.properties.kind))))
    .map((f) => ({ layer, id: String(f.properties.id), coords: (f.geometry as LineString).coordinates, props: f.properties as unknown as Record<string, unknown> })),
);

/** Runs of consecutive land samples away from every port, as "lat,lon … lat,lon (n km)". */
function landCrossings(coords: Position[], ports: Position[]) {
  const runs: string[] = [];
  let run: Position[] = [];
  const flush = () => {
    if (run.length) runs.push(`${run[0][1].toFixed(2)},${run[0][0].toFixed(2)} … ${run.at(-1)![1].toFixed(2)},${run.at(-1)![0].toFixed(2)} (${((run.length - 1) * SAMPLE_KM + 1).toFixed(0)} km)`);
    run = [];
  };
  for (const p of samples(coords)) {
    const nearPort = ports.some((q) => km(p, q) <= PORT_KM);
    if (!nearPort && onLand(p)) run.push(p);
    else flush();
  }
  flush();
  return runs;
}

describe('sea routes run at sea (Natural Earth 1:10m land)', () => {
  it('the land test itself knows land from sea', () => {
    expect(onLand([9.2, 56.2])).toBe(true); // Jutland
    expect(onLand([-56.0, 48.8])).toBe(true); // Newfoundland
    expect(onLand([16.0, 68.6])).toBe(true); // Hinnøya (Vesterålen)
    expect(onLand([36.0, 68.5])).toBe(true); // Kola peninsula
    expect(onLand([-19.0, 64.8])).toBe(true); // Iceland
    expect(onLand([4.0, 58.0])).toBe(false); // North Sea
    expect(onLand([11.1, 56.6])).toBe(false); // Kattegat
    expect(onLand([26.0, 59.9])).toBe(false); // Gulf of Finland
    expect(onLand([33.55, 69.3])).toBe(false); // Kola Bay
  });

  it('finds the naval routes', () => {
    expect(seaLines.map((l) => l.id)).toEqual(
      expect.arrayContaining(['bremen-to-murmansk', 'bremen-from-murmansk', 'city-of-flint-to-murmansk', 'komet-northern-sea-route-west', 'komet-northern-sea-route-east']),
    );
  });

  for (const l of seaLines) {
    it(`${l.layer}/${l.id} crosses no land beyond its ports`, () => {
      const named = ((l.props.waypoints as string[] | undefined) ?? []).map((id) => places.get(id)).filter((p): p is Position => !!p);
      const ports = [l.coords[0], l.coords.at(-1)!, ...named];
      expect(landCrossings(l.coords, ports)).toEqual([]);
    });
  }
});
