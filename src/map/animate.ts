/**
 * Geodesic route reveal. MapLibre's `line-progress` measures along the projected (Mercator) line, so
 * a line revealed with it would speed up towards the north. Here progress is a share of the route's
 * great-circle length, using the cumulative distances derived at build time. Pure and DOM-free.
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';

export interface RevealRoute {
  id: string;
  coordinates: Position[];
  /** Cumulative great-circle km at each vertex (same length as coordinates). */
  cum: number[];
}

/** The part of a route up to `t` (0..1) of its length, and the point where it ends. */
export function partialRoute(r: RevealRoute, t: number): { line: Position[]; head: Position } {
  const k = Math.min(1, Math.max(0, t));
  const total = r.cum[r.cum.length - 1];
  const target = total * k;
  if (k >= 1 || total === 0) return { line: r.coordinates.slice(), head: r.coordinates[r.coordinates.length - 1] };
  let i = 1;
  while (i < r.cum.length && r.cum[i] < target) i++;
  const [a, b] = [r.coordinates[i - 1], r.coordinates[i]];
  const seg = r.cum[i] - r.cum[i - 1];
  const f = seg > 0 ? (target - r.cum[i - 1]) / seg : 0;
  // Vertices are at most ~15 km apart, so interpolating linearly between them stays on the great circle.
  const head: Position = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
  return { line: [...r.coordinates.slice(0, i), head], head };
}

/** The overlay collection for all routes at progress `t`. */
export function revealCollection(routes: RevealRoute[], t: number): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  for (const r of routes) {
    const { line, head } = partialRoute(r, t);
    if (line.length >= 2) features.push({ type: 'Feature', properties: { id: r.id }, geometry: { type: 'LineString', coordinates: line } });
    if (t < 1) features.push({ type: 'Feature', properties: { id: r.id }, geometry: { type: 'Point', coordinates: head } });
  }
  return { type: 'FeatureCollection', features };
}
