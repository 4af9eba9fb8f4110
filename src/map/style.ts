/**
 * The map style: an offline atlas basemap (Natural Earth, no modern borders) and the thematic layers
 * for each registry layer. Built as data; validated against the MapLibre style spec in the tests.
 */
import type { StyleSpecification, LayerSpecification, ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import palette from '../../styles/map-palette.json';
import { fontFaces, FONT } from './fonts.ts';

export interface BasemapData {
  land: FeatureCollection;
  lakes: FeatureCollection;
  rivers: FeatureCollection;
  coastlines: FeatureCollection;
  graticule: FeatureCollection;
}

export const ATTRIBUTION =
  'Basemap: Natural Earth (public domain). Borders 1938: historical-basemaps, A. Ourednik and contributors (GPL-3.0). ' +
  'Treaty lines: this project, over WDB II/GSHHG rivers. Places: GeoNames (CC BY 4.0) and the sources cited. Rendering: MapLibre GL JS.';

const HL: ExpressionSpecification = ['boolean', ['feature-state', 'hl'], false];

export function basemapStyle(data: BasemapData, fonts = fontFaces()): StyleSpecification {
  return {
    version: 8,
    name: 'Atlas 1939',
    'font-faces': fonts,
    sources: {
      land: { type: 'geojson', data: data.land },
      lakes: { type: 'geojson', data: data.lakes },
      rivers: { type: 'geojson', data: data.rivers },
      coast: { type: 'geojson', data: data.coastlines },
      graticule: { type: 'geojson', data: data.graticule },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'graticule-sea', type: 'line', source: 'graticule', paint: { 'line-color': palette.seaLines, 'line-width': 0.6 } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
      { id: 'graticule-land', type: 'line', source: 'graticule', paint: { 'line-color': palette.graticule, 'line-width': 0.5, 'line-opacity': 0.55 } },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.6] } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': palette.lake, 'fill-outline-color': palette.coast } },
      { id: 'coast', type: 'line', source: 'coast', paint: { 'line-color': palette.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.2] } },
    ],
  };
}

const textBase: { 'text-font': string[]; 'text-size': number; 'text-optional': boolean } = {
  'text-font': [FONT.regular],
  'text-size': 13,
  'text-optional': true,
};

/** The MapLibre layers drawn for one registry layer, bottom to top. Their source id is the layer id. */
export function thematicLayers(layer: string): LayerSpecification[] {
  const src = layer;
  switch (layer) {
    case 'borders-1938':
      return [
        {
          id: 'borders-1938-fill', type: 'fill', source: src,
          paint: {
            'fill-color': ['match', ['get', 'controller'], 'Germany', palette.germany, 'USSR', palette.ussr, palette.land],
            'fill-opacity': ['match', ['get', 'controller'], 'Germany', 0.22, 'USSR', 0.16, 0],
          },
        },
        { id: 'borders-1938-line', type: 'line', source: src, paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.6], 'line-opacity': 0.8 } },
      ];
    case 'lines-1939':
      return [
        {
          id: 'lines-1939-sphere', type: 'line', source: src, filter: ['==', ['get', 'kind'], 'sphere-line'],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': palette.sphereLine, 'line-width': ['case', HL, 3.2, 2.2], 'line-dasharray': [2, 1.5] },
        },
        {
          id: 'lines-1939-boundary', type: 'line', source: src, filter: ['==', ['get', 'kind'], 'boundary'],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': palette.boundary, 'line-width': ['case', HL, 3.4, 2.4] },
        },
      ];
    case 'routes':
      return [
        {
          id: 'routes-line', type: 'line', source: src,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': palette.route, 'line-width': ['case', HL, 3.5, 2.5], 'line-opacity': 0.9, 'line-dasharray': [1.5, 1] },
        },
      ];
    case 'places':
      return [
        { id: 'places-dot', type: 'circle', source: src, paint: { 'circle-radius': 3, 'circle-color': palette.city, 'circle-stroke-color': palette.cityHalo, 'circle-stroke-width': 1 } },
        {
          id: 'places-label', type: 'symbol', source: src,
          layout: {
            ...textBase,
            'text-field': ['format', ['get', 'label'], {}, ['case', ['!=', ['get', 'label_local'], ''], '\n', ''], {}, ['get', 'label_local'], { 'font-scale': 0.78, 'text-font': ['literal', [FONT.italic]] }],
            'text-anchor': 'left', 'text-offset': [0.6, 0], 'text-justify': 'left',
          },
          paint: { 'text-color': palette.label, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.4 },
        },
      ];
    case 'camps':
    case 'sites': {
      const color = layer === 'camps' ? palette.camp : palette.site;
      return [
        {
          id: `${layer}-halo`, type: 'circle', source: src,
          paint: { 'circle-radius': ['case', HL, 16, 0], 'circle-color': palette.highlight, 'circle-opacity': 0.25, 'circle-stroke-color': palette.highlight, 'circle-stroke-width': ['case', HL, 1.5, 0] },
        },
        {
          id: `${layer}-symbol`, type: 'circle', source: src,
          paint: {
            'circle-radius': layer === 'camps' ? 7 : 6,
            'circle-color': layer === 'camps' ? palette.cityHalo : color,
            'circle-stroke-color': color,
            'circle-stroke-width': layer === 'camps' ? 3 : 2,
          },
        },
        {
          id: `${layer}-label`, type: 'symbol', source: src,
          layout: {
            ...textBase,
            'text-font': [FONT.bold],
            'text-size': 14,
            'text-field': ['format', ['get', 'label'], {}, ['case', ['!=', ['get', 'label_local'], ''], '\n', ''], {}, ['get', 'label_local'], { 'font-scale': 0.8, 'text-font': ['literal', [FONT.italic]] }],
            'text-anchor': layer === 'camps' ? 'bottom-left' : 'top-left',
            'text-offset': layer === 'camps' ? [0.7, -0.3] : [0.7, 0.3],
            'text-justify': 'left',
          },
          paint: { 'text-color': color, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.6 },
        },
      ];
    }
    default:
      return [];
  }
}

/** Overlay for routes being drawn: the partial lines and their moving heads. */
export const ANIM_SOURCE = 'route-reveal';
export function animationLayers(): LayerSpecification[] {
  return [
    { id: 'route-reveal-line', type: 'line', source: ANIM_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': palette.route, 'line-width': 3.5 } },
    { id: 'route-reveal-head', type: 'circle', source: ANIM_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 6, 'circle-color': palette.routeHead, 'circle-stroke-color': palette.route, 'circle-stroke-width': 2.5 } },
  ];
}

/** Drawing order of all thematic layers (bottom to top). */
export const LAYER_ORDER = ['borders-1938', 'lines-1939', 'routes', 'places', 'camps', 'sites'];

/** A layer's base filter (if any) combined with the date filter. */
export function baseFilter(spec: LayerSpecification): FilterSpecification | undefined {
  return 'filter' in spec ? (spec.filter as FilterSpecification) : undefined;
}
