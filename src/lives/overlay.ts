/**
 * The lives overlay: one GeoJSON source on the story map with the path travelled so far (drawn out
 * by the map's date), the stations passed, the current one and the moving head. The controller
 * knows nothing of it; LifeMode calls show() whenever the station or the map's date changes.
 */
import type { Map as MLMap, GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import palette from '../../styles/map-palette.json';
import { FONT } from '../map/fonts.ts';
import { pathAt } from './map-state.ts';
import type { Life } from './types.ts';

export const LIFE_SOURCE = 'life-path';

const LAYERS: LayerSpecification[] = [
  { id: 'life-path-casing', type: 'line', source: LIFE_SOURCE, filter: ['==', ['get', 'kind'], 'path'], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': palette.cityHalo, 'line-width': 6 } },
  { id: 'life-path-line', type: 'line', source: LIFE_SOURCE, filter: ['==', ['get', 'kind'], 'path'], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': palette.highlight, 'line-width': 3, 'line-dasharray': [2, 1.2] } },
  {
    id: 'life-path-stations', type: 'circle', source: LIFE_SOURCE, filter: ['==', ['get', 'kind'], 'station'],
    paint: { 'circle-radius': ['case', ['get', 'current'], 9, 6], 'circle-color': ['case', ['get', 'current'], palette.highlight, palette.cityHalo], 'circle-stroke-color': palette.highlight, 'circle-stroke-width': 2.5 },
  },
  {
    id: 'life-path-numbers', type: 'symbol', source: LIFE_SOURCE, filter: ['==', ['get', 'kind'], 'station'],
    layout: { 'text-field': ['to-string', ['get', 'n']], 'text-font': [FONT.bold], 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': ['case', ['get', 'current'], palette.cityHalo, palette.label] },
  },
  { id: 'life-path-head', type: 'circle', source: LIFE_SOURCE, filter: ['==', ['get', 'kind'], 'head'], paint: { 'circle-radius': 5, 'circle-color': palette.routeHead, 'circle-stroke-color': palette.highlight, 'circle-stroke-width': 2.5 } },
];

export class LifeOverlay {
  constructor(private readonly map: MLMap) {}

  private ensure() {
    if (!this.map.getSource(LIFE_SOURCE)) this.map.addSource(LIFE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const l of LAYERS) {
      if (!this.map.getLayer(l.id)) this.map.addLayer(l);
      // Thematic layers are added lazily; the path stays on top of them.
      else this.map.moveLayer(l.id);
    }
  }

  /** Draw the path of `life` at station n as it stands on `day`. */
  show(life: Life, n: number, day: number) {
    this.ensure();
    const { line, head } = pathAt(life, n, day);
    const reached = line.length - 1 + (n === 0 ? 1 : 0);
    const features: Feature[] = [];
    if (line.length > 1) features.push({ type: 'Feature', properties: { kind: 'path' }, geometry: { type: 'LineString', coordinates: line } });
    // Stations passed (and the current one once the head has arrived).
    const arrived = head[0] === life.points[n][0] && head[1] === life.points[n][1];
    life.points.forEach((p, i) => {
      if (i < n || (i === n && arrived)) features.push({ type: 'Feature', properties: { kind: 'station', n: i + 1, current: i === n }, geometry: { type: 'Point', coordinates: p } });
    });
    if (!arrived) features.push({ type: 'Feature', properties: { kind: 'head' }, geometry: { type: 'Point', coordinates: head } });
    void reached;
    (this.map.getSource(LIFE_SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features } as FeatureCollection);
  }

  /** The whole path at once, every station (explore's layer). */
  showAll(life: Life, current = -1) {
    this.ensure();
    const features: Feature[] = [{ type: 'Feature', properties: { kind: 'path' }, geometry: { type: 'LineString', coordinates: life.points } }];
    life.points.forEach((p, i) => features.push({ type: 'Feature', properties: { kind: 'station', n: i + 1, current: i === current, life: life.id }, geometry: { type: 'Point', coordinates: p } }));
    (this.map.getSource(LIFE_SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features } as FeatureCollection);
  }

  /** The station number (from 0) under a point, if any. */
  stationAt(point: { x: number; y: number }): number | null {
    if (!this.map.getLayer('life-path-stations')) return null;
    const hits = this.map.queryRenderedFeatures([[point.x - 8, point.y - 8], [point.x + 8, point.y + 8]], { layers: ['life-path-stations'] });
    const n = hits[0]?.properties?.n;
    return typeof n === 'number' ? n - 1 : null;
  }

  clear() {
    const src = this.map.getSource(LIFE_SOURCE) as GeoJSONSource | undefined;
    src?.setData({ type: 'FeatureCollection', features: [] });
  }
}
