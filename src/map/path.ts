/**
 * A person's path (Lives), declared in MapState.path and drawn by the controller from the map's
 * date: the legs up to the current station, the leg under way drawn out in proportion to the days
 * passed (so the line runs with the date counter), the stations reached, numbered. Or, with
 * `whole`, every station at once (explore's layer).
 */
import type { Map as MLMap, GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { palette } from '../palette.ts';
import { FONT } from './fonts.ts';
import type { PathState } from './state.ts';

export const PATH_SOURCE = 'life-path';

const LAYERS: LayerSpecification[] = [
  {
    id: 'life-path-casing',
    type: 'line',
    source: PATH_SOURCE,
    filter: ['==', ['get', 'kind'], 'path'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': palette.cityHalo, 'line-width': 6 },
  },
  {
    id: 'life-path-line',
    type: 'line',
    source: PATH_SOURCE,
    filter: ['==', ['get', 'kind'], 'path'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': palette.highlight, 'line-width': 3, 'line-dasharray': [2, 1.2] },
  },
  {
    id: 'life-path-stations',
    type: 'circle',
    source: PATH_SOURCE,
    filter: ['==', ['get', 'kind'], 'station'],
    paint: {
      'circle-radius': ['case', ['get', 'current'], 9, 7],
      'circle-color': ['case', ['get', 'current'], palette.highlight, palette.cityHalo],
      'circle-stroke-color': palette.highlight,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'life-path-numbers',
    type: 'symbol',
    source: PATH_SOURCE,
    filter: ['==', ['get', 'kind'], 'station'],
    layout: { 'text-field': ['to-string', ['get', 'n']], 'text-font': [FONT.bold], 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': ['case', ['get', 'current'], palette.cityHalo, palette.label] },
  },
  {
    id: 'life-path-head',
    type: 'circle',
    source: PATH_SOURCE,
    filter: ['==', ['get', 'kind'], 'head'],
    paint: { 'circle-radius': 5, 'circle-color': palette.routeHead, 'circle-stroke-color': palette.highlight, 'circle-stroke-width': 2.5 },
  },
];

/** The features of a path on `day`. Pure. */
export function pathFeatures(path: PathState | null | undefined, day: number): Feature[] {
  if (!path || !path.points.length) return [];
  const { points, days } = path;
  const n = Math.min(points.length - 1, Math.max(0, path.current));
  const out: Feature[] = [];
  const station = (i: number) => out.push({ type: 'Feature', properties: { kind: 'station', n: i + 1, current: i === n }, geometry: { type: 'Point', coordinates: points[i] } });
  if (path.whole) {
    if (points.length > 1) out.push({ type: 'Feature', properties: { kind: 'path' }, geometry: { type: 'LineString', coordinates: points } });
    points.forEach((_, i) => station(i));
    return out;
  }
  // The leg under way: from station n-1 (reached) towards n, by the days passed.
  let t = 1;
  if (n > 0 && days[n] > days[n - 1]) t = Math.min(1, Math.max(0, (day - days[n - 1]) / (days[n] - days[n - 1])));
  const line = points.slice(0, Math.max(1, n));
  let head = points[n];
  if (n > 0) {
    const [p, q] = [points[n - 1], points[n]];
    head = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
    line.push(head);
  }
  if (line.length > 1) out.push({ type: 'Feature', properties: { kind: 'path' }, geometry: { type: 'LineString', coordinates: line } });
  for (let i = 0; i < n; i++) station(i);
  if (t >= 1) station(n);
  else out.push({ type: 'Feature', properties: { kind: 'head' }, geometry: { type: 'Point', coordinates: head } });
  return out;
}

export class PathLayer {
  private path: PathState | null = null;
  private added = false;
  constructor(private readonly map: MLMap) {}

  /** Add the source and layers (once the style has loaded). */
  add() {
    if (this.map.getSource(PATH_SOURCE)) return;
    this.map.addSource(PATH_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const l of LAYERS) this.map.addLayer(l);
    this.added = true;
  }

  /** A new declared path; drawn as of `day`. Thematic layers are added lazily: the path stays on top. */
  set(path: PathState | null | undefined, day: number) {
    this.path = path ?? null;
    if (!this.added) return;
    for (const l of LAYERS) this.map.moveLayer(l.id);
    this.render(day);
  }

  render(day: number) {
    if (!this.added) return;
    (this.map.getSource(PATH_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: pathFeatures(this.path, day) });
  }

  /** The station (index from 0) drawn under a screen point, if any. */
  stationAt(point: { x: number; y: number }, radius = 10): number | null {
    if (!this.added || !this.path) return null;
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - radius, point.y - radius],
        [point.x + radius, point.y + radius],
      ],
      { layers: ['life-path-stations'] },
    );
    const n = hits[0]?.properties?.n;
    return typeof n === 'number' ? n - 1 : null;
  }
}
