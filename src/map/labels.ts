/**
 * Atlas labels drawn with the basemap: the names of states and territories for the map's date, seas
 * and lakes, and rivers along their lines, each in the language shown (global state `lang`, `day`,
 * `textScale` set by the controller). The label points and lines are built at build time
 * (scripts/content/labels.ts from geodata/labels.yaml). States in spaced capitals, territories
 * smaller, water in italics.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MLMap, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
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
/** Not one of the anchors the view hides ("|<territory>#<anchor>|" in the `hiddenAnchors` state). */
const ANCHOR_SHOWN: ExpressionSpecification = ['!', ['in', ['concat', '|', ['get', 'territory'], '#', ['to-string', ['coalesce', ['get', 'anchor'], 0]], '|'], ['global-state', 'hiddenAnchors']]];

export interface Anchor {
  territory: string;
  anchor: number;
  at: [number, number];
  fromDay: number;
  toDay: number;
}

/**
 * A territory labelled at two anchors (the Soviet Union: the pole of its whole area, and one inside
 * the story's region) is named once per view: when both are in view on `day`, the one nearer the
 * centre stays. Pure; returns the `hiddenAnchors` state ("|id#n|…", empty when none).
 */
export function hiddenAnchors(anchors: readonly Anchor[], view: [number, number, number, number], day: number): string {
  const [w, s, e, n] = view;
  const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
  const inView = anchors.filter((a) => a.at[0] >= w && a.at[0] <= e && a.at[1] >= s && a.at[1] <= n && day >= a.fromDay && day < a.toDay);
  const by = new Map<string, Anchor[]>();
  for (const a of inView) by.set(a.territory, [...(by.get(a.territory) ?? []), a]);
  const hide: string[] = [];
  const d2 = (a: Anchor) => (a.at[0] - centre[0]) ** 2 + (a.at[1] - centre[1]) ** 2;
  for (const list of by.values()) {
    if (list.length < 2) continue;
    const keep = list.reduce((best, a) => (d2(a) < d2(best) ? a : best));
    for (const a of list) if (a !== keep) hide.push(`|${a.territory}#${a.anchor}|`);
  }
  return [...new Set(hide)].sort().join('');
}

/** Keeps `hiddenAnchors` right for the view after every move and once the map is idle (a restored context resets it). */
export class AnchorChooser {
  private readonly anchors: Anchor[];
  constructor(
    private readonly map: MLMap,
    areas?: FeatureCollection,
  ) {
    const all = (areas?.features ?? []) as { geometry: Point; properties: Record<string, unknown> }[];
    const territories = new Map<string, number>();
    for (const f of all) territories.set(String(f.properties.territory), Math.max(territories.get(String(f.properties.territory)) ?? 0, Number(f.properties.anchor ?? 0)));
    this.anchors = all
      .filter((f) => (territories.get(String(f.properties.territory)) ?? 0) > 0)
      .map((f) => ({
        territory: String(f.properties.territory),
        anchor: Number(f.properties.anchor ?? 0),
        at: f.geometry.coordinates as [number, number],
        fromDay: Number(f.properties.fromDay),
        toDay: Number(f.properties.toDay),
      }));
    if (!this.anchors.length) return;
    const update = () => {
      const b = map.getBounds();
      const want = hiddenAnchors(this.anchors, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Number(map.getGlobalState().day ?? 0));
      if ((map.getGlobalState().hiddenAnchors ?? '') !== want) map.setGlobalStateProperty('hiddenAnchors', want);
    };
    map.on('moveend', update);
    map.on('idle', update);
  }
}

export function labelSources(areas?: FeatureCollection, water?: FeatureCollection): Record<string, SourceSpecification> {
  return {
    ...(areas ? { [AREA_LABELS]: { type: 'geojson', data: areas } as SourceSpecification } : {}),
    ...(water ? { [WATER_LABELS]: { type: 'geojson', data: water } as SourceSpecification } : {}),
  };
}

export function labelLayers(has: { areas: boolean; water: boolean }): LayerSpecification[] {
  const water: LayerSpecification[] = [
    {
      id: 'label-river-line',
      type: 'symbol',
      source: WATER_LABELS,
      minzoom: 3.8,
      filter: ['all', kindIs('river'), ['!=', ['geometry-type'], 'Point']],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-field': NAME,
        'text-font': [FONT.italic],
        'text-size': scaled([
          [3.8, 10],
          [8, 14],
        ]),
        'text-letter-spacing': 0.08,
        'text-max-angle': 30,
        'text-optional': true,
      },
      paint: { 'text-color': palette.naval, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-river-point',
      type: 'symbol',
      source: WATER_LABELS,
      minzoom: 3.8,
      filter: ['all', kindIs('river'), ['==', ['geometry-type'], 'Point']],
      layout: {
        'text-field': NAME,
        'text-font': [FONT.italic],
        'text-size': scaled([
          [3.8, 10],
          [8, 13],
        ]),
        'text-letter-spacing': 0.08,
        'text-optional': true,
      },
      paint: { 'text-color': palette.naval, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-water',
      type: 'symbol',
      source: WATER_LABELS,
      filter: kindIs('sea', 'lake'),
      minzoom: 2.5,
      layout: {
        'text-field': NAME,
        'text-font': [FONT.italic],
        'text-max-width': 7,
        'text-size': scaled([
          [2.5, ['case', kindIs('sea'), 11, 9]],
          [6, ['case', kindIs('sea'), 16, 13]],
        ]),
        'text-letter-spacing': ['case', kindIs('sea'), 0.2, 0.05],
      },
      paint: { 'text-color': palette.naval, 'text-opacity': 0.85, 'text-halo-color': palette.sea, 'text-halo-width': 1 },
    },
  ];
  const areas: LayerSpecification[] = [
    {
      id: 'label-territory',
      type: 'symbol',
      source: AREA_LABELS,
      minzoom: 4.8,
      filter: kindIs('territory'),
      layout: {
        'text-field': ['case', ['all', ON_DATE, ANCHOR_SHOWN], NAME, ''],
        'text-font': [FONT.regular],
        'text-size': scaled([
          [4.8, 10],
          [8, 13],
        ]),
        'text-max-width': 8,
        'text-letter-spacing': 0.05,
        'text-optional': true,
        'symbol-sort-key': ['-', ['get', 'rank']],
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.8,
      },
      paint: { 'text-color': palette.labelMuted, 'text-halo-color': palette.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'label-state',
      type: 'symbol',
      source: AREA_LABELS,
      minzoom: 2.5,
      filter: kindIs('state'),
      layout: {
        'text-field': ['case', ['all', ON_DATE, ANCHOR_SHOWN], ['upcase', NAME], ''],
        'text-font': [FONT.regular],
        'text-size': scaled([
          [2.5, 10],
          [5, 13],
          [8, 18],
        ]),
        'text-letter-spacing': 0.28,
        'text-max-width': 9,
        'symbol-sort-key': ['-', ['get', 'rank']],
        'text-padding': 6,
        // Light spaced capitals may run across places, as in an atlas; places keep their labels.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.labelMuted, 'text-opacity': 0.9, 'text-halo-color': palette.land, 'text-halo-width': 1.4 },
    },
  ];
  return [...(has.water ? water : []), ...(has.areas ? areas : [])];
}
