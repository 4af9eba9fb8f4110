/**
 * Polygon helpers for scripts/geodata/territories.ts: boolean operations that tolerate empty results,
 * cutting a polygon with a line (the line closed by a hand-placed loop round one side), moving a border
 * between two neighbours, sliver clean-up and rounding. Pure functions over GeoJSON; turf (polyclip-ts)
 * does the clipping.
 */
import {
  area, booleanIntersects, booleanPointInPolygon, difference, featureCollection, intersect, kinks, lineString,
  multiPolygon, polygon, simplify, union, distance, point, rewind,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A possibly empty area. */
export type Area = Feature<Polygon | MultiPolygon> | null;

export const km2 = (a: Area) => (a ? area(a) / 1e6 : 0);

const asFeature = (rings: Position[][][]): Area =>
  rings.length === 0 ? null : rings.length === 1 ? polygon(rings[0]) : multiPolygon(rings);

/** The polygons of an area, each as a list of rings. */
export const parts = (a: Area): Position[][][] =>
  !a ? [] : a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;

export function and(a: Area, b: Area): Area {
  if (!a || !b) return null;
  return strip(intersect(featureCollection([a, b])));
}
export function minus(a: Area, ...bs: Area[]): Area {
  let out = a;
  for (const b of bs) {
    if (!out) return null;
    if (b) out = strip(difference(featureCollection([out, b])));
  }
  return out;
}
export function plus(...as: Area[]): Area {
  const xs = as.filter((x): x is Feature<Polygon | MultiPolygon> => !!x && parts(x).length > 0);
  if (xs.length === 0) return null;
  if (xs.length === 1) return strip(xs[0]);
  return strip(union(featureCollection(xs)));
}
/** Bare geometry without properties, so results do not drag source attributes along. */
function strip(a: Feature<Polygon | MultiPolygon> | null): Area {
  if (!a) return null;
  return asFeature(parts(a).filter((p) => p.length && p[0].length >= 4));
}

/** Split an area into its polygons larger and smaller than `minKm2`. */
export function bySize(a: Area, minKm2: number): [Area, Area] {
  const big: Position[][][] = [];
  const small: Position[][][] = [];
  for (const p of parts(a)) (area(polygon(p)) / 1e6 >= minKm2 ? big : small).push(p);
  return [asFeature(big), asFeature(small)];
}

/** The largest polygon of an area, and the rest. */
export function largest(a: Area): [Area, Area] {
  const ps = parts(a).map((p) => ({ p, a: area(polygon(p)) })).sort((x, y) => y.a - x.a);
  return [asFeature(ps.slice(0, 1).map((x) => x.p)), asFeature(ps.slice(1).map((x) => x.p))];
}

/**
 * A polygon bounded by `line` and a hand-placed `loop` that returns round one side of it to the
 * line's start. Throws if the ring crosses itself.
 */
export function sidePolygon(line: Position[], loop: Position[], name: string): Feature<Polygon> {
  const ring = [...line, ...loop, line[0]];
  const p = polygon([ring]);
  const k = kinks(p).features;
  if (k.length) throw new Error(`${name}: side polygon crosses itself near ${JSON.stringify(k[0].geometry.coordinates)}`);
  return rewind(p) as Feature<Polygon>;
}

/** Kilometres of the segment a→b that lie inside `target` (sampled every 0.5 km). */
function kmInside(a: Position, b: Position, target: Feature<Polygon | MultiPolygon>): number {
  const d = distance(point(a), point(b));
  const n = Math.max(2, Math.ceil(d / 0.5));
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    if (booleanPointInPolygon([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], target)) inside++;
  }
  return (inside / n) * d;
}

/**
 * Guard for a construction loop that runs from point `from` through `loop` to point `to`: the loop must
 * keep clear of `target` (the area being cut), except for its two connectors to `from` and `to`, which
 * may cross at most `maxKm` of it. So a cut is made by the treaty or hand-digitised line alone.
 */
