/**
 * Atlas labels drawn with the basemap: the names of states and territories for the map's date, seas
 * and lakes, and rivers along their lines, each in the language shown (global state `lang`, `day`,
 * `textScale` set by the controller). The label points and lines are built at build time
 * (scripts/content/labels.ts from geodata/labels.yaml). States in spaced capitals, territories
 * smaller, water in italics.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { palette } from '../palette.ts';
import { FONT } from './fonts.ts';

export const AREA_LABELS = 'area-labels';
export const WATER_LABELS = 'water-labels';

/** The name in the language shown, English where a language has none. */
const NAME: ExpressionSpecification = ['coalesce', ['get', ['concat', 'name_', ['global-state', 'lang']]], ['get', 'name_en']];
/** Shown only on the days the label's territory exists (`toDay` exclusive): empty text places nothing. */
const ON_DATE: ExpressionSpecification = ['all', ['>=', ['global-state', 'day'], ['get', 'fromDay']], ['<', ['global-state', 'day'], ['get', 'toDay']]];
/** Size by zoom (stops), times the `textScale` state; `zoom` must be the top-level input. */
const scaled = (stops: [number, number | ExpressionSpecification][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, px]) => [z, ['*', px, ['global-state', 'textScale']]])] as ExpressionSpecification;
const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

export function labelSources(areas?: FeatureCollection, water?: FeatureCollection): Record<string, SourceSpecification> {
  return {
    ...(areas ? { [AREA_LABELS]: { type: 'geojson', data: areas } as SourceSpecification } : {}),
    ...(water ? { [WATER_LABELS]: { type: 'geojson', data: water } as SourceSpecification } : {}),
  };
}

export function labelLayers(has: { areas: boolean; water: boolean }): LayerSpecification[] {
  const water: LayerSpecification[] = [
    {
      id: 'label-river-line', type: 'symbol', source: WATER_LABELS, minzoom: 3.8,
      filter: ['all', kindIs('river'), ['!=', ['geometry-type'], 'Point']],
      layout: { 'symbol-placement': 'line', 'symbol-spacing': 350, 'text-field': NAME, 'text-font': [FONT.italic], 'text-size': scaled([[3.8, 10], [8, 14]]), 'text-letter-spacing': 0.08, 'text-max-angle': 30, 'text-optional': true },
      paint: { 'text-color': palette.naval, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-river-point', type: 'symbol', source: WATER_LABELS, minzoom: 3.8,
      filter: ['all', kindIs('river'), ['==', ['geometry-type'], 'Point']],
      layout: { 'text-field': NAME, 'text-font': [FONT.italic], 'text-size': scaled([[3.8, 10], [8, 13]]), 'text-letter-spacing': 0.08, 'text-optional': true },
      paint: { 'text-color': palette.naval, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-water', type: 'symbol', source: WATER_LABELS,
      filter: kindIs('sea', 'lake'),
      minzoom: 2.5,
      layout: {
        'text-field': NAME, 'text-font': [FONT.italic], 'text-max-width': 7,
        'text-size': scaled([[2.5, ['case', kindIs('sea'), 11, 9]], [6, ['case', kindIs('sea'), 16, 13]]]),
        'text-letter-spacing': ['case', kindIs('sea'), 0.2, 0.05],
      },
      paint: { 'text-color': palette.naval, 'text-opacity': 0.85, 'text-halo-color': palette.sea, 'text-halo-width': 1 },
    },
  ];
  const areas: LayerSpecification[] = [
    {
      id: 'label-territory', type: 'symbol', source: AREA_LABELS, minzoom: 4.8,
      filter: kindIs('territory'),
      layout: { 'text-field': ['case', ON_DATE, NAME, ''], 'text-font': [FONT.regular], 'text-size': scaled([[4.8, 10], [8, 13]]), 'text-max-width': 8, 'text-letter-spacing': 0.05, 'text-optional': true, 'symbol-sort-key': ['-', ['get', 'rank']], 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 0.8 },
      paint: { 'text-color': palette.labelMuted, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-state', type: 'symbol', source: AREA_LABELS, minzoom: 2.5,
      filter: kindIs('state'),
      layout: {
        'text-field': ['case', ON_DATE, ['upcase', NAME], ''], 'text-font': [FONT.regular],
        'text-size': scaled([[2.5, 10], [5, 13], [8, 18]]), 'text-letter-spacing': 0.28, 'text-max-width': 9,
        'symbol-sort-key': ['-', ['get', 'rank']], 'text-padding': 6,
        // Light spaced capitals may run across places, as in an atlas; places keep their labels.
        'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.labelMuted, 'text-opacity': 0.9, 'text-halo-color': palette.land, 'text-halo-width': 1.4 },
    },
  ];
  return [...(has.water ? water : []), ...(has.areas ? areas : [])];
}
