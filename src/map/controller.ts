/**
 * MapController: the only module that calls MapLibre. It takes declared MapStates, diffs them
 * against what is on screen and carries out the operations: lazy-loading layers, date filters,
 * highlights (feature-state), camera moves and the route reveal. Everything else in the app is
 * declarative and pure.
 */
import { Map as MLMap, AttributionControl, NavigationControl, LngLat, setWorkerUrl, type LayerSpecification, type GeoJSONSource, type MapMouseEvent, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { activeFilter, dayAt, isActive, OPEN_END } from '../time.ts';
import type { Presence } from './legend.ts';
import { layerDef } from '../layers/registry.ts';
import { diff, applyOps, type Op } from './diff.ts';
import type { MapState, AnimationState, Bounds, CameraState } from './resolve.ts';
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
  /** Whether the visitor can move the map (default true; a compare map only follows another). */
  interactive?: boolean;
  /** Whether to add the zoom buttons and the attribution (default true). */
  controls?: boolean;
}

/** A camera as it is on screen. */
export type ViewState = Extract<CameraState, { kind: 'view' }>;

/** A feature under the pointer: its id and registry layer. */
export interface FeatureHit {
  id: string;
  layer: string;
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
  /** Routes drawn out by date while explore plays (their full lines are hidden meanwhile). */
  private running = new Set<string>();
  private generation = 0;
  private blockedAt = -Infinity;
  private coopTimer: ReturnType<typeof setTimeout> | undefined;
  private insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  /** The next camera op jumps, whatever the motion setting (a kiosk reset must not fly). */
  private jumpNext = false;
  /** Resolves when the WebGL context is there; replaced while it is lost (see watchContext). */
  private gl: Promise<void> = Promise.resolve();
  private readonly contextListeners = new Set<(lost: boolean) => void>();
  readonly loaded: Promise<void>;

  constructor(private readonly opts: ControllerOptions) {
    this.map = new MLMap({
      container: opts.container,
      style: basemapStyle(opts.basemap),
      center: [26, 53],
      zoom: 4,
      minZoom: MIN_ZOOM,
      maxBounds: opts.maxBounds,
      maxZoom: 10,
      interactive: opts.interactive ?? true,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // In the scroll story the map must not swallow page scrolling: one finger or a plain wheel
      // scrolls the story; two fingers or Ctrl + wheel move the map.
      cooperativeGestures: true,
      fadeDuration: 150,
    });
    this.map.touchZoomRotate.disableRotation();
    if (opts.controls !== false) {
      this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
      this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    }
    this.loaded = new Promise((resolve) => this.map.once('load', () => {
      this.map.addSource(ANIM_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const l of animationLayers()) this.map.addLayer(l);
      // The credits section lists every source; the map keeps only the (i) button open to it.
      opts.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      resolve();
    }));
    this.map.on('error', (e) => opts.onProblem?.(`Map error: ${e.error?.message ?? 'unknown'}`));
    this.watchContext();
    this.map.on('cooperativegestureprevented', () => (this.blockedAt = performance.now()));
  }


  /**
   * WebGL context loss (a GPU reset, a driver update, the browser reclaiming memory). MapLibre 6
   * destroys its style on loss and rebuilds it from a snapshot when the browser restores the context
   * (it prevents the loss event's default, which is what allows the restore). The snapshot keeps
   * sources, layers, filters and visibility, but not the values of global state (the map's date,
   * which dated labels read) nor feature state (the highlights): those are put back here once the
   * rebuilt style has loaded. Meanwhile apply() waits. One map for the app's life: nothing is
   * re-created.
   */
  private watchContext() {
    let restored: () => void = () => {};
    this.map.on('webglcontextlost', () => {
      this.generation++; // a transition under way cannot finish on a map without a style
      if (this.anim) {
        cancelAnimationFrame(this.anim.frame);
        this.anim = null;
      }
      this.gl = new Promise((ok) => (restored = ok));
      for (const cb of this.contextListeners) cb(true);
    });
    this.map.on('webglcontextrestored', () => {
      const redo = () => {
        this.highlighted = this.highlighted.filter((h) => this.map.getSource(h.source));
        for (const h of this.highlighted) this.map.setFeatureState(h, { hl: true });
        this.setDay(this.day);
        this.map.triggerRepaint();
        restored();
        for (const cb of this.contextListeners) cb(false);
        // What was on its way when the context went: land on the declared state.
        if (this.state) void this.apply(this.state);
      };
      if (this.map.isStyleLoaded()) redo();
      else this.map.once('style.load', redo);
    });
  }