export function assertClear(from: Position, loop: Position[], to: Position, target: Area, name: string, maxKm = 25) {
  if (!target) return;
  for (let i = 1; i < loop.length; i++) {
    if (booleanIntersects(lineString([loop[i - 1], loop[i]]), target)) {
      throw new Error(`${name}: the construction loop crosses the area it cuts between ${JSON.stringify(loop[i - 1])} and ${JSON.stringify(loop[i])}`);
    }
  }
  const first = kmInside(from, loop[0], target);
  const last = kmInside(loop[loop.length - 1], to, target);
  if (first > maxKm || last > maxKm) throw new Error(`${name}: a connector runs ${Math.max(first, last).toFixed(1)} km inside the area it cuts`);
}

/**
 * Cut `a` with a side polygon: returns [part inside, part outside]. Polygons of either result smaller
 * than `minKm2` (slivers where the inputs disagree slightly) are handed to the other side, so the two
 * results still add up to `a`. With `keep: 'largest'` only the largest inside polygon is kept.
 */
export function split(a: Area, side: Area, opts: { minKm2?: number; keep?: 'largest' } = {}): [Area, Area] {
  const min = opts.minKm2 ?? 2;
  let inside = and(a, side);
  const outside = minus(a, side);
  let moveOut: Area = null;
  if (opts.keep === 'largest') [inside, moveOut] = largest(inside);
  const [inBig, inSmall] = bySize(inside, min);
  const [outBig, outSmall] = bySize(outside, min);
  return [plus(inBig, outSmall), plus(outBig, inSmall, moveOut)];
}

/**
 * Move the border between neighbours `a` and `b` onto a line: what of `b` lies in `sideA` goes to `a`,
 * what of `a` lies in `sideB` goes to `b`. The two side polygons share the line and together make a
 * lens round it; outside the lens nothing changes.
 */
export function reborder(a: Area, b: Area, sideA: Area, sideB: Area, minKm2 = 2): [Area, Area] {
  const aToB = and(a, sideB);
  const bToA = and(b, sideA);
  const a2 = plus(minus(a, sideB), bToA);
  const b2 = plus(minus(b, sideA), aToB);
  const [aBig, aSmall] = bySize(a2, minKm2);
  const [bBig, bSmall] = bySize(b2, minKm2);
  return [plus(aBig, bSmall), plus(bBig, aSmall)];
}

