/**
 * A life's station → the complete map state, declared (like resolve() for a story step). Pure: the
 * result depends only on the life and the station index, so Next, Back, a deep link and a reload
 * land on the same map. The path itself (drawn out by date) is the lives overlay (overlay.ts).
 */
import type { MapState, Bounds } from '../map/resolve.ts';
import { dayOf } from '../time.ts';
import type { Life } from './types.ts';

/** Layers every station shows: who controlled the ground, and the cities for orientation. */
export const LIFE_BASE_LAYERS = ['territories', 'places'];
/** How long the date counter runs (and the path is drawn) from one station to the next. */
export const STATION_MS = 5000;

type Index = Record<string, { layer: string; bbox: Bounds }>;

/** The box framing a station: the previous station and this one (the leg just travelled). */
export function stationBounds(life: Life, n: number): Bounds {
  const pts = [life.points[Math.max(0, n - 1)], life.points[n]];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  // At least a few degrees across, so a station in one city is not shown at street level.
  const pad = 1.5;
  return [Math.min(...xs) - pad, Math.min(...ys) - pad * 0.6, Math.max(...xs) + pad, Math.max(...ys) + pad * 0.6];
}

export function stationState(life: Life, n: number, index: Index): MapState {
  const i = Math.min(life.stations.length - 1, Math.max(0, Math.trunc(n)));
  const st = life.stations[i];
  const day = dayOf(st.from);
  const features = [...(st.place ? [st.place] : []), ...(st.highlight ?? []), ...(st.route ? [st.route] : [])].filter((id) => index[id]);
  const layers = new Set([...LIFE_BASE_LAYERS, ...features.map((id) => index[id].layer)]);
  const prev = i > 0 ? dayOf(life.stations[i - 1].from) : null;
  return {
    day,
    camera: { kind: 'bounds', bounds: stationBounds(life, i), padding: 60, maxZoom: 6 },
    visible: [...layers].sort(),
    highlight: [...new Set(features.filter((id) => !st.route || id !== st.route))].sort(),
    animation: prev != null && prev < day ? { routes: st.route ? [st.route] : [], fromDay: prev, toDay: day, durationMs: STATION_MS } : null,
  };
}

/**
 * The path as drawn at a given day, while travelling to station n: the legs up to station n-1 in
 * full, and the leg to station n drawn out in proportion to the days passed. Returns the line's
 * coordinates and the moving head.
 */
export function pathAt(life: Life, n: number, day: number): { line: [number, number][]; head: [number, number] } {
  const i = Math.min(life.stations.length - 1, Math.max(0, n));
  const line = life.points.slice(0, i) as [number, number][];
  if (i === 0) return { line: [life.points[0]], head: life.points[0] };
  const a = dayOf(life.stations[i - 1].from);
  const b = dayOf(life.stations[i].from);
  const t = b > a ? Math.min(1, Math.max(0, (day - a) / (b - a))) : 1;
  const p = life.points[i - 1];
  const q = life.points[i];
  const head: [number, number] = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
  return { line: [...line, head], head };
}
