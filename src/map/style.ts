/**
 * The map style: an offline atlas basemap (Natural Earth, no modern borders) and the thematic layers
 * for each registry layer. Built as data; validated against the MapLibre style spec in the tests.
 */
import type { StyleSpecification, LayerSpecification, ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import { palette } from '../palette.ts';
import { fontFaces, FONT } from './fonts.ts';
import { layerDef, DRAW_ORDER, type StyleRecipe } from '../layers/registry.ts';
import { labelLayers, labelSources } from './labels.ts';
import { tiledLayers, tiledSources } from './basemap.ts';

/** The basemap's GeoJSON layers, as scripts/content/basemap.ts builds them from Natural Earth. */
export interface BasemapLayers {
  land: FeatureCollection;
  lakes: FeatureCollection;
  rivers: FeatureCollection;
  coastlines: FeatureCollection;
  graticule: FeatureCollection<LineString>;
}

/** What the style is drawn from: the tiled basemap (a PMTiles archive's address, src/map/basemap.ts), else its GeoJSON layers; and the labels. */
export type BasemapData = Partial<BasemapLayers> & {
  tiles?: string;
  /** Area and water labels (src/map/labels.ts), built from geodata/labels.yaml. */
  areaLabels?: FeatureCollection;
  waterLabels?: FeatureCollection;
};

export const ATTRIBUTION =
  'Basemap: Natural Earth (public domain). Borders 1938: historical-basemaps, A. Ourednik and contributors (GPL-3.0). ' +
  'Treaty lines: this project, over WDB II/GSHHG rivers. Places: GeoNames (CC BY 4.0) and the sources cited. Rendering: MapLibre GL JS.';

const HL: ExpressionSpecification = ['boolean', ['feature-state', 'hl'], false];

export function basemapStyle(data: BasemapData, fonts = fontFaces()): StyleSpecification {
  return {
    version: 8,
    name: 'Atlas 1939',
    // The map's date, set by the controller: labels that change with the date read it. `hiddenAnchors`:
    // the second anchors of area labels not to draw in this view (labels.ts, AnchorChooser).
    state: { day: { default: 0 }, textScale: { default: 1 }, lang: { default: 'en' }, hiddenAnchors: { default: '' } },
    'font-faces': fonts,
    sources: {
      ...(data.tiles ? tiledSources(data.tiles) : geojsonSources(data)),
      ...labelSources(data.areaLabels, data.waterLabels),
    },
    layers: data.tiles ? [...tiledLayers(), ...labelLayers({ areas: !!data.areaLabels, water: !!data.waterLabels })] : [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'graticule-sea', type: 'line', source: 'graticule', paint: { 'line-color': palette.seaLines, 'line-width': 0.6 } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
      { id: 'graticule-land', type: 'line', source: 'graticule', paint: { 'line-color': palette.graticule, 'line-width': 0.5, 'line-opacity': 0.55 } },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.6] } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': palette.lake, 'fill-outline-color': palette.coast } },
      { id: 'coast', type: 'line', source: 'coast', paint: { 'line-color': palette.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.2] } },
      ...labelLayers({ areas: !!data.areaLabels, water: !!data.waterLabels }),
    ],
  };
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
function geojsonSources(data: BasemapData): StyleSpecification['sources'] {
  return {
    land: { type: 'geojson', data: data.land ?? empty },
    lakes: { type: 'geojson', data: data.lakes ?? empty },
    rivers: { type: 'geojson', data: data.rivers ?? empty },
    coast: { type: 'geojson', data: data.coastlines ?? empty },
    graticule: { type: 'geojson', data: data.graticule ?? empty },
  };
}

/** Label sizes scale with the `textScale` global state (large screens, set by the controller). */
const textSize = (px: number): ExpressionSpecification => ['*', px, ['global-state', 'textScale']];
const textBase: { 'text-font': string[]; 'text-size': ExpressionSpecification; 'text-optional': boolean } = {
  'text-font': [FONT.regular],
  'text-size': textSize(13),
  'text-optional': true,
};

const UNCERTAIN: ExpressionSpecification = ['in', ['get', 'certainty'], ['literal', ['approximate', 'reconstruction', 'disputed']]];
/** The label for the map's date: features carry up to four names with the days they change (geodata.ts). */
export const DATED_LABEL: ExpressionSpecification = [
  'case',
  ['<', ['global-state', 'day'], ['get', 'd1']], ['get', 'n0'],
  ['<', ['global-state', 'day'], ['get', 'd2']], ['get', 'n1'],
  ['<', ['global-state', 'day'], ['get', 'd3']], ['get', 'n2'],
  ['get', 'n3'],
];
/** A property of the language shown: name_pl, n0_uk, d1_lt… */
const inLang = (prefix: string): ExpressionSpecification => ['get', ['concat', prefix, ['global-state', 'lang']]];
const changeDay = (i: number): ExpressionSpecification => ['to-number', ['coalesce', inLang(`d${i}_`), 1e9]];
/** The label in the language shown, for the map's date where the language's name changes (n0_<lang>…,
 *  from geodata/i18n/<lang>.names.yaml), else its one name (name_<lang>), else the English label for the
 *  map's date. Where a slot is missing the `get` gives null and coalesce moves on. */
