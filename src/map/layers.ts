/**
 * The thematic layers on the map: their data (loaded on first use), MapLibre layers, visibility,
 * date filters, highlights and the moving fronts. Called by the controller only.
 */
import type { Map as MLMap, LayerSpecification, GeoJSONSource, PointLike } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { activeFilter, OPEN_END } from '../time.ts';
import { layerDef } from '../layers/registry.ts';
import { thematicLayers, LAYER_ORDER } from './style.ts';
import { frontsAt, type FrontProps } from './fronts.ts';
import { thrustsAt, type ThrustProps } from './thrusts.ts';
import type { RevealRoute } from './animate.ts';
import type { FeatureHit } from './state.ts';

export type LayerData = FeatureCollection<Geometry, Record<string, unknown>>;
export type LayerLoader = () => Promise<LayerData>;

/** The MapLibre layer thematic layers are inserted below (the route overlay stays on top). */
export const TOP_LAYER = 'route-reveal-line';

export class ThematicLayers {
  readonly data = new Map<string, LayerData>();
  private readonly specs = new Map<string, LayerSpecification[]>();
  private highlighted: { source: string; id: string }[] = [];

  constructor(
    private readonly map: MLMap,
    private readonly loaders: Record<string, LayerLoader>,
  ) {}

  has(layer: string): boolean {
    return this.specs.has(layer);
  }

  /** Load a layer's data and add its MapLibre layers (hidden, filtered to `day`), once. */
  async ensure(layer: string, day: number) {
    if (this.specs.has(layer)) return;
    const loader = this.loaders[layer];
    if (!loader) throw new Error(`no data for layer "${layer}"`);
    const data = this.data.get(layer) ?? (await loader());
    this.data.set(layer, data);
    if (this.specs.has(layer)) return; // loaded concurrently
    this.map.addSource(layer, { type: 'geojson', data: data as FeatureCollection, promoteId: 'id' });
    const specs = thematicLayers(layer);
    const before = this.firstLayerAbove(layer);
    for (const spec of specs) {
      const s = { ...spec, layout: { ...('layout' in spec ? spec.layout : {}), visibility: 'none' } } as LayerSpecification & { filter?: unknown };
      s.filter = activeFilter(Math.floor(day), ('filter' in spec ? spec.filter : undefined) as never);
      this.map.addLayer(s as LayerSpecification, before);
    }
    this.specs.set(layer, specs);
  }

  /** The first MapLibre layer of the next registry layer already on the map, to insert below it. */
  private firstLayerAbove(layer: string): string | undefined {
    const i = LAYER_ORDER.indexOf(layer);
    for (const above of LAYER_ORDER.slice(i + 1)) {
      const specs = this.specs.get(above);
      if (specs?.length) return specs[0].id;
    }
    return TOP_LAYER;
  }

  setVisible(layer: string, on: boolean) {
    for (const spec of this.specs.get(layer) ?? []) this.map.setLayoutProperty(spec.id, 'visibility', on ? 'visible' : 'none');
  }

  /** Filter every layer to `day`; routes being drawn out (`drawing`) hide their full lines meanwhile. */
  setDay(day: number, drawing: readonly string[]) {
    const whole = Math.floor(day);
    this.map.setGlobalStateProperty('day', whole);
    for (const [layer, specs] of this.specs) {
      for (const spec of specs) {
        const base = 'filter' in spec ? spec.filter : undefined;
        const hide = layerDef(layer)?.reveal && drawing.length ? ['!', ['in', ['get', 'id'], ['literal', [...drawing]]]] : undefined;
        const extra = base && hide ? ['all', base, hide] : (base ?? hide);
        this.map.setFilter(spec.id, activeFilter(whole, extra as never));
      }
    }
  }

  private thrustDay = NaN;