/** Simplify a line for display at zoom ≤ 7 and round it to 3 decimals (~100 m). */
export function simplifyLine(coords: Position[], tolerance = 0.004): Position[] {
  const s = simplify(lineString(coords), { tolerance, highQuality: true }).geometry.coordinates;
  const out: Position[] = [];
  for (const [x, y] of s) {
    const p = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Round an area to 3 decimals, drop repeated vertices, rings that collapse and holes or polygons smaller
 * than `minKm2`; rings are wound as RFC 7946 asks (outer counter-clockwise).
 */
export function round3(a: Area, minKm2 = 0.5): Area {
  if (!a) return null;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const ringOk = (ring: Position[]) => ring.length >= 4 && area(polygon([ring])) / 1e6 >= minKm2;
  const out: Position[][][] = [];
  for (const p of parts(a)) {
    const rings = p.map((ring) => {
      const q: Position[] = [];
      for (const [x, y] of ring) {
        const c = [r(x), r(y)];
        const last = q[q.length - 1];
        if (!last || last[0] !== c[0] || last[1] !== c[1]) q.push(c);
      }
      return q;
    });
    const outer = unpinch(rings[0]);
    if (!ringOk(outer.main)) continue;
    // A hole that touches itself splits into several holes; its "holes" would be islands in the hole.
    const holes = rings.slice(1).flatMap((h) => { const u = unpinch(h); return [u.main, ...u.lobes]; });
    out.push([outer.main, ...outer.holes, ...holes].filter((x, i) => i === 0 || ringOk(x)));
    for (const lobe of outer.lobes.filter(ringOk)) out.push([lobe]);
  }
  const f = asFeature(dropTouches(out));
  return f ? (rewind(f) as Feature<Polygon | MultiPolygon>) : null;
}

/**
 * Rings of one area that touch at a vertex (two lobes meeting at a point, a hole touching its outline)
 * are valid GeoJSON but count as kinks; cut the touching corner off every ring but the largest one
 * there (the loss is a sliver of well under 1 km²).
 */
export function dropTouches(polys: Position[][][]): Position[][][] {
  for (let pass = 0; pass < 5; pass++) {
    const rings = polys.flat();
    const owners = new Map<string, Position[][]>();
    for (const ring of rings) {
      for (const c of ring.slice(0, -1)) {
        const k = `${c[0]},${c[1]}`;
        owners.set(k, [...(owners.get(k) ?? []), ring]);
      }
    }
    const drop = new Map<Position[], Set<string>>();
    for (const [k, rs] of owners) {
      if (rs.length < 2) continue;
      const keep = [...rs].sort((a, b) => Math.abs(signed(b)) - Math.abs(signed(a)))[0];
      for (const r of rs) if (r !== keep) drop.set(r, new Set([...(drop.get(r) ?? []), k]));
    }
    if (!drop.size) break;
    polys = polys
      .map((p) => p.map((ring) => {
        const ks = drop.get(ring);
        if (!ks) return ring;
        const kept = ring.slice(0, -1).filter((c) => !ks.has(`${c[0]},${c[1]}`));
        return kept.length >= 3 ? [...kept, kept[0]] : [];
      }).filter((ring, i) => i > 0 || ring.length >= 4))
      .filter((p) => p.length && p[0].length >= 4)
      .map((p) => [p[0], ...p.slice(1).filter((r) => r.length >= 4)]);
  }
  return polys;
}

/** Signed area of a ring in degree units (shoelace): the sign gives its winding. */
const signed = (ring: Position[]) => {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += (ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1]);
  return a / 2;
};

/**
 * Split a ring that touches itself at a vertex (a "pinch", which turf `kinks` reports and polyclip may
 * leave after rounding) into simple rings. Returns the main ring, the lobes cut off at pinches (same
 * winding as the main ring: separate polygons) and the loops that wind the other way (holes).
 */
export function unpinch(ring: Position[]): { main: Position[]; lobes: Position[][]; holes: Position[][] } {
  const loops: Position[][] = [];
  let r = ring.slice(0, -1);
  for (let guard = 0; guard < 100; guard++) {
    const seen = new Map<string, number>();
    let cut = -1;
    let at = -1;
    for (let i = 0; i < r.length; i++) {
      const k = `${r[i][0]},${r[i][1]}`;
      if (seen.has(k)) { cut = seen.get(k)!; at = i; break; }
      seen.set(k, i);
    }
    if (cut < 0) break;
    const loop = r.slice(cut, at);
    r = [...r.slice(0, cut), ...r.slice(at)];
    if (loop.length >= 3) loops.push([...loop, loop[0]]);
  }
  const rings = [[...r, r[0]], ...loops].filter((x) => x.length >= 4).sort((a, b) => Math.abs(signed(b)) - Math.abs(signed(a)));
  if (!rings.length) return { main: [], lobes: [], holes: [] };
  const [main, ...rest] = rings;
  const sign = Math.sign(signed(main));
  return { main, lobes: rest.filter((x) => Math.sign(signed(x)) === sign), holes: rest.filter((x) => Math.sign(signed(x)) !== sign) };
}

/** Self-intersections of an area's rings (turf `kinks`), as points. */
export const kinkPoints = (a: Area): Position[] => (a ? kinks(a).features.map((f) => f.geometry.coordinates) : []);

/** Resolve self-intersections and touching rings: polyclip's union of the area with itself. */
export function repair(a: Area): Area {
  if (!a) return null;
  return strip(union(featureCollection([a, a])));
}
