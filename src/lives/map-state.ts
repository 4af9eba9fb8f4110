/**
 * A life's station → the complete map state, declared (like resolve() for a story step). Pure: the
 * result depends only on the life and the station index, so Next, Back, a deep link and a reload
 * land on the same map. The path itself (drawn out by date) is the lives overlay (overlay.ts).
 */
import type { MapState, Bounds, ViewSettings, PathState } from '../map/state.ts';
import { dayOf } from '../time.ts';
import type { Life } from './types.ts';

/** Layers every station shows: who controlled the ground, and the cities for orientation. */
export const LIFE_BASE_LAYERS = ['territories', 'places'];
/** How long the date counter runs (and the path is drawn) from one station to the next. */
export const STATION_MS = 5000;

type Index = Record<string, { layer: string; bbox: Bounds }>;

/** The box framing a station: the previous station and this one (the leg just travelled). */
export function stationBounds(life: Life, n: number): Bounds {
  let pts = [life.points[Math.max(0, n - 1)], life.points[n]];
  // A leg wider than the map can show at its widest (the Arctic back to Lithuania) frames the
  // station arrived at; the path's line still runs from the last one.
  if (Math.abs(pts[0][0] - pts[1][0]) > 60 || Math.abs(pts[0][1] - pts[1][1]) > 30) pts = [pts[1], [pts[1][0] + 8, pts[1][1] + 4], [pts[1][0] - 8, pts[1][1] - 4]];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  // At least a few degrees across, so a station in one city is not shown at street level.
  const pad = 1.5;
  return [Math.min(...xs) - pad, Math.min(...ys) - pad * 0.6, Math.max(...xs) + pad, Math.max(...ys) + pad * 0.6];
}

export function stationState(life: Life, n: number, index: Index, view: ViewSettings, travelling = false): MapState {
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
    // Travelling on with Next, the date runs from the last station and the leg is drawn out with it;
    // a jump (a link, Back, a station button) lands on the same end state at once.
    animation: travelling && prev != null && prev < day ? { routes: st.route ? [st.route] : [], fromDay: prev, toDay: day, durationMs: STATION_MS } : null,
    revealByDate: false,
    ...view,
    path: lifePath(life, i),
  };
}

/** The path declared for station n (drawn by the controller as of the map's date). */
export function lifePath(life: Life, n: number, whole = false): PathState {
  return { id: life.id, points: life.points.map((p) => [p[0], p[1]]), days: life.stations.map((s) => dayOf(s.from)), current: n, ...(whole ? { whole: true } : {}) };
}

/** Lives mode before a person is picked: the whole theatre, September 1939. */
export function overviewState(view: ViewSettings): MapState {
  return {
    day: dayOf('1939-09-01'),
    camera: { kind: 'view', center: [45, 55], zoom: 2.6, bearing: 0, pitch: 0 },
    visible: [...LIFE_BASE_LAYERS].sort(),
    highlight: [],
    animation: null,
    revealByDate: false,
    ...view,
  };
}