  /** Call `cb(true)` when the map's WebGL context is lost, `cb(false)` once it is back and redrawn. */
  onContextChange(cb: (lost: boolean) => void): () => void {
    this.contextListeners.add(cb);
    return () => this.contextListeners.delete(cb);
  }

  /**
   * Go to a declared state from wherever the map is, with a jump: the camera is re-applied even if
   * the state says it is already there (a visitor may have moved the map), and the date, layers and
   * highlights are set as declared. The kiosk's reset.
   */
  reset(next: MapState): Promise<void> {
    this.jumpNext = true;
    if (this.state) this.state = { ...this.state, camera: this.cameraState() };
    return this.apply(next);
  }

  /** Cooperative gestures on (story: the page scrolls over the map) or off (free exploration). */
  setCooperative(on: boolean) {
    clearTimeout(this.coopTimer);
    if (this.cooperativeOff) on = false;
    if (on) {
      this.map.cooperativeGestures.enable();
      return;
    }
    // MapLibre hides its "use Ctrl + scroll" hint 100 ms after a blocked gesture and throws if the
    // hint's element is gone by then: switching off right after a blocked wheel waits for that
    // (checked again when the wait is over: gestures may have been blocked meanwhile).
    const wait = this.blockedAt + 150 - performance.now();
    if (wait > 0) this.coopTimer = setTimeout(() => this.setCooperative(false), wait);
    else this.map.cooperativeGestures.disable();
  }

  /** Cooperative gestures off for good (the kiosk: one finger moves the map, nothing scrolls). */
  private cooperativeOff = false;
  disableCooperativeForGood() {
    this.cooperativeOff = true;
    this.setCooperative(false);
  }

  /** Map labels in a language (the style's `lang` global state; see LABEL in style.ts). */
  setLanguage(lang: string) {
    void this.loaded.then(() => this.map.setGlobalStateProperty('lang', lang));
  }

  /** Space the narrative panel covers, so cameras centre on the visible part of the map. */
  setInsets(insets: Insets) {
    // Labels grow on large screens (4K kiosks), as the page's type does (styles/app.css). Global
    // state can only be set once the style has loaded, and setInsets comes earlier at start-up.
    const scale = window.innerWidth >= 2200 ? 1.8 : 1;
    void this.loaded.then(() => this.map.setGlobalStateProperty('textScale', scale));
    this.insets = insets;
    this.map.setPadding(insets);
  }

  /** Move the map to a declared state. Interrupts any running transition. */
  async apply(next: MapState): Promise<void> {
    const gen = ++this.generation;
    this.stopAnimation();
    this.stopRunning();
    await this.loaded;
    await this.gl;
    if (gen !== this.generation) return;
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
    this.jumpNext = false;
    this.opts.onDay?.(this.day);
    this.afterMotion(gen);
  }