  /** Layers whose geometry depends on the date itself, not only their visibility (moving fronts, growing thrust arrows; fractional days glide). */
  morph(day: number) {
    const thrusts = this.data.get('thrusts');
    if (thrusts && this.specs.has('thrusts') && day !== this.thrustDay) {
      this.thrustDay = day;
      (this.map.getSource('thrusts') as GeoJSONSource).setData(thrustsAt(thrusts.features as unknown as Feature<LineString, ThrustProps>[], day));
    }
    const fronts = this.data.get('fronts');
    if (!fronts || !this.specs.has('fronts') || !fronts.features.every((f) => f.properties && 'series' in f.properties)) return;
    (this.map.getSource('fronts') as GeoJSONSource).setData(frontsAt(fronts.features as unknown as Feature<LineString, FrontProps>[], day));
  }

  highlight(ids: readonly string[]) {
    for (const h of this.highlighted) this.map.removeFeatureState(h, 'hl');
    this.highlighted = [];
    for (const id of ids) {
      const source = this.sourceOf(id);
      if (!source) continue;
      this.map.setFeatureState({ source, id }, { hl: true });
      this.highlighted.push({ source, id });
    }
  }

  /** Put the highlights back (feature state does not survive a lost context). */
  rehighlight() {
    this.highlight(this.highlighted.filter((h) => this.map.getSource(h.source)).map((h) => h.id));
  }

  get highlightedIds(): string[] {
    return this.highlighted.map((h) => h.id);
  }

  private sourceOf(featureId: string): string | undefined {
    for (const [layer, fc] of this.data) if (fc.features.some((f) => f.properties?.id === featureId)) return layer;
    return undefined;
  }

  /** Registry layers whose MapLibre layers are all visible now (read back from the map). */
  shown(): string[] {
    return [...this.specs.entries()]
      .filter(([, specs]) => specs.every((s) => this.map.getLayoutProperty(s.id, 'visibility') === 'visible'))
      .map(([l]) => l)
      .sort();
  }

  /** Routes of reveal layers with the given ids (for a story step's transition). */
  routes(ids: readonly string[]): RevealRoute[] {
    const out: RevealRoute[] = [];
    for (const [layer, fc] of this.data) {
      if (!layerDef(layer)?.reveal) continue;
      for (const f of fc.features) {
        const p = f.properties as { id: string; cum_km?: number[] };
        if (ids.includes(p.id) && p.cum_km) out.push({ id: p.id, coordinates: (f.geometry as LineString).coordinates, cum: p.cum_km });
      }
    }
    return out;
  }

  /** Routes of the shown reveal layers under way on `day`, with how far along they are. */
  underWay(visible: readonly string[], day: number): { route: RevealRoute; t: number }[] {
    const out: { route: RevealRoute; t: number }[] = [];
    for (const layer of visible) {
      if (!layerDef(layer)?.reveal) continue;
      for (const f of this.data.get(layer)?.features ?? []) {
        const p = f.properties as { id: string; fromDay: number; toDay: number; cum_km?: number[] };
        if (!p.cum_km || f.geometry.type !== 'LineString' || p.toDay >= OPEN_END || !(p.fromDay <= day && day < p.toDay)) continue;
        out.push({ route: { id: p.id, coordinates: f.geometry.coordinates, cum: p.cum_km }, t: (day - p.fromDay) / (p.toDay - p.fromDay) });
      }
    }
    return out;
  }

  /**
   * The feature a click or tap at `point` means: within `radius` px (fingers are wide), points before
   * lines before areas, the topmost first. Only shown layers count.
   */
  featureAt(visible: readonly string[], point: { x: number; y: number }, radius = 10): FeatureHit | null {
    const layers = visible.flatMap((l) => (this.specs.get(l) ?? []).map((s) => s.id)).filter((id) => this.map.getLayer(id));
    if (!layers.length) return null;
    const box: [PointLike, PointLike] = [
      [point.x - radius, point.y - radius],
      [point.x + radius, point.y + radius],
    ];
    const order = (t: string) => (t.endsWith('Point') ? 0 : t.endsWith('LineString') ? 1 : 2);
    const hits = this.map
      .queryRenderedFeatures(box, { layers })
      .filter((f) => typeof f.properties?.id === 'string')
      .map((f, i) => ({ f, i, o: order(f.geometry.type) }))
      .sort((a, b) => a.o - b.o || a.i - b.i);
    const f = hits[0]?.f;
    return f ? { id: f.properties.id as string, layer: f.source } : null;
  }
}