export const LABEL: ExpressionSpecification = [
  'coalesce',
  ['case',
    ['<', ['global-state', 'day'], changeDay(1)], inLang('n0_'),
    ['<', ['global-state', 'day'], changeDay(2)], inLang('n1_'),
    ['<', ['global-state', 'day'], changeDay(3)], inLang('n2_'),
    inLang('n3_')],
  inLang('name_'),
  DATED_LABEL,
];
/** The second line, in the local script, unless it says the same as the first. */
const LOCAL_LINE: ExpressionSpecification = ['case', ['all', ['!=', ['get', 'label_local'], ''], ['!=', ['get', 'label_local'], LABEL]], ['get', 'label_local'], ''];
const labelField = (): ExpressionSpecification => [
  'format', LABEL, {},
  ['case', ['!=', LOCAL_LINE, ''], '\n', ''], {},
  LOCAL_LINE, { 'font-scale': 0.8, 'text-font': ['literal', [FONT.italic]] },
];

/** Points: a symbol (hollow where the position is uncertain), a highlight halo and a label. */
function points(layer: string, color: string, opts: { radius?: number; ring?: boolean; minzoom?: number; textSize?: number } = {}): LayerSpecification[] {
  const r = opts.radius ?? 6;
  return [
    {
      id: `${layer}-halo`, type: 'circle', source: layer,
      paint: { 'circle-radius': ['case', HL, r + 10, 0], 'circle-color': palette.highlight, 'circle-opacity': 0.25, 'circle-stroke-color': palette.highlight, 'circle-stroke-width': ['case', HL, 1.5, 0] },
    },
    {
      id: `${layer}-symbol`, type: 'circle', source: layer,
      paint: {
        'circle-radius': r,
        // A ring for camps; a hollow symbol where the position is an estimate.
        'circle-color': opts.ring ? palette.cityHalo : ['case', UNCERTAIN, palette.cityHalo, color],
        'circle-stroke-color': color,
        'circle-stroke-width': opts.ring ? 3 : 2,
      },
    },
    {
      id: `${layer}-label`, type: 'symbol', source: layer, ...(opts.minzoom ? { minzoom: opts.minzoom } : {}),
      layout: { ...textBase, 'text-font': [FONT.bold], 'text-size': textSize(opts.textSize ?? 14), 'text-field': labelField(), 'text-anchor': 'left', 'text-offset': [0.8, 0], 'text-justify': 'left' },
      paint: { 'text-color': color, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.6 },
    },
  ];
}

/**
 * Sites of the German occupation: the same symbols as the Soviet side's (a dot for killings and
 * arrests, a ring for camps and ghettos) in the German tint, so the two occupations' crimes are never
 * read as one layer; hollow where the position is an estimate.
 */
function occupationPoints(): LayerSpecification[] {
  const layer = 'occupation';
  const color = palette.germanCrime;
  const ring = ['in', ['get', 'kind'], ['literal', ['concentration-camp', 'ghetto']]] as unknown as ExpressionSpecification;
  const [halo, , label] = points(layer, color);
  return [
    halo,
    {
      id: `${layer}-symbol`, type: 'circle', source: layer,
      paint: {
        'circle-radius': ['case', ring, 7, 6],
        'circle-color': ['case', ring, palette.cityHalo, UNCERTAIN, palette.cityHalo, color],
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', ring, 3, 2],
      },
    },
    label,
  ];
}

/** Lines: solid where documented, dashed where approximate or reconstructed. */
function lines(layer: string, color: ExpressionSpecification | string, width: number, filter?: FilterSpecification, suffix = ''): LayerSpecification[] {
  const f = (extra: ExpressionSpecification): FilterSpecification => (filter ? ['all', filter as ExpressionSpecification, extra] : extra) as FilterSpecification;
  const paint = { 'line-color': color, 'line-width': ['case', HL, width + 1.2, width] as ExpressionSpecification };
  return [
    { id: `${layer}${suffix}-line`, type: 'line', source: layer, filter: f(['!', UNCERTAIN]), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint },
    { id: `${layer}${suffix}-uncertain`, type: 'line', source: layer, filter: f(UNCERTAIN), layout: { 'line-join': 'round' }, paint: { ...paint, 'line-dasharray': [2, 1.5] } },
  ];
}

const byKind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

/**
 * Thrust arrows (src/map/thrusts.ts makes the shafts and heads for the map's date): German or Soviet
 * by kind, on a light casing, a little translucent; the course still ahead as a thin dashed axis. The
 * head is sized in km; the shaft's width follows the zoom the same way (about 9 km wide at 55°N), so
 * shaft and head keep their proportions.
 */