  /** Ops, pure diff results, carried out. */
  private run(op: Op) {
    const reduced = this.opts.reducedMotion() || this.jumpNext;
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
        const drawing = [...(this.anim?.routes ?? []), ...this.running];
        const hide = layerDef(layer)?.reveal && drawing.length ? ['!', ['in', ['get', 'id'], ['literal', drawing]]] : undefined;
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

  /** End explore's drawing of routes by date (a declared state shows whole routes). */
  private stopRunning() {
    if (!this.running.size) return;
    this.running = new Set();
    (this.map.getSource(ANIM_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: [] });
    this.setDay(this.day);
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

  // ── Explore: the visitor owns the camera and the date ─────────────────────────────────────────

  /** The camera as it is on screen now. */
  cameraState(): ViewState {
    const c = this.map.getCenter();
    return { kind: 'view', center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Put the camera at a view at once (restoring a link, following another map). */
  jumpTo(view: ViewState) {
    this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
    if (this.state) this.state = { ...this.state, camera: this.cameraState() };
  }

  /**
   * The view that frames `bounds` in the free part of the map (the insets are the map's padding, so
   * only the extra margin is given here), or null if it cannot fit.
   */
  viewFor(bounds: Bounds, opts: { padding?: number; maxZoom?: number } = {}): ViewState | null {
    const cam = this.map.cameraForBounds(bounds, { padding: opts.padding ?? 60, maxZoom: opts.maxZoom ?? 7 });
    if (!cam?.center || cam.zoom === undefined) return null;
    const c = LngLat.convert(cam.center);
    return { kind: 'view', center: [c.lng, c.lat], zoom: cam.zoom, bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /**
   * Apply a state whose camera is wherever the visitor has put the map: layers, date and highlight
   * change, the camera does not move.
   */
  applyHere(next: Omit<MapState, 'camera'>): Promise<void> {
    const camera = this.cameraState();
    if (this.state) this.state = { ...this.state, camera };
    return this.apply({ ...next, camera });
  }

  /**
   * The slider's date path: show `day` by filters only; no source is rebuilt per frame, except the
   * moving fronts (fractional days glide them) and, with `runRoutes` (playing), the small overlay
   * that draws routes out over their travel dates.
   */
  showDay(day: number, opts: { runRoutes?: boolean } = {}) {
    const overlay = this.map.getSource(ANIM_SOURCE) as GeoJSONSource | undefined;
    if (this.anim) {
      cancelAnimationFrame(this.anim.frame);
      this.anim = null;
      overlay?.setData({ type: 'FeatureCollection', features: [] });
    }
    const whole = Math.floor(day);
    if (this.state) this.state = { ...this.state, day: whole, animation: null };
    const runs = opts.runRoutes ? this.runningRoutes(day) : [];
    const ids = new Set(runs.map((r) => r.route.id));
    const changed = ids.size !== this.running.size || [...ids].some((id) => !this.running.has(id));
    this.running = ids;
    if (whole !== this.day || changed) this.setDay(whole);
    if (day !== whole) this.morph(day);
    if (runs.length) overlay?.setData({ type: 'FeatureCollection', features: runs.flatMap((r) => revealCollection([r.route], r.t).features) });
    else if (changed) overlay?.setData({ type: 'FeatureCollection', features: [] });
  }

  /** Routes of the shown reveal layers under way on `day`, with how far along they are. */
  private runningRoutes(day: number): { route: RevealRoute; t: number }[] {
    const out: { route: RevealRoute; t: number }[] = [];
    for (const layer of this.state?.visible ?? []) {
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
  featureAt(point: { x: number; y: number }, radius = 10): FeatureHit | null {
    const visible = new Set(this.state?.visible ?? []);
    const layers = [...this.layerSpecs.entries()].filter(([l]) => visible.has(l)).flatMap(([, specs]) => specs.map((s) => s.id)).filter((id) => this.map.getLayer(id));
    if (!layers.length) return null;
    const box: [PointLike, PointLike] = [[point.x - radius, point.y - radius], [point.x + radius, point.y + radius]];
    const order = (t: string) => (t.endsWith('Point') ? 0 : t.endsWith('LineString') ? 1 : 2);
    const hits = this.map
      .queryRenderedFeatures(box, { layers })
      .filter((f) => typeof f.properties?.id === 'string')
      .map((f, i) => ({ f, i, o: order(f.geometry.type) }))
      .sort((a, b) => a.o - b.o || a.i - b.i);
    const f = hits[0]?.f;
    return f ? { id: f.properties.id as string, layer: f.source } : null;
  }

  /** Call `cb` with the feature clicked (or null for empty map); the pointer shows what is clickable. */
  onFeatureClick(cb: (hit: FeatureHit | null) => void): () => void {
    const click = (e: MapMouseEvent) => cb(this.featureAt(e.point));
    let pending = false;
    const move = (e: MapMouseEvent) => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.map.getCanvas().style.cursor = this.featureAt(e.point, 6) ? 'pointer' : '';
      });
    };
    this.map.on('click', click);
    this.map.on('mousemove', move);
    return () => {
      this.map.off('click', click);
      this.map.off('mousemove', move);
      this.map.getCanvas().style.cursor = '';
    };
  }

  /** Call `cb` with the camera whenever it has stopped moving. */
  onMoveEnd(cb: (view: ViewState) => void): () => void {
    const h = () => cb(this.cameraState());
    this.map.on('moveend', h);
    return () => this.map.off('moveend', h);
  }

  /** Call `cb` with the camera on every frame it moves (to let a second map follow). */
  onMove(cb: (view: ViewState) => void): () => void {
    const h = () => cb(this.cameraState());
    this.map.on('move', h);
    return () => this.map.off('move', h);
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

  /** The language the map's labels are in, and the labels drawn right now in a symbol layer, as text
   *  (what the map says, for tests and the staff screen). */
  labels(layerId: string): { lang: unknown; texts: string[] } {
    const lang = this.map.getGlobalState().lang;
    if (!this.map.getLayer(layerId)) return { lang, texts: [] };
    const texts = this.map.queryRenderedFeatures({ layers: [layerId] }).map((f) => {
      const v = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
      return v == null ? '' : String(v);
    });
    return { lang, texts };
  }

  destroy() {
    clearTimeout(this.coopTimer);
    this.stopAnimation();
    this.map.remove();
  }
}
