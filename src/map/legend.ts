/**
 * Legend entries: what each layer and kind looks like. The legend shows only entries whose features
 * are on the map (visible layer, active on the map's date), so it always describes what is seen.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import palette from '../../styles/map-palette.json';
import { isActive } from '../time.ts';
import type { Presence } from './state.ts';

export type { Presence } from './state.ts';

export type Swatch =
  | { shape: 'line'; color: string; dash?: boolean; width?: number }
  | { shape: 'dot'; color: string; hollow?: boolean; ring?: boolean }
  | { shape: 'fill'; color: string; opacity: number };

export interface LegendEntry {
  /** Registry layer id. */
  layer: string;
  /** Feature kind (omit for all kinds of the layer). */
  kind?: string;
  /** Controller value for territory fills. */
  controller?: string;
  /** Message key of the entry's text (src/i18n/ui/<lang>.yaml, `legend.*`): render it with t(). */
  label: string;
  swatch: Swatch;
}

export const LEGEND: readonly LegendEntry[] = [
  { layer: 'borders-1938', controller: 'Germany', label: 'legend.germany', swatch: { shape: 'fill', color: palette.germany, opacity: 0.4 } },
  { layer: 'borders-1938', controller: 'USSR', label: 'legend.soviet-union', swatch: { shape: 'fill', color: palette.ussr, opacity: 0.3 } },
  { layer: 'borders-1938', label: 'legend.border-1938', swatch: { shape: 'line', color: palette.border, width: 1.5 } },
  { layer: 'territories', controller: 'Germany', label: 'legend.german-control', swatch: { shape: 'fill', color: palette.germany, opacity: 0.4 } },
  { layer: 'territories', controller: 'USSR', label: 'legend.soviet-control', swatch: { shape: 'fill', color: palette.ussr, opacity: 0.3 } },
  { layer: 'territories', label: 'legend.border', swatch: { shape: 'line', color: palette.border, width: 1.5 } },
  { layer: 'fronts', label: 'legend.front', swatch: { shape: 'line', color: palette.germany, dash: true, width: 3 } },
  { layer: 'lines', kind: 'sphere-line', label: 'legend.sphere-line', swatch: { shape: 'line', color: palette.sphereLine, dash: true, width: 2.5 } },
  { layer: 'lines', kind: 'boundary', label: 'legend.boundary', swatch: { shape: 'line', color: palette.boundary, width: 2.5 } },
  { layer: 'lines', kind: 'peace-border', label: 'legend.peace-border', swatch: { shape: 'line', color: palette.boundary, width: 2.5 } },
  { layer: 'lines', kind: 'curzon-line', label: 'legend.curzon-line', swatch: { shape: 'line', color: palette.labelMuted, dash: true, width: 2 } },
  { layer: 'lines', kind: 'fortification-line', label: 'legend.mannerheim-line', swatch: { shape: 'line', color: palette.boundary, dash: true, width: 4 } },
  { layer: 'places', label: 'legend.city', swatch: { shape: 'dot', color: palette.city } },
  { layer: 'camps', label: 'legend.camp', swatch: { shape: 'dot', color: palette.camp, ring: true } },
  { layer: 'sites', label: 'legend.site', swatch: { shape: 'dot', color: palette.site } },
  { layer: 'massacres', label: 'legend.massacre', swatch: { shape: 'dot', color: palette.site } },
  { layer: 'occupation', kind: 'killing-site', label: 'legend.german-killing-site', swatch: { shape: 'dot', color: palette.germanCrime } },
  { layer: 'occupation', kind: 'arrest-site', label: 'legend.german-arrest', swatch: { shape: 'dot', color: palette.germanCrime } },
  { layer: 'occupation', kind: 'expulsion-centre', label: 'legend.german-expulsion', swatch: { shape: 'dot', color: palette.germanCrime } },
  { layer: 'occupation', kind: 'concentration-camp', label: 'legend.german-camp', swatch: { shape: 'dot', color: palette.germanCrime, ring: true } },
  { layer: 'occupation', kind: 'ghetto', label: 'legend.ghetto', swatch: { shape: 'dot', color: palette.germanCrime, ring: true } },
  { layer: 'routes', label: 'legend.transport', swatch: { shape: 'line', color: palette.route, dash: true, width: 2.5 } },
  { layer: 'deportations', label: 'legend.deportation-route', swatch: { shape: 'line', color: palette.deportation, dash: true, width: 2.5 } },
  { layer: 'destinations', label: 'legend.deportation-destination', swatch: { shape: 'dot', color: palette.deportation } },
  { layer: 'bases', label: 'legend.base', swatch: { shape: 'dot', color: palette.base } },
  { layer: 'contacts', label: 'legend.contact', swatch: { shape: 'dot', color: palette.contact } },
  { layer: 'naval', label: 'legend.ship-route', swatch: { shape: 'line', color: palette.naval, dash: true, width: 2.5 } },
  { layer: 'trade', label: 'legend.trade', swatch: { shape: 'line', color: palette.trade, dash: true, width: 3.5 } },
];

/** Kinds, controllers and certainty of the features on the map: per visible layer, those active on `day`. Pure. */
export function presenceOf(data: ReadonlyMap<string, FeatureCollection<Geometry, Record<string, unknown> | null>>, visible: readonly string[], day: number): Record<string, Presence> {
  const out: Record<string, Presence> = {};
  for (const layer of visible) {
    const p: Presence = { kinds: new Set(), controllers: new Set(), uncertain: false };
    for (const f of data.get(layer)?.features ?? []) {
      const props = f.properties as { fromDay: number; toDay: number; kind: string; controller?: string; certainty?: string } | null;
      if (!props || !isActive(props, day)) continue;
      p.kinds.add(props.kind);
      if (props.controller) p.controllers.add(props.controller);
      if (props.certainty && props.certainty !== 'documented') p.uncertain = true;
    }
    out[layer] = p;
  }
  return out;
}

/** The legend entries for what is on the map, in legend order. */
export function legendFor(present: Record<string, Presence>): LegendEntry[] {
  return LEGEND.filter((e) => {
    const p = present[e.layer];
    if (!p || !p.kinds.size) return false;
    if (e.kind && !p.kinds.has(e.kind)) return false;
    if (e.controller && !p.controllers.has(e.controller)) return false;
    return true;
  });
}
