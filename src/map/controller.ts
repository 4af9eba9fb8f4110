/**
 * MapController: the only module that calls MapLibre. It takes declared MapStates, diffs them
 * against what is on screen and carries out the operations: lazy-loading layers, date filters,
 * highlights (feature-state), camera moves and the route reveal. Everything else in the app is
 * declarative and pure.
 */
import { Map as MLMap, AttributionControl, NavigationControl, setWorkerUrl, type LayerSpecification, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { activeFilter, dayAt, isActive } from '../time.ts';
import type { Presence } from './legend.ts';
import { layerDef } from '../layers/registry.ts';
import { diff, applyOps, type Op } from './diff.ts';
import type { MapState, AnimationState, Bounds } from './resolve.ts';
import { basemapStyle, thematicLayers, animationLayers, ANIM_SOURCE, LAYER_ORDER, ATTRIBUTION, type BasemapData } from './style.ts';
import { revealCollection, type RevealRoute } from './animate.ts';
import { frontsAt, type FrontProps } from './fronts.ts';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/** The widest view: the whole story area from the Atlantic to the Bering Strait on a small screen. */
export const MIN_ZOOM = 2.5;

export type LayerLoader = () => Promise<FeatureCollection<Geometry, Record<string, unknown>>>;

export interface ControllerOptions {
  container: HTMLElement;
  basemap: BasemapData;
  loaders: Record<string, LayerLoader>;
  /** Whether to replace motion with jumps (prefers-reduced-motion or the app's toggle). */
  reducedMotion: () => boolean;
  /** Called with the day shown while the date changes (animations included). */
  onDay?: (day: number) => void;
  /** Called when a state has fully settled (camera still, animation done). */
  onSettled?: (state: MapState) => void;
  /** Extent the camera may not leave (optional: the story map sets none, so declared cameras are honoured). */
  maxBounds?: Bounds;
  /** Problems the visitor should see (a layer that failed to load, a lost context). */
  onProblem?: (message: string) => void;
}

type Insets = { top: number; right: number; bottom: number; left: number };

export class MapController {
  readonly map: MLMap;
  /** The state last requested: what the map shows once motion has finished. */
  state: MapState | null = null;
  private readonly added = new Set<string>();
  private readonly layerSpecs = new Map<string, LayerSpecification[]>();
  private readonly data = new Map<string, FeatureCollection<Geometry, Record<string, unknown>>>();
  private highlighted: { source: string; id: string }[] = [];
  private day = 0;
  private anim: { frame: number; routes: Set<string> } | null = null;
  private generation = 0;
  private insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  readonly loaded: Promise<void>;

  constructor(private readonly opts: ControllerOptions) {
    this.map = new MLMap({
      container: opts.container,
      style: basemapStyle(opts.basemap),
      center: [26, 53],
      zoom: 4,
      minZoom: MIN_ZOOM,
      maxZoom: 10,
      maxBounds: opts.maxBounds,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // In the scroll story the map must not swallow page scrolling: one finger or a plain wheel
      // scrolls the story; two fingers or Ctrl + wheel move the map.
      cooperativeGestures: true,
      fadeDuration: 150,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.loaded = new Promise((resolve) => this.map.once('load', () => {
      this.map.addSource(ANIM_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const l of animationLayers()) this.map.addLayer(l);
      // The credits section lists every source; the map keeps only the (i) button open to it.
      opts.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      resolve();
    }));
    this.map.on('error', (e) => opts.onProblem?.(`Map error: ${e.error?.message ?? 'unknown'}`));
  }

  /** Cooperative gestures on (story: the page scrolls over the map) or off (free exploration). */
  setCooperative(on: boolean) {
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  /** Space the narrative panel covers, so cameras centre on the visible part of the map. */
  setInsets(insets: Insets) {
    this.insets = insets;
    this.map.setPadding(insets);
  }

  /** Move the map to a declared state. Interrupts any running transition. */
  async apply(next: MapState): Promise<void> {
    const gen = ++this.generation;
    this.stopAnimation();
    await this.loaded;
    // Load data for every layer the state shows before touching the map, so the ops apply at once.
    try {
      await Promise.all(next.visible.map((l) => this.ensureLayer(l)));
    } catch (e) {
      this.opts.onProblem?.(`A map layer could not be loaded: ${(e as Error).message}`);
    }
    if (gen !== this.generation) return; // a newer state was requested meanwhile
    const ops = diff(this.state, next);
    this.state = applyOps(this.state, ops);
    for (const op of ops) this.run(op);
    this.opts.onDay?.(this.day);
    this.afterMotion(gen);
  }

  /** Ops, pure diff results, carried out. */
  private run(op: Op) {
    const reduced = this.opts.reducedMotion();
    switch (op.type) {
      case 'visibility':
        for (const spec of this.layerSpecs.get(op.layer) ?? []) this.map.setLayoutProperty(spec.id, 'visibility', op.visible ? 'visible' : 'none');
        break;
      case 'date':
        this.setDay(op.day);
        break;
      case 'highlight':
        for (const h of this.highlighted) this.map.removeFeatureState(h, 'hl');
        this.highlighted = [];
        for (const id of op.ids) {
          const source = this.sourceOf(id);
          if (source) {
            this.map.setFeatureState({ source, id }, { hl: true });
            this.highlighted.push({ source, id });
          }
        }
        break;
      case 'camera': {
        const c = op.camera;
        const duration = reduced ? 0 : 2200;
        if (c.kind === 'view') {
          const view = { center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch, padding: this.insets };
          if (reduced) this.map.jumpTo(view);
          else this.map.flyTo({ ...view, duration, essential: false, curve: 1.2 });
        } else {
          // fitBounds already keeps clear of the map's padding (the narrative column): add only the step's margin.
          this.map.fitBounds(c.bounds, { padding: c.padding, maxZoom: c.maxZoom, duration, linear: false, essential: false });
        }
        break;
      }
      case 'animate':
        if (op.animation && !reduced) this.startAnimation(op.animation);
        break;
    }
  }

  /** Layers whose geometry depends on the date itself, not only their visibility (moving fronts). */
  private morph(day: number) {
    const fronts = this.data.get('fronts');
    if (!fronts || !this.added.has('fronts') || !fronts.features.every((f) => f.properties && 'series' in f.properties)) return;
    (this.map.getSource('fronts') as GeoJSONSource).setData(frontsAt(fronts.features as unknown as Feature<LineString, FrontProps>[], day));
  }

  private setDay(day: number) {
    this.day = day;
    this.map.setGlobalStateProperty('day', Math.floor(day));
    this.morph(day);
    for (const [layer, specs] of this.layerSpecs) {
      for (const spec of specs) {
        const base = 'filter' in spec ? spec.filter : undefined;
        // While routes are being drawn out, their full lines stay hidden.
        const hide = layerDef(layer)?.reveal && this.anim?.routes.size ? ['!', ['in', ['get', 'id'], ['literal', [...this.anim.routes]]]] : undefined;
        const extra = base && hide ? ['all', base, hide] : base ?? hide;
        this.map.setFilter(spec.id, activeFilter(day, extra as never));
      }
    }
    this.opts.onDay?.(day);
  }

  private sourceOf(featureId: string): string | undefined {
    for (const [layer, fc] of this.data) if (fc.features.some((f) => f.properties?.id === featureId)) return layer;
    return undefined;
  }

  private async ensureLayer(layer: string) {
    if (this.added.has(layer)) return;
    const loader = this.opts.loaders[layer];
    if (!loader) throw new Error(`no data for layer "${layer}"`);
    const data = this.data.get(layer) ?? (await loader());
    this.data.set(layer, data);
    if (this.added.has(layer)) return; // loaded concurrently
    this.map.addSource(layer, { type: 'geojson', data: data as FeatureCollection, promoteId: 'id' });
    const specs = thematicLayers(layer);
    const before = this.firstLayerAbove(layer);
    for (const spec of specs) {
      const s = { ...spec, layout: { ...('layout' in spec ? spec.layout : {}), visibility: 'none' } } as LayerSpecification;
      if ('filter' in s && s.filter) (s as { filter: unknown }).filter = activeFilter(this.day, s.filter as never);
      else (s as { filter: unknown }).filter = activeFilter(this.day);
      this.map.addLayer(s, before);
    }
    this.layerSpecs.set(layer, specs);
    this.added.add(layer);
  }

  /** The first MapLibre layer of the next registry layer already on the map, to insert below it. */
  private firstLayerAbove(layer: string): string | undefined {
    const i = LAYER_ORDER.indexOf(layer);
    for (const above of LAYER_ORDER.slice(i + 1)) {
      const specs = this.layerSpecs.get(above);
      if (specs?.length) return specs[0].id;
    }
    return 'route-reveal-line';
  }

  private startAnimation(a: AnimationState) {
    const routes: RevealRoute[] = [];
    for (const [layer, fc] of this.data) {
      if (!layerDef(layer)?.reveal) continue;
      for (const f of fc.features) {
        const p = f.properties as { id: string; cum_km?: number[] };
        if (a.routes.includes(p.id) && p.cum_km) routes.push({ id: p.id, coordinates: (f.geometry as LineString).coordinates, cum: p.cum_km });
      }
    }
    if (!routes.length && a.fromDay === a.toDay) return;
    const source = this.map.getSource(ANIM_SOURCE) as GeoJSONSource;
    const start = performance.now();
    this.anim = { frame: 0, routes: new Set(a.routes) };
    this.setDay(a.fromDay);
    const tick = (now: number) => {
      if (!this.anim) return;
      const t = Math.min(1, (now - start) / a.durationMs);
      if (routes.length) source.setData(revealCollection(routes, t));
      const day = dayAt(a.fromDay, a.toDay, t);
      if (day !== this.day) this.setDay(day);
      else this.morph(a.fromDay + (a.toDay - a.fromDay) * t); // fronts glide between dated lines
      if (t < 1) this.anim.frame = requestAnimationFrame(tick);
      else this.stopAnimation();
    };
    this.anim.frame = requestAnimationFrame(tick);
  }

  /** End the reveal and show the declared end state: full routes, final date. */
  private stopAnimation() {
    if (!this.anim) return;
    cancelAnimationFrame(this.anim.frame);
    this.anim = null;
    (this.map.getSource(ANIM_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: [] });
    if (this.state) this.setDay(this.state.day);
  }

  /** Whether a camera move or route reveal is under way. */
  get moving(): boolean {
    return this.anim !== null || this.map.isMoving();
  }

  private afterMotion(gen: number) {
    const check = () => {
      if (gen !== this.generation) return;
      if (this.moving) {
        setTimeout(check, 100);
        return;
      }
      this.map.once('idle', () => gen === this.generation && this.state && this.opts.onSettled?.(this.state));
      this.map.triggerRepaint();
    };
    check();
  }

  /** Kinds, controllers and certainty of the features on the map now: what the legend must explain. */
  presence(): Record<string, Presence> {
    const out: Record<string, Presence> = {};
    for (const layer of this.state?.visible ?? []) {
      const p: Presence = { kinds: new Set(), controllers: new Set(), uncertain: false };
      for (const f of this.data.get(layer)?.features ?? []) {
        const props = f.properties as { fromDay: number; toDay: number; kind: string; controller?: string; certainty?: string };
        if (!isActive(props, this.day)) continue;
        p.kinds.add(props.kind);
        if (props.controller) p.controllers.add(props.controller);
        if (props.certainty && props.certainty !== 'documented') p.uncertain = true;
      }
      out[layer] = p;
    }
    return out;
  }

  /** What the map really shows, read back from MapLibre (for tests and diagnostics). */
  snapshot() {
    const visible = [...this.layerSpecs.entries()]
      .filter(([, specs]) => specs.every((s) => this.map.getLayoutProperty(s.id, 'visibility') === 'visible'))
      .map(([l]) => l)
      .sort();
    const c = this.map.getCenter();
    return { day: this.day, visible, highlight: this.highlighted.map((h) => h.id).sort(), center: [c.lng, c.lat], zoom: this.map.getZoom(), bounds: this.map.getBounds().toArray().flat(), animating: this.anim !== null };
  }

  destroy() {
    this.stopAnimation();
    this.map.remove();
  }
}
