/**
 * Legend entries: what each layer and kind looks like. The legend shows only entries whose features
 * are on the map (visible layer, active on the map's date, in view), so it always describes what is seen.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
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

type BBox = [west: number, south: number, east: number, north: number];
const boxes = new WeakMap<Feature<Geometry, unknown>, BBox>();

/** A feature's bounding box (computed once per feature). */
function boxOf(f: Feature<Geometry, unknown>): BBox {
  let b = boxes.get(f);
  if (b) return b;
  b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      b![0] = Math.min(b![0], c[0]);
      b![1] = Math.min(b![1], c[1] as number);
      b![2] = Math.max(b![2], c[0]);
      b![3] = Math.max(b![3], c[1] as number);
    } else for (const x of c) walk(x);
  };
  const g = f.geometry;
  if (g.type === 'GeometryCollection') for (const x of g.geometries) walk('coordinates' in x ? x.coordinates : null);
  else walk(g.coordinates);
  boxes.set(f, b);
  return b;
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Kinds, controllers and certainty of the features on the map: per visible layer, those active on
 * `day` and, when `view` is given (west, south, east, north), whose box reaches into it. Pure.
 */
export function presenceOf(data: ReadonlyMap<string, FeatureCollection<Geometry, Record<string, unknown> | null>>, visible: readonly string[], day: number, view?: BBox): Record<string, Presence> {
  const out: Record<string, Presence> = {};
  for (const layer of visible) {
    const p: Presence = { kinds: new Set(), controllers: new Set(), uncertain: false };
    for (const f of data.get(layer)?.features ?? []) {
      const props = f.properties as { fromDay: number; toDay: number; kind: string; controller?: string; certainty?: string } | null;
      if (!props || !isActive(props, day)) continue;
      if (view && !overlaps(boxOf(f), view)) continue;
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
