/**
 * Legend entries: what each layer and kind looks like. The legend shows only entries whose features
 * are on the map (visible layer, active on the map's date), so it always describes what is seen.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { LAYERS, type LegendItem } from '../layers/registry.ts';
import { isActive } from '../time.ts';
import type { Presence } from './state.ts';

export type { Presence } from './state.ts';

export type { Swatch } from '../layers/registry.ts';

export interface LegendEntry extends LegendItem {
  /** Registry layer id. */
  layer: string;
}

/** Every legend entry, in registry order: each layer's `legend` in its registry entry. */
export const LEGEND: readonly LegendEntry[] = LAYERS.flatMap((l) => l.legend.map((e) => ({ layer: l.id, ...e })));

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