function thrustLayers(layer: string): LayerSpecification[] {
  const color: ExpressionSpecification = ['match', ['get', 'kind'], 'soviet-thrust', palette.ussr, palette.germany];
  const opacity: ExpressionSpecification = ['case', HL, 0.95, 0.8];
  const line = (part: string): FilterSpecification => ['all', ['==', ['geometry-type'], 'LineString'], ['==', ['coalesce', ['get', 'part'], 'shaft'], part]];
  const width: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 3, 1.6, 7, 25.6];
  return [
    // The course still ahead of the arrow, to its objective.
    { id: `${layer}-axis`, type: 'line', source: layer, filter: line('axis'), paint: { 'line-color': color, 'line-opacity': 0.75, 'line-width': 1.4, 'line-dasharray': [3, 2] } },
    {
      id: `${layer}-casing`, type: 'line', source: layer, filter: line('shaft'), layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': palette.cityHalo, 'line-opacity': 0.7, 'line-width': ['interpolate', ['exponential', 2], ['zoom'], 3, 3.2, 7, 28] },
    },
    { id: `${layer}-shaft`, type: 'line', source: layer, filter: line('shaft'), layout: { 'line-cap': 'butt', 'line-join': 'round' }, paint: { 'line-color': color, 'line-opacity': opacity, 'line-width': width } },
    { id: `${layer}-head`, type: 'fill', source: layer, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': color, 'fill-opacity': opacity, 'fill-outline-color': palette.cityHalo } },
  ];
}

/** The MapLibre layers drawn for one registry layer, bottom to top, from its style recipe. Their source id is the layer id. */
export function thematicLayers(layer: string): LayerSpecification[] {
  const def = layerDef(layer);
  return def ? recipeLayers(layer, def.style) : [];
}

function recipeLayers(layer: string, r: StyleRecipe): LayerSpecification[] {
  const src = layer;
  switch (r.kind) {
    case 'areas':
      return [
        {
          id: `${layer}-fill`, type: 'fill', source: src,
          paint: {
            'fill-color': ['match', ['get', 'controller'], 'Germany', palette.germany, 'USSR', palette.ussr, palette.land],
            'fill-opacity': ['match', ['get', 'controller'], 'Germany', 0.22, 'USSR', 0.16, 0],
          },
        },
        { id: `${layer}-outline`, type: 'line', source: src, paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.6], 'line-opacity': 0.8 } },
      ];
    case 'treaty-lines':
      return [
        { id: `${layer}-curzon`, type: 'line', source: src, filter: byKind('curzon-line'), layout: { 'line-cap': 'round' }, paint: { 'line-color': palette.labelMuted, 'line-width': ['case', HL, 3, 2], 'line-dasharray': [0.5, 2] } },
        { id: `${layer}-fortification`, type: 'line', source: src, filter: byKind('fortification-line'), paint: { 'line-color': palette.boundary, 'line-width': ['case', HL, 5, 4], 'line-dasharray': [0.6, 0.6] } },
        { id: `${layer}-sphere`, type: 'line', source: src, filter: byKind('sphere-line'), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': palette.sphereLine, 'line-width': ['case', HL, 3.2, 2.2], 'line-dasharray': [2, 1.5] } },
        { id: `${layer}-boundary`, type: 'line', source: src, filter: ['in', ['get', 'kind'], ['literal', ['boundary', 'peace-border']]], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': palette.boundary, 'line-width': ['case', HL, 3.4, 2.4] } },
      ];
    case 'lines':
      return lines(layer, r.color === 'by-side' ? ['match', ['get', 'side'], 'soviet', palette.ussr, 'finnish', palette.boundary, palette.germany] : palette[r.color], r.width);
    case 'thrusts':
      return thrustLayers(layer);
    case 'route':
      return [
        {
          id: `${layer}-line`, type: 'line', source: src,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': palette[r.color], 'line-width': ['case', HL, r.width + 1, r.width], 'line-opacity': 0.9, 'line-dasharray': [1.5, 1] },
        },
      ];
    case 'places':
      return [
        {
          id: `${layer}-halo`, type: 'circle', source: src,
          paint: { 'circle-radius': ['case', HL, 13, 0], 'circle-color': palette.highlight, 'circle-opacity': 0.25, 'circle-stroke-color': palette.highlight, 'circle-stroke-width': ['case', HL, 1.5, 0] },
        },
        { id: `${layer}-dot`, type: 'circle', source: src, paint: { 'circle-radius': 3, 'circle-color': palette.city, 'circle-stroke-color': palette.cityHalo, 'circle-stroke-width': 1 } },
        {
          id: `${layer}-label`, type: 'symbol', source: src,
          layout: { ...textBase, 'text-field': labelField(), 'text-anchor': 'left', 'text-offset': [0.6, 0], 'text-justify': 'left' },
          paint: { 'text-color': palette.label, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.4 },
        },
      ];
    case 'points':
      return points(layer, palette[r.color], { radius: r.radius, ring: r.ring, textSize: r.textSize });
    case 'occupation-points':
      return occupationPoints();
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

/** Drawing order of all thematic layers (bottom to top): the registry's `draw`. */
export const LAYER_ORDER = DRAW_ORDER;
